// `lectern check [PATH...]`: the body is runtime/core/check/check_command.h (in the core, so the
// tests run it without the app); this file declares its command line.
#include "check/check_command.h"
#include "cli/command.h"
#include "cli/arg_checks.h"

#include <CLI/CLI.hpp>

#include <memory>

namespace lectern::cli {
namespace {

Action setupCheck(CLI::App& sub, const CliContext& ctx) {
    sub.footer(
        "Checks course folders, module folders or single module .md files (default: the bundled course)\n"
        "and prints every problem as FILE:LINE:COL: error: MESSAGE (or warning:), then a summary on\n"
        "standard error. Exit status: 0 no error, 1 an error was found, 2 usage error.");
    auto paths = std::make_shared<std::vector<std::string>>();
    sub.add_option("PATH", *paths, "a course folder, module folder or module file")->type_name("");
    return [paths, &ctx] {
        requireExistingPaths(*paths);
        return runCheckCommand(*paths, ctx.defaultCourseDir, ctx.out, ctx.err);
    };
}

} // namespace
} // namespace lectern::cli

LECTERN_CLI_COMMAND(check, "check course modules; prints FILE:LINE:COL: error: ...", lectern::cli::setupCheck)
