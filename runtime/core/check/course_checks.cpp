// Course-wide reference checks. See course_checks.h.
#include "check/course_checks.h"

#include <algorithm>
#include <map>

namespace lectern {
namespace {

// Reference problems are capped per file like the parser's: a file may hold a million links,
// and its messages must not take a gigabyte.
class CappedDiagnostics {
public:
    explicit CappedDiagnostics(Diagnostics& out) : m_out(out) {}
    void error(const std::string& file, SourcePos pos, std::string msg) {
        if (++m_perFile[file] <= kMaxPerFile) m_out.error(file, pos, std::move(msg));
    }
    void warning(const std::string& file, SourcePos pos, std::string msg) { m_out.warning(file, pos, std::move(msg)); }
    void finish() {
        for (const auto& [file, n] : m_perFile)
            if (n > kMaxPerFile)
                m_out.error(file, {}, "too many problems with references: " + std::to_string(n - kMaxPerFile) + " more not shown");
    }

private:
    static constexpr size_t kMaxPerFile = 500;
    Diagnostics& m_out;
    std::map<std::string, size_t> m_perFile;
};

std::string where(const std::string& file, SourcePos pos) {
    return pos.line > 0 ? file + ":" + std::to_string(pos.line) : file;
}

void checkGlossaryRef(const CourseCheckInput& in, const std::string& file, const ModuleRef& r, CappedDiagnostics& diags) {
    if (in.course->findTerm(r.anchor)) return;
    std::string msg = "glossary term '" + r.anchor + "' is not defined";
    msg += in.hasGlossary ? "; add '## Term {#" + r.anchor + "}' and its definition to " + in.glossaryFile
                          : "; this course has no glossary (content/glossary.md)";
    diags.error(file, r.pos, msg);
}

// Settings of a quiz that are valid alone but do nothing together.
void checkQuizSettings(const Module& m, CappedDiagnostics& diags) {
    for (const Quiz& q : m.quizzes)
        if (q.showAnswers == ShowAnswers::AfterLastAttempt && q.attemptsAllowed <= 0)
            diags.warning(m.file, q.pos, "quiz '" + q.id + "' shows its answers after the last attempt, but its attempts are "
                                         "unlimited (no 'attempts:'), so learners never see them; add 'attempts: N' or use "
                                         "'show_answers: after_pass'");
}

} // namespace

void checkCourseReferences(const CourseCheckInput& in, Diagnostics& out) {
    const Course& course = *in.course;
    CappedDiagnostics diags(out);
    std::map<std::string, const ModuleFacts*> byId;
    for (const ModuleFacts& f : in.modules) {
        auto [it, fresh] = byId.emplace(f.module->meta.id, &f);
        if (!fresh)
            diags.error(f.module->file, {1, 1}, "module id '" + f.module->meta.id + "' is also used by " +
                                                    it->second->module->file + "; module ids must be unique");
    }

    // Quiz and reflection ids share one namespace: progress is stored under them.
    struct Owner {
        std::string file;
        SourcePos pos;
        const char* kind;
    };
    std::map<std::string, Owner> ids;
    for (const ModuleFacts& f : in.modules) {
        const Module& m = *f.module;
        const auto claim = [&](const std::string& id, SourcePos pos, const char* kind) {
            if (id.empty()) return;
            auto [it, fresh] = ids.emplace(id, Owner{m.file, pos, kind});
            if (!fresh)
                diags.error(m.file, pos, std::string(kind) + " id '" + id + "' is already used by a " + it->second.kind +
                                             " at " + where(it->second.file, it->second.pos) +
                                             "; quiz and reflection ids must be unique in the course");
        };
        for (const Quiz& q : m.quizzes) claim(q.id, q.pos, "quiz");
        checkQuizSettings(m, diags);
        for (const Reflection& r : m.reflections) claim(r.id, r.pos, "reflection");
    }

    // A course published to learners says how current each module is; a module checked on its
    // own (a draft, a test case) need not.
    if (!course.manifest.empty())
        for (const ModuleFacts& f : in.modules)
            if (!f.module->meta.reviewed)
                diags.warning(f.module->file, {1, 1},
                              "module has no 'reviewed:' date in its front matter; add 'reviewed: YYYY-MM-DD', the day "
                              "its facts were last checked, so learners see how current it is");

    std::vector<const ModuleFacts*> withRefs;  // a translation links like its base: checked the same way
    for (const ModuleFacts& f : in.modules) withRefs.push_back(&f);
    for (const ModuleFacts& f : in.variants) withRefs.push_back(&f);
    for (const ModuleFacts* fp : withRefs) {
        const ModuleFacts& f = *fp;
        const std::string& file = f.module->file;
        for (const ModuleRef& r : *f.refs) {
            switch (r.kind) {
            case ModuleRef::Kind::Glossary: checkGlossaryRef(in, file, r, diags); break;
            case ModuleRef::Kind::Prerequisite:
                if (r.moduleId == f.module->meta.id)
                    diags.error(file, r.pos, "module '" + r.moduleId + "' lists itself as a prerequisite");
                else if (!course.findModule(r.moduleId))
                    diags.error(file, r.pos, "prerequisite '" + r.moduleId + "' is not a module of this course");
                break;
            case ModuleRef::Kind::Module: {
                auto it = byId.find(r.moduleId);
                if (it == byId.end()) {
                    const bool onDisk = std::find(in.modulesOnDiskNotInCourse.begin(), in.modulesOnDiskNotInCourse.end(),
                                                  r.moduleId) != in.modulesOnDiskNotInCourse.end();
                    diags.error(file, r.pos, "link '" + r.written + "' points to module '" + r.moduleId + "', which " +
                                                 (onDisk ? "is not listed in content/course.yaml"
                                                         : "does not exist (no modules/" + r.moduleId + "/module.md)"));
                    break;
                }
                const std::vector<std::string>& anchors = *it->second->anchors;
                if (!r.anchor.empty() && !std::binary_search(anchors.begin(), anchors.end(), r.anchor))
                    diags.error(file, r.pos, "link '" + r.written + "': module '" + r.moduleId + "' has no heading with anchor '" +
                                                 r.anchor + "'; check its section ids with `lectern inspect --json`");
                break;
            }
            }
        }
    }
    if (in.glossaryRefs)
        for (const ModuleRef& r : *in.glossaryRefs) checkGlossaryRef(in, in.glossaryFile, r, diags);
    diags.finish();
}

} // namespace lectern
