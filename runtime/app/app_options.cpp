#include "app_options.h"

#include "cli/arg_checks.h"

#include <CLI/CLI.hpp>

#include <cstdio>

namespace lectern::app {
namespace {

bool parseSize(const std::string& text, int& w, int& h) {
    int width = 0, height = 0;
    char x = 0, extra = 0;
    if (std::sscanf(text.c_str(), "%d%c%d%c", &width, &x, &height, &extra) != 3 || (x != 'x' && x != 'X'))
        return false;
    if (width < 320 || height < 240 || width > 16384 || height > 16384) return false;
    w = width;
    h = height;
    return true;
}

} // namespace

void addWindowOptions(CLI::App& app, AppOptions& out) {
    const CLI::Validator nonEmpty = cli::nonEmpty();
    app.add_option("--course", out.courseDir, "the course folder to open (holds modules/ and content/)")
        ->type_name("DIR")
        ->check(nonEmpty);
    app.add_option("--db", out.dbPath, "the progress database (default: $XDG_DATA_HOME/lectern/progress.db)")
        ->type_name("FILE")
        ->check(nonEmpty);
    app.add_option("--learner", out.learner, "study as this learner (created if new)")->type_name("NAME")->check(nonEmpty);
    app.add_option("--open", out.openTarget, "open this module (and section) instead of resuming")
        ->type_name("MODULE[#SECTION]")
        ->check(nonEmpty);
    app.add_option_function<std::string>(
           "--size",
           [&out](const std::string& size) {
               if (!parseSize(size, out.width, out.height))
                   throw CLI::ValidationError("--size takes WIDTHxHEIGHT, e.g. 1280x800 (at least 320x240), not '" + size + "'");
           },
           "window size in pixels, e.g. 1280x800")
        ->type_name("WxH");
    app.add_option("--screenshot", out.screenshotPath, "open, let the layout settle, save the window as PNG, exit")
        ->type_name("FILE.png")
        ->check(nonEmpty);
    app.add_option("--log", out.logTarget, "write JSON lines (start, first frame, saves, errors); - is stderr")
        ->type_name("FILE|-")
        ->check(nonEmpty);
    app.add_flag("--version", out.version, "print the version and exit");
}

} // namespace lectern::app
