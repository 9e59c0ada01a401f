#include "report/progress_report.h"

#include "progress_rules/progress_rules.h"
#include "store/database_open.h"
#include "store/orphans.h"
#include "store/snapshot_state.h"

#include <algorithm>
#include <map>

namespace lectern::report {

static bool hasText(const std::string& text) {
    return text.find_first_not_of(" \t\r\n") != std::string::npos;
}

static ModuleSummary summariseModule(const Module& module, const CompletionRule& rule, const ProgressSnapshot& s) {
    ModuleSummary m;
    m.moduleId = module.meta.id;
    m.title = module.meta.title;
    ModuleProgress progress = moduleProgress(module, rule, s);
    m.sectionsTotal = int(module.sections.size());
    for (const Section& section : module.sections)
        if (s.sectionsRead.count({module.meta.id, section.id})) ++m.sectionsRead;
    m.percentComplete = m.sectionsTotal ? 100.0 * m.sectionsRead / m.sectionsTotal : 100.0;
    m.complete = progress.complete;
    for (const Section& section : module.sections) {
        auto it = s.secondsOnSection.find({module.meta.id, section.id});
        if (it != s.secondsOnSection.end()) m.secondsOnTask += it->second;
    }
    for (const Reflection& r : module.reflections)
        if (hasText(s.reflectionText(module.meta.id, r.id))) ++m.reflections;
    for (const Quiz& quiz : module.quizzes) {
        QuizSummary q;
        q.quizId = quiz.id;
        q.title = quiz.title;
        q.attempts = s.attemptCount(module.meta.id, quiz.id);
        if (const QuizAttempt* best = s.bestAttempt(module.meta.id, quiz.id)) {
            q.bestScore = best->score;
            q.maxScore = best->maxScore;
        }
        auto it = s.quizAttempts.find(ProgressSnapshot::key(module.meta.id, quiz.id));
        if (it != s.quizAttempts.end())
            q.passed = std::any_of(it->second.begin(), it->second.end(), [](const QuizAttempt& a) { return a.passed; });
        m.quizzes.push_back(std::move(q));
    }
    return m;
}

bool buildProgressReport(const std::string& dbPath, const Course& course, ProgressReport& out, std::string& error) {
    out = ProgressReport{};
    out.courseId = course.id;
    out.courseTitle = course.title;
    out.dbPath = dbPath;

    std::map<LearnerId, ProgressSnapshot> snapshots;
    {
        store::SqliteDb db;
        if (!store::openForReading(dbPath, db, error)) return false;
        if (!store::loadSnapshots(db, course.id, 0, snapshots, error)) {
            error = "Cannot read the progress file " + dbPath + ": " + error;
            return false;
        }
    }
    std::vector<OrphanedRecord> orphans;
    if (!findOrphanedRecords(dbPath, course, orphans, error)) return false;
    out.orphanedRecords = orphans.size();
    std::map<LearnerId, size_t> orphansByLearner;
    for (const OrphanedRecord& o : orphans) ++orphansByLearner[o.learner];

    out.learners.reserve(snapshots.size());
    for (const auto& [id, s] : snapshots) {
        LearnerSummary learner;
        learner.id = id;
        learner.name = s.learnerName;
        learner.lastActivityMs = s.lastActivityMs;
        learner.orphanedRecords = orphansByLearner[id];
        for (const auto& module : course.modules) {
            if (!module) continue;
            learner.modules.push_back(summariseModule(*module, course.completion, s));
            learner.reflections += learner.modules.back().reflections;
        }
        out.learners.push_back(std::move(learner));
    }
    std::stable_sort(out.learners.begin(), out.learners.end(), [](const LearnerSummary& a, const LearnerSummary& b) {
        return a.name != b.name ? a.name < b.name : a.id < b.id;
    });
    return true;
}

} // namespace lectern::report
