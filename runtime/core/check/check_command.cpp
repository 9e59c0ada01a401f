// `lectern check` and `lectern inspect`. See check_command.h.
#include "check/check_command.h"

#include "check/font_coverage.h"
#include "export/inspect_json.h"
#include "load/course_loader.h"
#include "util/terminal_text.h"

namespace lectern {
namespace {

std::string plural(size_t n, const char* word) {
    return std::to_string(n) + " " + word + (n == 1 ? "" : "s");
}

} // namespace

int runCheckCommand(const std::vector<std::string>& givenPaths, const std::string& defaultCourseDir, FILE* out, FILE* err) {
    std::vector<std::string> paths = givenPaths;
    if (paths.empty()) paths.push_back(defaultCourseDir);
    const LoadResult r = loadPaths(paths);
    Diagnostics diags = r.diagnostics;
    checkCourseFontCoverage(*r.course, text::FontStack(text::FontStack::debianNoto()), diags);
    for (const Diagnostic& d : diags.items()) std::fprintf(out, "%s\n", d.format().c_str());
    std::fflush(out);
    std::fprintf(err, "%s, %s, %s\n", plural(r.course->modules.size(), "module").c_str(),
                 plural(diags.errorCount(), "error").c_str(), plural(diags.warningCount(), "warning").c_str());
    return diags.hasErrors() ? 1 : 0;
}

int runInspectCommand(const std::vector<std::string>& givenPaths, bool json, const std::string& defaultCourseDir,
                      FILE* out, FILE* err) {
    std::vector<std::string> paths = givenPaths;
    if (paths.empty()) paths.push_back(defaultCourseDir);
    const LoadResult r = loadPaths(paths);
    for (const Diagnostic& d : r.diagnostics.items())
        if (d.severity == Severity::Error) std::fprintf(err, "%s\n", d.format().c_str());
    if (json) {
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
