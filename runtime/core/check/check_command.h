// The bodies of `lectern check` and `lectern inspect`, in the core so tests run them without
// the app (runtime/app/cli/cmd_check.cpp and cmd_inspect.cpp only forward to these).
#pragma once
#include <cstdio>
#include <string>
#include <vector>

namespace lectern {

// The command line is parsed by the app (runtime/app/cli/): these get the paths to read (course
// folders, module folders or module files; empty: `defaultCourseDir`), each already known to exist.

// lectern check [PATH...]: prints every problem as FILE:LINE:COL: error|warning: MESSAGE on `out`,
// one per line, then a summary ("3 modules, 0 errors, 1 warning") on `err`.
// Returns 0 without errors, 1 with at least one.
int runCheckCommand(const std::vector<std::string>& paths, const std::string& defaultCourseDir, FILE* out, FILE* err);

// lectern inspect [--json] [PATH...]: the course outline (JSON with `json`, else text) on `out`;
// errors found while loading go to `err`. Returns 0, or 1 when the course has errors.
int runInspectCommand(const std::vector<std::string>& paths, bool json, const std::string& defaultCourseDir, FILE* out,
                      FILE* err);

} // namespace lectern
