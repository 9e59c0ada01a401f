// The whole command line on one CLI11 parser: the window app's options at the top level and one
// subcommand per registered command (command.h), plus `lectern help [COMMAND]`.
//
// One error format for every usage error, exit 2:
//   lectern: WHAT IS WRONG
//   Run 'lectern help COMMAND' for its options.
#pragma once
#include "app_options.h"

#include <cstdio>
#include <optional>

namespace lectern::cli {

// Parses argv. When a command, `help`, `--help` or `--version` was given, runs it and returns
// its exit code; when the window app should open, returns nothing and fills `window`.
std::optional<int> runCommandLine(int argc, const char* const* argv, app::AppOptions& window, FILE* out = stdout,
                                  FILE* err = stderr);

} // namespace lectern::cli
