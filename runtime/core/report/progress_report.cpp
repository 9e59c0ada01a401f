// The report is a view of the store's read side (store/read/progress_reader.h): it opens the
// file read-only, never migrates or writes it, and adds only titles from the course.
#include "report/progress_report.h"

#include "store/read/progress_reader.h"

#include <map>

namespace lectern::report {

namespace {

const Module* moduleById(const Course& course, const std::string& id) {
    for (const auto& m : course.modules)
        if (m && m->meta.id == id) return m.get();
    return nullptr;
}

ModuleSummary summariseModule(const Module& module, const store::read::ModuleProgressRecord& r) {
    ModuleSummary m;
    m.moduleId = r.moduleId;
    m.title = module.meta.title;
    m.sectionsRead = r.sectionsRead;
    m.sectionsTotal = r.sectionsTotal;
    m.percentComplete = m.sectionsTotal ? 100.0 * m.sectionsRead / m.sectionsTotal : 100.0;
    m.complete = r.status == store::read::ModuleStatus::Complete;
    m.reflections = r.reflectionsWritten;
    m.secondsOnTask = r.secondsOnTask;
    for (size_t i = 0; i < r.quizzes.size() && i < module.quizzes.size(); ++i) {
        const auto& q = r.quizzes[i];
        QuizSummary s;
        s.quizId = q.quizId;
        s.title = module.quizzes[i].title;
        s.attempts = q.attempts;
        s.bestScore = q.bestScore.value_or(0);
        s.maxScore = q.maxScore.value_or(0);
        s.passed = q.passed;
        m.quizzes.push_back(std::move(s));
    }
    return m;
}

} // namespace

store::StoreResult<ProgressReport> makeProgressReport(const std::string& dbPath, const Course& course) {
    ProgressReport out;
    out.courseId = course.id;
    out.courseTitle = course.title;
    out.dbPath = dbPath;

    auto reader = store::read::ProgressReader::open(dbPath);
    if (!reader) return reader.error();
    auto progress = reader->progress(course);
    if (!progress) return progress.error();
    auto orphans = reader->orphanedRecords(course);
    if (!orphans) return orphans.error();

    out.orphanedRecords = orphans->size();
    std::map<LearnerId, size_t> orphansByLearner;
    for (const auto& o : *orphans) ++orphansByLearner[o.learner];

    out.learners.reserve(progress->size());
    for (const auto& record : *progress) {  // by name, then id
        LearnerSummary learner;
        learner.id = record.learner.id;
        learner.name = record.learner.name;
        learner.uuid = record.learner.uuid.value_or("");
        learner.externalId = record.learner.externalId.value_or("");
        learner.lastActivityMs = record.learner.lastActivityMs;
        learner.orphanedRecords = orphansByLearner[learner.id];
        for (const auto& m : record.modules) {
            const Module* module = moduleById(course, m.moduleId);
            if (!module) continue;
            learner.modules.push_back(summariseModule(*module, m));
            learner.reflections += learner.modules.back().reflections;
        }
        out.learners.push_back(std::move(learner));
    }
    return out;
}

bool buildProgressReport(const std::string& dbPath, const Course& course, ProgressReport& out, std::string& error) {
    auto made = makeProgressReport(dbPath, course);
    if (!made) {
        out = ProgressReport{};
        error = made.error().message;
        return false;
    }
    out = std::move(*made);
    return true;
}

} // namespace lectern::report
