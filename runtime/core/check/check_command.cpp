// `lectern check` and `lectern inspect`. See check_command.h.
#include "check/check_command.h"

#include "export/inspect_json.h"
#include "load/course_loader.h"
#include "util/terminal_text.h"

namespace lectern {
namespace {

const char* kCheckUsage =
    "usage: lectern check [PATH...]\n"
    "Checks course folders, module folders or single module .md files (default: the bundled course)\n"
    "and prints every problem as FILE:LINE:COL: error: MESSAGE (or warning:).\n"
    "Exit status: 0 no error, 1 an error was found, 2 usage error.\n";

const char* kInspectUsage =
    "usage: lectern inspect [--json] [PATH...]\n"
    "Prints the outline of course folders, module folders or module files (default: the bundled\n"
    "course): modules, sections, reflections, quizzes and questions with their stable ids.\n";

std::string plural(size_t n, const char* word) {
    return std::to_string(n) + " " + word + (n == 1 ? "" : "s");
}

// Splits options from paths. Returns false (after printing why) on a usage error.
bool parseArgs(const std::vector<std::string>& args, const char* command, const std::vector<std::string>& flags,
               std::vector<std::string>& paths, std::vector<std::string>& seenFlags, bool& help, FILE* err) {
    bool onlyPaths = false;
    for (const std::string& a : args) {
        if (!onlyPaths && a == "--") {
            onlyPaths = true;
        } else if (!onlyPaths && (a == "-h" || a == "--help")) {
            help = true;
        } else if (!onlyPaths && a.size() > 1 && a[0] == '-') {
            bool known = false;
            for (const std::string& f : flags) known |= a == f;
            if (!known) {
                std::fprintf(err, "lectern %s: unknown option '%s' (see lectern %s --help)\n", command, escapeControlChars(a).c_str(), command);
                return false;
            }
            seenFlags.push_back(a);
        } else {
            paths.push_back(a);
        }
    }
    for (const std::string& p : paths) {
        if (classifyPath(p) == PathKind::Missing) {
            std::fprintf(err, "lectern %s: %s: no such file or folder\n", command, escapeControlChars(p).c_str());
            return false;
        }
    }
    return true;
}

} // namespace

int runCheckCommand(const std::vector<std::string>& args, const std::string& defaultCourseDir, FILE* out, FILE* err) {
    std::vector<std::string> paths, flags;
    bool help = false;
    if (!parseArgs(args, "check", {}, paths, flags, help, err)) return 2;
    if (help) {
        std::fputs(kCheckUsage, out);
        return 0;
    }
    if (paths.empty()) paths.push_back(defaultCourseDir);
    const LoadResult r = loadPaths(paths);
    for (const Diagnostic& d : r.diagnostics.items()) std::fprintf(out, "%s\n", d.format().c_str());
    std::fflush(out);
    std::fprintf(err, "%s, %s, %s\n", plural(r.course->modules.size(), "module").c_str(),
                 plural(r.diagnostics.errorCount(), "error").c_str(), plural(r.diagnostics.warningCount(), "warning").c_str());
    return r.diagnostics.hasErrors() ? 1 : 0;
}

int runInspectCommand(const std::vector<std::string>& args, const std::string& defaultCourseDir, FILE* out, FILE* err) {
    std::vector<std::string> paths, flags;
    bool help = false;
    if (!parseArgs(args, "inspect", {"--json"}, paths, flags, help, err)) return 2;
    if (help) {
        std::fputs(kInspectUsage, out);
        return 0;
    }
    if (paths.empty()) paths.push_back(defaultCourseDir);
    const LoadResult r = loadPaths(paths);
    for (const Diagnostic& d : r.diagnostics.items())
        if (d.severity == Severity::Error) std::fprintf(err, "%s\n", d.format().c_str());
    if (!flags.empty()) {
        std::fputs(inspectJson(*r.course).c_str(), out);
    } else {
        const Course& c = *r.course;
        // Titles and paths come from the course: escaped like every diagnostic (course/diagnostic.h).
        const auto shown = [](const std::string& text) { return escapeControlChars(text); };
        std::fprintf(out, "%s (%s)\n", shown(c.title).c_str(), shown(c.id).c_str());
        for (const auto& m : c.modules) {
            std::fprintf(out, "module %s: %s [%s, %d words]\n", shown(m->meta.id).c_str(), shown(m->meta.title).c_str(),
                         shown(m->file).c_str(), m->words);
            for (const Section& s : m->sections)
                std::fprintf(out, "  section %s (line %d): %s\n", shown(s.id).c_str(), s.pos.line, shown(s.title).c_str());
            for (const Reflection& ref : m->reflections)
                std::fprintf(out, "  reflection %s (line %d)\n", ref.id.c_str(), ref.pos.line);
            for (const Quiz& q : m->quizzes) {
                std::fprintf(out, "  quiz %s (line %d)\n", q.id.c_str(), q.pos.line);
                for (const Question& question : q.questions)
                    std::fprintf(out, "    question %s: %s (line %d)\n", question.id.c_str(), questionTypeName(question.type),
                                 question.pos.line);
            }
        }
        if (!c.glossary.empty()) std::fprintf(out, "glossary: %s\n", plural(c.glossary.size(), "term").c_str());
    }
    std::fflush(out);
    return r.diagnostics.hasErrors() ? 1 : 0;
}

} // namespace lectern
