// `lectern inspect [--json] [PATH...]`: the body is runtime/core/check/check_command.h; this file
// declares its command line.
#include "check/check_command.h"
#include "cli/command.h"
#include "cli/arg_checks.h"

#include <CLI/CLI.hpp>

#include <memory>

namespace lectern::cli {
namespace {

struct InspectArgs {
    std::vector<std::string> paths;
    bool json = false;
};

Action setupInspect(CLI::App& sub, const CliContext& ctx) {
    sub.footer(
        "Prints the outline of course folders, module folders or module files (default: the bundled\n"
        "course): modules, sections, reflections, quizzes and questions with their stable ids.");
    auto a = std::make_shared<InspectArgs>();
    sub.add_flag("--json", a->json, "print JSON for tools instead of an outline for people");
    sub.add_option("PATH", a->paths, "a course folder, module folder or module file")->type_name("");
    return [a, &ctx] {
        requireExistingPaths(a->paths);
        return runInspectCommand(a->paths, a->json, ctx.defaultCourseDir, ctx.out, ctx.err);
    };
}

} // namespace
} // namespace lectern::cli

LECTERN_CLI_COMMAND(inspect, "print a course's structure (--json for tools)", lectern::cli::setupInspect)
