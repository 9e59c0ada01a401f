// Index
//   [SECTION] Loading and filtering
//   [SECTION] One learner's records as a snapshot
//   [SECTION] Figures per module and course
#include "report/room_figures.h"

#include "progress_rules/progress_rules.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <unordered_map>

namespace lectern::report {

const char* statusWord(Status status) {
    switch (status) {
    case Status::NotStarted: return "not_started";
    case Status::InProgress: return "in_progress";
    case Status::Failed: return "failed";
    case Status::Completed: return "completed";
    case Status::Passed: return "passed";
    }
    return "not_started";
}

double quizMaxPoints(const Quiz& quiz) {
    double max = 0;
    for (const Question& q : quiz.questions) max += std::max(0.0, q.points);
    return max;
}

//-----------------------------------------------------------------------------
// [SECTION] Loading and filtering
//-----------------------------------------------------------------------------

namespace {

using store::StoreError;
using store::StoreErrorCode;
using store::read::RoomLearnerRow;
using store::read::RoomSessionRow;

std::string listed(const std::set<std::string>& names) {
    if (names.empty()) return "none";
    std::string out;
    for (const auto& n : names) out += (out.empty() ? "'" : ", '") + n + "'";
    return out;
}

const std::string& displayName(const RoomLearnerRow& l) { return l.fullName.empty() ? l.name : l.fullName; }

} // namespace

store::StoreResult<Room> loadRoom(const std::string& dbPath, const Course& course, const RoomFilter& filter) {
    auto rows = store::read::readRoom(dbPath, course.id);
    if (!rows) return rows.error();
    Room room;
    room.dbPath = dbPath;
    room.filter = filter;
    room.rows = std::move(*rows);
    const auto& learners = room.rows.learners;

    // The session asked for, and each learner's latest session (sessions come by day, name).
    const RoomSessionRow* wanted = nullptr;
    if (!filter.session.empty()) {
        std::set<std::string> names;
        for (const auto& s : room.rows.sessions) {
            names.insert(s.name);
            if (s.name == filter.session && (filter.sessionDay.empty() || s.day == filter.sessionDay)) wanted = &s;
        }
        if (!wanted)
            return StoreError{StoreErrorCode::NotFound,
                              "There is no onboarding session '" + filter.session + "'" +
                                  (filter.sessionDay.empty() ? "" : " on " + filter.sessionDay) + " in " + dbPath +
                                  " (sessions: " + listed(names) +
                                  "). Check the spelling, or create it with `lectern roster import FILE --session NAME`."};
    }
    if (!filter.group.empty()) {
        std::set<std::string> groups;
        for (const auto& l : learners)
            if (!l.group.empty()) groups.insert(l.group);
        if (!groups.count(filter.group))
            return StoreError{StoreErrorCode::NotFound, "No learner is in the group '" + filter.group + "' in " + dbPath +
                                                            " (groups: " + listed(groups) + "). Check the spelling."};
    }

    std::unordered_map<int64_t, const RoomSessionRow*> sessionById;
    for (const auto& s : room.rows.sessions) sessionById[s.id] = &s;
    std::unordered_map<LearnerId, const RoomSessionRow*> latest;
    std::set<LearnerId> inWanted;
    for (const auto& m : room.rows.members) {
        auto s = sessionById.find(m.sessionId);
        if (s == sessionById.end()) continue;
        const RoomSessionRow*& l = latest[m.learner];
        if (!l || std::make_pair(s->second->day, s->second->name) > std::make_pair(l->day, l->name)) l = s->second;
        if (wanted && m.sessionId == wanted->id) inWanted.insert(m.learner);
    }

    for (size_t i = 0; i < learners.size(); ++i) {
        const RoomLearnerRow& l = learners[i];
        if (l.archivedMs != 0) continue;
        if (!filter.group.empty() && l.group != filter.group) continue;
        if (wanted && !inWanted.count(l.id)) continue;
        room.shown.push_back(i);
    }
    std::sort(room.shown.begin(), room.shown.end(), [&](size_t a, size_t b) {
        const std::string &na = displayName(learners[a]), &nb = displayName(learners[b]);
        return na != nb ? na < nb : learners[a].id < learners[b].id;
    });
    for (size_t i : room.shown) {
        const RoomSessionRow* s = wanted;
        if (!s) {
            auto it = latest.find(learners[i].id);
            if (it != latest.end()) s = it->second;
        }
        room.sessionOf.push_back(s ? s->name : "");
        room.sessionDayOf.push_back(s ? s->day : "");
    }
    return room;
}

//-----------------------------------------------------------------------------
// [SECTION] One learner's records as a snapshot
//-----------------------------------------------------------------------------

namespace {

// Each learner's rows, so one learner's figures never scan another's.
struct LearnerRows {
    std::vector<const store::read::RoomSectionRow*> sections;
    std::vector<const store::read::RoomAttemptRow*> attempts;
    std::vector<const store::read::RoomRevisionRow*> revisions;
};

// The snapshot the progress rules read (progress_rules.h, as the learner's own screen does).
// A revision's text is not read from the file; only its being blank matters to the rules.
ProgressSnapshot snapshotOf(LearnerId id, const LearnerRows& rows) {
    ProgressSnapshot s;
    s.learner = id;
    for (const auto* r : rows.sections) {
        SectionRef ref{r->moduleId, r->sectionId};
        if (r->readMs) s.sectionsRead.insert(ref);
        if (r->seconds > 0) s.secondsOnSection[ref] = r->seconds;
    }
    for (const auto* a : rows.attempts)
        s.quizAttempts[ProgressSnapshot::key(a->moduleId, a->quizId)].push_back(
            QuizAttempt{a->number, {}, a->score, a->maxScore, a->passed, a->timeMs});
    for (const auto* r : rows.revisions)
        s.reflections[ProgressSnapshot::key(r->moduleId, r->reflectionId)].push_back(
            ReflectionRevision{r->hasText ? "text" : "", r->timeMs});
    return s;
}

//-----------------------------------------------------------------------------
// [SECTION] Figures per module and course
//-----------------------------------------------------------------------------

struct ScoreSum {
    double best = 0, max = 0;
    bool tried = false;
};

ModuleFigures moduleFigures(const Module& module, const CompletionRule& rule, const ProgressSnapshot& s,
                            const LearnerRows& rows, ScoreSum& courseScore) {
    ModuleFigures out;
    out.moduleId = module.meta.id;
    out.title = module.meta.title;
    Figures& f = out.figures;
    const std::string& mid = module.meta.id;
    ModuleProgress p = moduleProgress(module, rule, s);
    f.sectionsRead = p.sectionsRead;
    f.sectionsTotal = p.sectionsTotal;
    f.quizzesPassed = p.quizzesPassed;
    f.quizzesTotal = p.quizzesTotal;
    f.secondsOnTask = p.secondsOnTask;
    out.reflectionsWritten = p.reflectionsAnswered;

    // Last activity, and when each required thing was first done.
    std::vector<int64_t> readTimes;
    for (const auto* r : rows.sections) {
        if (r->moduleId != mid || !module.findSection(r->sectionId)) continue;
        f.lastActivityMs = std::max({f.lastActivityMs, r->lastWriteMs, r->readMs});
        if (r->readMs) readTimes.push_back(r->readMs);
    }
    bool triedNotPassed = false;
    ScoreSum score;
    for (const Quiz& quiz : module.quizzes) {
        QuizFigures q;
        q.quizId = quiz.id;
        int64_t firstPassMs = 0;
        for (const auto* a : rows.attempts) {
            if (a->moduleId != mid || a->quizId != quiz.id) continue;
            ++q.attempts;
            f.lastActivityMs = std::max(f.lastActivityMs, a->timeMs);
            if (a->passed && (!q.passed || a->timeMs < firstPassMs)) firstPassMs = a->timeMs;
            q.passed = q.passed || a->passed;
        }
        f.attempts += q.attempts;
        double best = 0, max = quizMaxPoints(quiz);
        if (const QuizAttempt* b = s.bestAttempt(mid, quiz.id)) {  // the rule the learner's screen uses
            q.bestScore = b->score;
            q.maxScore = b->maxScore;
            best = b->score, max = b->maxScore;
            score.tried = true;
            if (!q.passed) triedNotPassed = true;
        }
        const bool passed = q.passed;
        out.quizzes.push_back(std::move(q));
        score.best += std::max(0.0, best);
        score.max += max;
        if (rule.quizzesPassed && passed) f.completedAtMs = std::max(f.completedAtMs, firstPassMs);
    }
    for (const Reflection& r : module.reflections) {
        int64_t firstText = 0;
        for (const auto* rev : rows.revisions) {
            if (rev->moduleId != mid || rev->reflectionId != r.id) continue;
            f.lastActivityMs = std::max(f.lastActivityMs, rev->timeMs);
            if (rev->hasText && !firstText) firstText = rev->timeMs;
        }
        if (rule.reflectionsAnswered) f.completedAtMs = std::max(f.completedAtMs, firstText);
    }
    const double share = std::clamp(rule.sectionsRead, 0.0, 1.0);
    const size_t needed = size_t(std::ceil(share * p.sectionsTotal - 1e-9));
    if (needed > 0 && readTimes.size() >= needed) {
        std::nth_element(readTimes.begin(), readTimes.begin() + long(needed - 1), readTimes.end());
        f.completedAtMs = std::max(f.completedAtMs, readTimes[needed - 1]);
    }
    if (!p.complete) f.completedAtMs = 0;

    if (score.tried) f.scorePercent = score.max > 0 ? 100.0 * score.best / score.max : 100.0;
    courseScore.best += score.best;
    courseScore.max += score.max;
    courseScore.tried = courseScore.tried || score.tried;

    f.status = p.complete ? (p.quizzesTotal > 0 && p.quizzesPassed == p.quizzesTotal ? Status::Passed : Status::Completed)
               : triedNotPassed ? Status::Failed
               : p.started      ? Status::InProgress
                                : Status::NotStarted;
    return out;
}

Figures courseFigures(const std::vector<ModuleFigures>& modules, const ScoreSum& score, int64_t lastActivityMs) {
    Figures c;
    bool allComplete = !modules.empty(), allPassed = true, anyFailed = false, anyStarted = false;
    int quizzes = 0;
    for (const auto& m : modules) {
        const Figures& f = m.figures;
        c.secondsOnTask += f.secondsOnTask;
        c.lastActivityMs = std::max(c.lastActivityMs, f.lastActivityMs);
        c.completedAtMs = std::max(c.completedAtMs, f.completedAtMs);
        c.sectionsRead += f.sectionsRead;
        c.sectionsTotal += f.sectionsTotal;
        c.quizzesPassed += f.quizzesPassed;
        c.quizzesTotal += f.quizzesTotal;
        c.attempts += f.attempts;
        quizzes += f.quizzesTotal;
        bool complete = f.status == Status::Completed || f.status == Status::Passed;
        allComplete = allComplete && complete;
        allPassed = allPassed && f.quizzesPassed == f.quizzesTotal;
        anyFailed = anyFailed || f.status == Status::Failed;
        anyStarted = anyStarted || f.status != Status::NotStarted;
    }
    c.lastActivityMs = std::max(c.lastActivityMs, lastActivityMs);
    if (!allComplete) c.completedAtMs = 0;
    if (score.tried) c.scorePercent = score.max > 0 ? 100.0 * score.best / score.max : 100.0;
    c.status = allComplete ? (quizzes > 0 && allPassed ? Status::Passed : Status::Completed)
               : anyFailed  ? Status::Failed
               : anyStarted ? Status::InProgress
                            : Status::NotStarted;
    return c;
}

} // namespace

RoomFigures roomFigures(const Room& room, const Course& course) {
    RoomFigures out;
    out.courseId = course.id;
    out.courseTitle = course.title;
    out.dbPath = room.dbPath;
    out.filter = room.filter;

    std::unordered_map<LearnerId, LearnerRows> byLearner;
    for (size_t i : room.shown) byLearner[room.rows.learners[i].id];
    auto rowsOf = [&](LearnerId id) -> LearnerRows* {
        auto it = byLearner.find(id);
        return it == byLearner.end() ? nullptr : &it->second;
    };
    for (const auto& r : room.rows.sections)
        if (LearnerRows* l = rowsOf(r.learner)) l->sections.push_back(&r);
    for (const auto& r : room.rows.attempts)
        if (LearnerRows* l = rowsOf(r.learner)) l->attempts.push_back(&r);
    for (const auto& r : room.rows.revisions)
        if (LearnerRows* l = rowsOf(r.learner)) l->revisions.push_back(&r);

    for (const auto& m : course.modules)
        if (m) out.totals.push_back({m->meta.id});
    out.learners.reserve(room.shown.size());
    for (size_t k = 0; k < room.shown.size(); ++k) {
        const auto& row = room.rows.learners[room.shown[k]];
        const LearnerRows& rows = byLearner[row.id];
        LearnerFigures l;
        l.id = row.id;
        l.name = row.name;
        l.uuid = row.uuid;
        l.fullName = row.fullName.empty() ? row.name : row.fullName;
        l.externalId = row.externalId;
        l.group = row.group;
        l.session = room.sessionOf[k];
        l.sessionDay = room.sessionDayOf[k];
        ProgressSnapshot snapshot = snapshotOf(row.id, rows);
        ScoreSum score;
        size_t t = 0;
        for (const auto& m : course.modules) {
            if (!m) continue;
            l.modules.push_back(moduleFigures(*m, course.completion, snapshot, rows, score));
            ModuleTotals& totals = out.totals[t++];
            ++totals.learners;
            if (const auto& sc = l.modules.back().figures.scorePercent) {
                totals.meanScorePercent = totals.meanScorePercent.value_or(0) + *sc;  // a sum until the end
                ++totals.scored;
            }
            switch (l.modules.back().figures.status) {
            case Status::NotStarted: ++totals.notStarted; break;
            case Status::InProgress: ++totals.inProgress; break;
            case Status::Failed: ++totals.failed; break;
            case Status::Completed: ++totals.completed; break;
            case Status::Passed: ++totals.passed; break;
            }
        }
        l.course = courseFigures(l.modules, score, row.lastActivityMs);
        for (const auto& c : room.rows.certificates)  // oldest first: the latest one wins
            if (c.learner == row.id) l.certificateCode = c.code;
        out.learners.push_back(std::move(l));
    }
    for (ModuleTotals& totals : out.totals)
        if (totals.scored) *totals.meanScorePercent /= totals.scored;
    return out;
}

store::StoreResult<RoomFigures> makeRoomFigures(const std::string& dbPath, const Course& course,
                                                const RoomFilter& filter) {
    auto room = loadRoom(dbPath, course, filter);
    if (!room) return room.error();
    return roomFigures(*room, course);
}

} // namespace lectern::report
