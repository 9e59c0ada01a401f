// The window app's options (`lectern --course DIR ...`), declared on the one command-line parser
// (runtime/app/cli/cli_app.cpp) beside the subcommands.
#pragma once
#include <string>

namespace CLI {
class App;
}

namespace lectern::app {

struct AppOptions {
    std::string courseDir;       // --course DIR (default: the bundled course)
    std::string dbPath;          // --db FILE (default: $XDG_DATA_HOME/lectern/progress.db)
    std::string screenshotPath;  // --screenshot FILE.png: draw, settle, save, exit
    std::string logTarget;       // --log FILE|-
    std::string openTarget;      // --open MODULE[#SECTION]
    std::string learner;         // --learner NAME
    std::string language;        // --lang LL: the interface language (ar en es fr ru zh-Hans)
    int width = 0, height = 0;   // --size WxH (0: remembered or default)
    bool version = false;
    bool author = false;         // --author: live reload, the problems panel, the author's overlay
};

// Declares every window option on `app`, writing into `out` when parsed.
void addWindowOptions(CLI::App& app, AppOptions& out);

} // namespace lectern::app
