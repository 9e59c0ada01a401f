// lectern: wiring only. A command (check, inspect, report, help...) runs without a window;
// otherwise the course opens in the window app. The command line: cli/cli_app.h.
#include "app_options.h"
#include "cli/cli_app.h"
#include "gui_app.h"
#include "signal_watcher.h"

int main(int argc, char** argv) {
    using namespace lectern;
    app::AppOptions options;
    if (std::optional<int> exitCode = cli::runCommandLine(argc, argv, options)) return *exitCode;
    app::SignalWatcher::blockTerminationSignals();
    return app::runGuiApp(options);
}
