// CLI subcommands: `lectern check`, `lectern inspect`, `lectern report`...
// Each lives in its own cmd_<name>.cpp, uses only lectern_core, and never opens a window.
// main.cpp dispatches on the first argument (cli/dispatch.cpp).
#pragma once
#include <cstdio>
#include <string>
#include <vector>

namespace lectern::cli {

// Facts every subcommand may need, resolved once by the dispatcher.
struct CliContext {
    std::string defaultCourseDir;  // the bundled course (source tree or installed)
    std::string defaultDbPath;     // $XDG_DATA_HOME/lectern/progress.db
    FILE* out = stdout;
    FILE* err = stderr;
};

// args excludes the program name and the subcommand name.
// Return: the process exit code (0 ok, 1 failure found, 2 usage error).
using SubcommandFn = int (*)(const std::vector<std::string>& args, const CliContext& ctx);

int runCheck(const std::vector<std::string>& args, const CliContext& ctx);    // cmd_check.cpp
int runInspect(const std::vector<std::string>& args, const CliContext& ctx);  // cmd_inspect.cpp
int runReport(const std::vector<std::string>& args, const CliContext& ctx);   // cmd_report.cpp

struct Subcommand {
    const char* name;
    const char* summary;
    SubcommandFn run;
};
const std::vector<Subcommand>& subcommands();  // dispatch.cpp
CliContext defaultContext();                   // dispatch.cpp

} // namespace lectern::cli
