// Index
//   [SECTION] Applying a command in memory
//   [SECTION] Loading from the state tables
#include "store/snapshot_state.h"
#include "store/statements.h"

#include <algorithm>
#include <sqlite3.h>

namespace lectern::store {

//-----------------------------------------------------------------------------
// [SECTION] Applying a command in memory
//-----------------------------------------------------------------------------

namespace {
struct Applier {
    ProgressSnapshot& s;
    int64_t t;

    void operator()(const MarkSectionRead& c) const { s.sectionsRead.insert(c.section); }
    void operator()(const AddTimeOnTask& c) const { s.secondsOnSection[c.section] += c.seconds; }
    void operator()(const SaveResume& c) const { s.resume = ResumePoint{c.section, c.scrollY}; }
    void operator()(const RecordQuizAttempt& c) const {
        auto& attempts = s.quizAttempts[ProgressSnapshot::key(c.moduleId, c.quizId)];
        int number = attempts.empty() ? 1 : attempts.back().number + 1;
        attempts.push_back(QuizAttempt{number, c.responsesJson, c.score, c.maxScore, c.passed, t});
        s.quizDrafts.erase(ProgressSnapshot::key(c.moduleId, c.quizId));
    }
    void operator()(const SaveQuizDraft& c) const {
        s.quizDrafts[ProgressSnapshot::key(c.moduleId, c.quizId)] = c.responsesJson;
    }
    void operator()(const SaveReflection& c) const {
        s.reflections[ProgressSnapshot::key(c.moduleId, c.reflectionId)].push_back(ReflectionRevision{c.text, t});
    }
    void operator()(const SetBookmark& c) const {
        if (c.on) s.bookmarks.insert(c.section);
        else s.bookmarks.erase(c.section);
    }
    void operator()(const SaveNote& c) const { s.notes[c.section] = c.text; }
    void operator()(const SaveSettings& c) const { s.settingsJson = c.json; }
    void operator()(const KeepTextDraft&) const {}  // the editor holds the text; nothing else shows it
    void operator()(const StartSitting&) const {}    // records of the sitting and the outcome:
    void operator()(const EndSitting&) const {}      // the snapshot's figures come from the rest
    void operator()(const RecordCourseOutcome&) const {}
};
} // namespace

bool changesSnapshot(const ProgressCommand& command) {
    return !std::holds_alternative<KeepTextDraft>(command) && !std::holds_alternative<StartSitting>(command) &&
           !std::holds_alternative<EndSitting>(command) && !std::holds_alternative<RecordCourseOutcome>(command);
}

void applyToSnapshot(ProgressSnapshot& snapshot, const ProgressCommand& command, int64_t timeMs) {
    std::visit(Applier{snapshot, timeMs}, command);
    snapshot.lastActivityMs = std::max(snapshot.lastActivityMs, timeMs);
}

//-----------------------------------------------------------------------------
// [SECTION] Loading from the state tables
//-----------------------------------------------------------------------------

// Runs `sql` (a SELECT whose first column is the learner id, with "%s" where the learner
// filter goes) for the course, calling row(snapshot-of-that-learner, stmt) per row.
namespace {
class BulkLoader {
public:
    BulkLoader(SqliteDb& db, const std::string& courseId, LearnerId only, std::map<LearnerId, ProgressSnapshot>& out)
        : m_db(db), m_course(courseId), m_only(only), m_out(out) {}

    template <typename Row>
    bool each(std::string_view sqlWithFilter, Row row, std::string& error) {
        std::string sql(sqlWithFilter);
        size_t at = sql.find("%s");
        if (at == std::string::npos) {
            error = "statement without a learner filter";
            return false;
        }
        sql.replace(at, 2, m_only ? "learner_id = ?1 AND course_id = ?2" : "?1 = ?1 AND course_id = ?2");
        SqliteStmt stmt(m_db, sql);
        if (!stmt.ok()) {
            error = m_db.errorMessage();
            return false;
        }
        stmt.bind(1, m_only).bind(2, m_course);
        int rc;
        while ((rc = stmt.step()) == SQLITE_ROW) {
            auto it = m_out.find(stmt.columnInt(0));
            if (it != m_out.end()) row(it->second, stmt);
        }
        if (rc != SQLITE_DONE) {
            error = m_db.errorMessage();
            return false;
        }
        return true;
    }

private:
    SqliteDb& m_db;
    const std::string& m_course;
    LearnerId m_only;
    std::map<LearnerId, ProgressSnapshot>& m_out;
};
} // namespace

bool loadSnapshots(SqliteDb& db, const std::string& courseId, LearnerId only,
                   std::map<LearnerId, ProgressSnapshot>& out, std::string& error) {
    out.clear();
    {
        // Learners enrolled in the course (or, for one learner, that learner even if not yet enrolled).
        std::string sql = only ? "SELECT l.id, l.name, COALESCE(e.last_activity_ms, 0) FROM learners l "
                                 "LEFT JOIN enrolments e ON e.learner_id = l.id AND e.course_id = ?2 WHERE l.id = ?1"
                               : "SELECT l.id, l.name, e.last_activity_ms FROM learners l "
                                 "JOIN enrolments e ON e.learner_id = l.id AND e.course_id = ?2 WHERE ?1 = ?1";
        SqliteStmt stmt(db, sql);
        if (!stmt.ok()) {
            error = db.errorMessage();
            return false;
        }
        stmt.bind(1, only).bind(2, courseId);
        int rc;
        while ((rc = stmt.step()) == SQLITE_ROW) {
            ProgressSnapshot& s = out[stmt.columnInt(0)];
            s.learner = stmt.columnInt(0);
            s.learnerName = stmt.columnText(1);
            s.courseId = courseId;
            s.lastActivityMs = stmt.columnInt(2);
        }
        if (rc != SQLITE_DONE) {
            error = db.errorMessage();
            return false;
        }
    }
    BulkLoader load(db, courseId, only, out);
    // `lectern report` reads files of older versions without migrating them (it never writes):
    // tables a later schema added are read only when they are there.
    const bool hasDrafts = [&] {
        SqliteStmt t(db, "SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'quiz_drafts'");
        return t.ok() && t.step() == SQLITE_ROW;
    }();
    return load.each(
               statement("load_section_progress"),
               [](ProgressSnapshot& s, SqliteStmt& r) {
                   SectionRef ref{r.columnText(1), r.columnText(2)};
                   if (!r.columnIsNull(3)) s.sectionsRead.insert(ref);
                   if (r.columnDouble(4) > 0) s.secondsOnSection[ref] = r.columnDouble(4);
               },
               error) &&
           load.each(
               statement("load_resume_points"),
               [](ProgressSnapshot& s, SqliteStmt& r) {
                   s.resume = ResumePoint{{r.columnText(1), r.columnText(2)}, float(r.columnDouble(3))};
               },
               error) &&
           load.each(
               statement("load_quiz_attempts"),
               [](ProgressSnapshot& s, SqliteStmt& r) {
                   s.quizAttempts[ProgressSnapshot::key(r.columnText(1), r.columnText(2))].push_back(
                       QuizAttempt{int(r.columnInt(3)), r.columnText(4), r.columnDouble(5), r.columnDouble(6),
                                   r.columnInt(7) != 0, r.columnInt(8)});
               },
               error) &&
           (!hasDrafts || load.each(
               statement("load_quiz_drafts"),
               [](ProgressSnapshot& s, SqliteStmt& r) {
                   s.quizDrafts[ProgressSnapshot::key(r.columnText(1), r.columnText(2))] = r.columnText(3);
               },
               error)) &&
           load.each(
               statement("load_reflection_revisions"),
               [](ProgressSnapshot& s, SqliteStmt& r) {
                   s.reflections[ProgressSnapshot::key(r.columnText(1), r.columnText(2))].push_back(
                       ReflectionRevision{r.columnText(3), r.columnInt(4)});
               },
               error) &&
           load.each(
               statement("load_bookmarks"),
               [](ProgressSnapshot& s, SqliteStmt& r) { s.bookmarks.insert({r.columnText(1), r.columnText(2)}); },
               error) &&
           load.each(
               statement("load_notes"),
               [](ProgressSnapshot& s, SqliteStmt& r) { s.notes[{r.columnText(1), r.columnText(2)}] = r.columnText(3); },
               error) &&
           load.each(
               statement("load_settings"),
               [](ProgressSnapshot& s, SqliteStmt& r) { s.settingsJson = r.columnText(1); },
               error);
}

bool loadSnapshot(SqliteDb& db, LearnerId learner, const std::string& courseId, ProgressSnapshot& s,
                  std::string& error) {
    std::map<LearnerId, ProgressSnapshot> one;
    if (!loadSnapshots(db, courseId, learner, one, error)) return false;
    auto it = one.find(learner);
    if (it == one.end()) {
        error = "there is no learner with id " + std::to_string(learner);
        return false;
    }
    s = std::move(it->second);
    return true;
}

} // namespace lectern::store
