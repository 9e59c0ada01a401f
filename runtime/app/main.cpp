// lectern: wiring only. A subcommand (check, inspect, report) runs without a window;
// anything else opens the course in the window app.
#include "app_options.h"
#include "cli/subcommands.h"
#include "gui_app.h"
#include "signal_watcher.h"

#include <cstdio>
#include <string>
#include <vector>

int main(int argc, char** argv) {
    using namespace lectern;
    std::vector<std::string> args(argv + 1, argv + argc);

    if (!args.empty()) {
        for (const cli::Subcommand& sub : cli::subcommands()) {
            if (args.front() == sub.name) return sub.run({args.begin() + 1, args.end()}, cli::defaultContext());
        }
    }

    app::AppOptions options;
    app::ParseResult parsed = app::parseAppOptions(args, options);
    if (parsed.status == app::ParseStatus::UsageError) {
        std::fprintf(stderr, "lectern: %s\n\n%s", parsed.error.c_str(), app::usageText().c_str());
        return 2;
    }
    if (options.help) {
        std::fputs(app::usageText().c_str(), stdout);
        return 0;
    }
    if (options.version) {
        std::printf("lectern %s\n", LECTERN_VERSION);
        return 0;
    }
    app::SignalWatcher::blockTerminationSignals();
    return app::runGuiApp(options);
}
