// `lectern inspect [--json] [PATH...]`: see runtime/core/check/check_command.h.
#include "subcommands.h"
#include "check/check_command.h"

namespace lectern::cli {

int runInspect(const std::vector<std::string>& args, const CliContext& ctx) {
    return runInspectCommand(args, ctx.defaultCourseDir, ctx.out, ctx.err);
}

} // namespace lectern::cli
