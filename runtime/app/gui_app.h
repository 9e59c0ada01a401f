// Runs the windowed app: window, start-up task, LecternUi, event loop, clean shutdown.
#pragma once
#include "app_options.h"

namespace lectern::app {

// Returns the process exit code.
int runGuiApp(const AppOptions& options);

} // namespace lectern::app
