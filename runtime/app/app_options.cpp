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
    struct TextOption {
        const char* name;
        std::string* target;
        const char* valueName;
        const char* help;
    };
    const TextOption textOptions[] = {
        {"--course", &out.courseDir, "DIR", "the course folder to open (holds modules/ and content/)"},
        {"--db", &out.dbPath, "FILE", "the progress database (default: $XDG_DATA_HOME/lectern/progress.db)"},
        {"--learner", &out.learner, "NAME", "study as this learner (created if new)"},
        {"--open", &out.openTarget, "MODULE[#SECTION]", "open this module (and section) instead of resuming"},
        {"--screenshot", &out.screenshotPath, "FILE.png", "open, let the layout settle, save the window as PNG, exit"},
        {"--lang", &out.language, "LL",
         "interface language: ar, en, es, fr, ru or zh-Hans (default: the learner's setting, else LANGUAGE, LC_ALL, "
         "LC_MESSAGES, LANG)"},
        {"--log", &out.logTarget, "FILE|-", "write JSON lines (start, first frame, saves, errors); - is stderr"},
    };
    for (const TextOption& o : textOptions) app.add_option(o.name, *o.target, o.help)->type_name(o.valueName)->check(cli::nonEmpty());
    app.add_option_function<std::string>(
           "--size",
           [&out](const std::string& size) {
               if (!parseSize(size, out.width, out.height))
                   throw CLI::ValidationError("--size takes WIDTHxHEIGHT, e.g. 1280x800 (at least 320x240), not '" + size + "'");
           },
           "window size in pixels, e.g. 1280x800")
        ->type_name("WxH");
    app.add_flag("--author", out.author,
                 "author's mode: reload the course on every save, list its problems (F8), show ids, answer keys "
                 "and source lines beside the text");
    app.add_flag("--version", out.version, "print the version and exit");
}

} // namespace lectern::app
