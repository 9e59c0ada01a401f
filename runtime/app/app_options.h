// The window app's command line (subcommands such as `check` are parsed in cli/).
#pragma once
#include <string>
#include <vector>

namespace lectern::app {

struct AppOptions {
    std::string courseDir;       // --course DIR (default: the bundled course)
    std::string dbPath;          // --db FILE (default: $XDG_DATA_HOME/lectern/progress.db)
    std::string screenshotPath;  // --screenshot FILE.png: draw, settle, save, exit
    std::string logTarget;       // --log FILE|-
    std::string openTarget;      // --open MODULE[#SECTION]
    std::string learner;         // --learner NAME
    int width = 0, height = 0;   // --size WxH (0: remembered or default)
    bool help = false;
    bool version = false;
};

enum class ParseStatus { Ok, UsageError };

struct ParseResult {
    ParseStatus status = ParseStatus::Ok;
    std::string error;  // for UsageError: which argument and why
};

ParseResult parseAppOptions(const std::vector<std::string>& args, AppOptions& out);
std::string usageText();

} // namespace lectern::app
