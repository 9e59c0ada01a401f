// `lectern check [PATH...]`: see runtime/core/check/check_command.h (the body lives in the core
// so the tests can run it without the app).
#include "subcommands.h"
#include "check/check_command.h"

namespace lectern::cli {

int runCheck(const std::vector<std::string>& args, const CliContext& ctx) {
    return runCheckCommand(args, ctx.defaultCourseDir, ctx.out, ctx.err);
}

} // namespace lectern::cli
