// The report is a view of the facilitator's figures (report/room_figures.h: one query layer
// for this report, the HR export and the item analysis), over the learners enrolled in the
// course, plus the orphaned records of the store's read side. It opens the file read-only,
// never migrates or writes it, and adds only titles from the course.
#include "report/progress_report.h"

#include "report/room_figures.h"
#include "store/read/progress_reader.h"

#include <algorithm>
#include <map>

namespace lectern::report {

namespace {

ModuleSummary summariseModule(const Module& module, const ModuleFigures& f) {
    ModuleSummary m;
    m.moduleId = f.moduleId;
    m.title = module.meta.title;
    m.sectionsRead = f.figures.sectionsRead;
    m.sectionsTotal = f.figures.sectionsTotal;
    m.percentComplete = m.sectionsTotal ? 100.0 * m.sectionsRead / m.sectionsTotal : 100.0;
    m.complete = f.figures.status == Status::Completed || f.figures.status == Status::Passed;
    m.reflections = f.reflectionsWritten;
    m.secondsOnTask = f.figures.secondsOnTask;
    for (size_t i = 0; i < f.quizzes.size() && i < module.quizzes.size(); ++i) {
        const QuizFigures& q = f.quizzes[i];
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

    auto room = loadRoom(dbPath, course, {});
    if (!room) return room.error();
    // This report lists the learners enrolled in the course, archived or not, by profile name.
    const auto& rows = room->rows.learners;
    room->shown.clear();
    for (size_t i = 0; i < rows.size(); ++i)
        if (rows[i].enrolled) room->shown.push_back(i);
    std::sort(room->shown.begin(), room->shown.end(), [&](size_t a, size_t b) {
        return rows[a].name != rows[b].name ? rows[a].name < rows[b].name : rows[a].id < rows[b].id;
    });
    room->sessionOf.assign(room->shown.size(), "");
    room->sessionDayOf.assign(room->shown.size(), "");
    RoomFigures figures = roomFigures(*room, course);

    auto reader = store::read::ProgressReader::open(dbPath);
    if (!reader) return reader.error();
    auto orphans = reader->orphanedRecords(course);
    if (!orphans) return orphans.error();
    out.orphanedRecords = orphans->size();
    std::map<LearnerId, size_t> orphansByLearner;
    for (const auto& o : *orphans) ++orphansByLearner[o.learner];

    out.learners.reserve(figures.learners.size());
    for (size_t k = 0; k < figures.learners.size(); ++k) {
        const LearnerFigures& f = figures.learners[k];
        LearnerSummary learner;
        learner.id = f.id;
        learner.name = f.name;
        learner.uuid = f.uuid;
        learner.externalId = f.externalId;
        learner.lastActivityMs = rows[room->shown[k]].lastActivityMs;
        learner.orphanedRecords = orphansByLearner[learner.id];
        size_t m = 0;
        for (const auto& module : course.modules) {
            if (!module) continue;
            learner.modules.push_back(summariseModule(*module, f.modules[m++]));
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
