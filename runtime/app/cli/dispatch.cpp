// Dispatches `lectern COMMAND ...` to a subcommand and everything else to the window app.
#include "cli/subcommands.h"

#include "platform/xdg_paths.h"
#include "resource_paths.h"

namespace lectern::cli {

const std::vector<Subcommand>& subcommands() {
    static const std::vector<Subcommand> table = {
        {"check", "check course modules and print problems as FILE:LINE:COL: error: ...", runCheck},
        {"inspect", "print a course's structure as JSON", runInspect},
        {"report", "progress report per learner (JSON or CSV)", runReport},
    };
    return table;
}

CliContext defaultContext() {
    CliContext ctx;
    ctx.defaultCourseDir = app::bundledCourseDir();
    ctx.defaultDbPath = platform::defaultDatabasePath().string();
    return ctx;
}

} // namespace lectern::cli
