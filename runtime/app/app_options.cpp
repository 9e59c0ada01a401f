#include "app_options.h"

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

std::string usageText() {
    return "Usage: lectern [OPTIONS]\n"
           "       lectern COMMAND [ARGS]   (lectern COMMAND --help for details)\n"
           "\n"
           "Opens a Lectern course in a window. By default, the bundled course on UN cyber diplomacy.\n"
           "\n"
           "Options:\n"
           "  --course DIR          the course folder to open (holds modules/ and content/)\n"
           "  --db FILE             the progress database (default: $XDG_DATA_HOME/lectern/progress.db)\n"
           "  --learner NAME        study as this learner (created if new)\n"
           "  --open MODULE[#SECTION]  open this module (and section) instead of resuming\n"
           "  --size WxH            window size in pixels, e.g. 1280x800\n"
           "  --screenshot FILE.png open, let the layout settle, save the window as PNG, exit\n"
           "  --log FILE|-          write JSON lines (start, first frame, saves, errors); - is stderr\n"
           "  --version             print the version and exit\n"
           "  --help                print this help and exit\n"
           "\n"
           "Commands:\n"
           "  check [PATH...]       check course modules; prints FILE:LINE:COL: error: ...\n"
           "  inspect --json [PATH...]  print a course's structure as JSON\n"
           "  report [--db FILE] [--format json|csv]  progress report per learner\n";
}

ParseResult parseAppOptions(const std::vector<std::string>& args, AppOptions& out) {
    auto valueFor = [&](size_t& i, const std::string& flag, std::string& target) -> ParseResult {
        if (i + 1 >= args.size() || args[i + 1].empty()) return {ParseStatus::UsageError, flag + " needs a value"};
        target = args[++i];
        return {};
    };
    for (size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        ParseResult r;
        if (a == "--help" || a == "-h") out.help = true;
        else if (a == "--version") out.version = true;
        else if (a == "--course") r = valueFor(i, a, out.courseDir);
        else if (a == "--db") r = valueFor(i, a, out.dbPath);
        else if (a == "--screenshot") r = valueFor(i, a, out.screenshotPath);
        else if (a == "--log") r = valueFor(i, a, out.logTarget);
        else if (a == "--open") r = valueFor(i, a, out.openTarget);
        else if (a == "--learner") r = valueFor(i, a, out.learner);
        else if (a == "--size") {
            std::string size;
            r = valueFor(i, a, size);
            if (r.status == ParseStatus::Ok && !parseSize(size, out.width, out.height))
                r = {ParseStatus::UsageError, "--size takes WIDTHxHEIGHT, e.g. 1280x800 (at least 320x240), not '" + size + "'"};
        } else {
            r = {ParseStatus::UsageError, "unknown option '" + a + "'"};
        }
        if (r.status != ParseStatus::Ok) return r;
    }
    return {};
}

} // namespace lectern::app
