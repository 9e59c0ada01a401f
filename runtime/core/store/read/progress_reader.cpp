// Index
//   [SECTION] Open
//   [SECTION] Learners
//   [SECTION] Progress per learner and module
//   [SECTION] Attempts, events
//   [SECTION] Orphaned records
#include "store/read/progress_reader.h"

#include "progress_rules/progress_rules.h"
#include "store/read/read_only_open.h"
#include "store/snapshot_state.h"
#include "store/statements.h"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <sqlite3.h>

namespace lectern::store::read {

namespace {
std::string_view sql(std::string_view name) { return statementIn("read.sql", name); }
} // namespace

const char* statusName(ModuleStatus status) {
    switch (status) {
    case ModuleStatus::NotStarted: return "not_started";
    case ModuleStatus::InProgress: return "in_progress";
    case ModuleStatus::Complete: return "complete";
    }
    return "not_started";
}

//-----------------------------------------------------------------------------
// [SECTION] Open
//-----------------------------------------------------------------------------

StoreResult<ProgressReader> ProgressReader::open(const std::string& path) {
    auto opened = openReadOnly(path);
    if (!opened) return opened.error();
    ProgressReader reader;
    reader.m_db = std::move(opened->db);
    reader.m_path = path;
    reader.m_version = opened->schemaVersion;
    return reader;
}

StoreError ProgressReader::failure(const std::string& what) const {
    int code = m_db.extendedErrorCode();
    StoreErrorCode typed = errorCodeFromSqlite(code);
    std::string hint = typed == StoreErrorCode::Busy ? " Another program holds it locked; try again in a moment."
                       : typed == StoreErrorCode::Damaged
                           ? " The file is damaged: start Lectern on it to restore its latest backup."
                           : "";
    return StoreError{typed, "Cannot read " + what + " from the progress file " + m_path + ": " + m_db.errorMessage() +
                                 "." + hint};
}

bool ProgressReader::hasColumn(const std::string& table, const std::string& column) {
    SqliteStmt stmt(m_db, "SELECT 1 FROM pragma_table_info(?1) WHERE name = ?2");
    if (!stmt.ok()) return false;
    stmt.bind(1, table).bind(2, column);
    return stmt.step() == SQLITE_ROW;
}

//-----------------------------------------------------------------------------
// [SECTION] Learners
//-----------------------------------------------------------------------------

// The learner statement with the identity columns migration 004 adds, or NULL before it.
std::string ProgressReader::learnerSql(std::string_view statementName) {
    std::string text(sql(statementName));
    auto fill = [&](const std::string& placeholder, const std::string& column) {
        size_t at = text.find(placeholder);
        if (at != std::string::npos)
            text.replace(at, placeholder.size(), hasColumn("learners", column) ? "l." + column : "NULL");
    };
    fill("{uuid}", "uuid");
    fill("{external_id}", "external_id");
    return text;
}

namespace {
LearnerRecord learnerFrom(SqliteStmt& row) {
    LearnerRecord l;
    l.id = row.columnInt(0);
    l.name = row.columnText(1);
    l.createdMs = row.columnInt(2);
    l.lastActivityMs = row.columnInt(3);
    if (!row.columnIsNull(4)) l.uuid = row.columnText(4);
    if (!row.columnIsNull(5) && !row.columnText(5).empty()) l.externalId = row.columnText(5);
    return l;
}
} // namespace

StoreResult<std::vector<LearnerRecord>> ProgressReader::learners() {
    SqliteStmt stmt(m_db, learnerSql("read_learners"));
    if (!stmt.ok()) return failure("the learners");
    std::vector<LearnerRecord> out;
    int rc;
    while ((rc = stmt.step()) == SQLITE_ROW) out.push_back(learnerFrom(stmt));
    if (rc != SQLITE_DONE) return failure("the learners");
    return out;
}

StoreResult<std::vector<LearnerRecord>> ProgressReader::learnersIn(const std::string& courseId) {
    SqliteStmt stmt(m_db, learnerSql("read_learners_in_course"));
    if (!stmt.ok()) return failure("the learners");
    stmt.bind(1, courseId);
    std::vector<LearnerRecord> out;
    int rc;
    while ((rc = stmt.step()) == SQLITE_ROW) out.push_back(learnerFrom(stmt));
    if (rc != SQLITE_DONE) return failure("the learners");
    return out;
}

StoreResult<std::map<LearnerId, ProgressSnapshot>> ProgressReader::snapshots(const std::string& courseId,
                                                                             LearnerId only) {
    std::map<LearnerId, ProgressSnapshot> out;
    std::string error;
    if (!loadSnapshots(m_db, courseId, only, out, error)) return failure("the learners' progress");
    return out;
}

//-----------------------------------------------------------------------------
// [SECTION] Progress per learner and module
//-----------------------------------------------------------------------------

namespace {

bool hasText(const std::string& text) { return text.find_first_not_of(" \t\r\n") != std::string::npos; }

ModuleProgressRecord moduleRecord(const Module& module, const CompletionRule& rule, const ProgressSnapshot& s) {
    ModuleProgressRecord m;
    m.moduleId = module.meta.id;
    ModuleProgress progress = moduleProgress(module, rule, s);
    m.sectionsTotal = int(module.sections.size());
    for (const Section& section : module.sections) {
        SectionRef ref{module.meta.id, section.id};
        if (s.sectionsRead.count(ref)) ++m.sectionsRead;
        auto it = s.secondsOnSection.find(ref);
        if (it != s.secondsOnSection.end()) m.secondsOnTask += it->second;
    }
    for (const Reflection& r : module.reflections)
        if (hasText(s.reflectionText(module.meta.id, r.id))) ++m.reflectionsWritten;
    for (const Quiz& quiz : module.quizzes) {
        QuizProgressRecord q;
        q.quizId = quiz.id;
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
    m.status = progress.complete ? ModuleStatus::Complete
               : progress.started ? ModuleStatus::InProgress
                                  : ModuleStatus::NotStarted;
    return m;
}

} // namespace

StoreResult<std::vector<LearnerProgressRecord>> ProgressReader::progress(const Course& course, LearnerId only) {
    auto who = learnersIn(course.id);
    if (!who) return who.error();
    auto states = snapshots(course.id, only);
    if (!states) return states.error();
    std::vector<LearnerProgressRecord> out;
    for (LearnerRecord& learner : *who) {
        if (only && learner.id != only) continue;
        auto s = states->find(learner.id);
        if (s == states->end()) continue;
        LearnerProgressRecord record;
        record.learner = std::move(learner);
        for (const auto& module : course.modules)
            if (module) record.modules.push_back(moduleRecord(*module, course.completion, s->second));
        out.push_back(std::move(record));
    }
    return out;
}

//-----------------------------------------------------------------------------
// [SECTION] Attempts, events
//-----------------------------------------------------------------------------

StoreResult<std::vector<AttemptRecord>> ProgressReader::attempts(const std::string& courseId, LearnerId only) {
    SqliteStmt stmt(m_db, sql("read_attempts"));
    if (!stmt.ok()) return failure("the quiz attempts");
    stmt.bind(1, courseId).bind(2, only);
    std::vector<AttemptRecord> out;
    int rc;
    while ((rc = stmt.step()) == SQLITE_ROW) {
        AttemptRecord a;
        a.learner = stmt.columnInt(0);
        a.moduleId = stmt.columnText(1);
        a.quizId = stmt.columnText(2);
        a.number = int(stmt.columnInt(3));
        a.responsesJson = stmt.columnText(4);
        a.score = stmt.columnDouble(5);
        a.maxScore = stmt.columnDouble(6);
        a.passed = stmt.columnInt(7) != 0;
        a.timeMs = stmt.columnInt(8);
        a.eventSeq = stmt.columnInt(9);
        // A response that is not a JSON object (never written by this app) leaves the map empty;
        // responsesJson still has it as stored.
        auto parsed = nlohmann::json::parse(a.responsesJson, nullptr, false);
        if (parsed.is_object())
            for (auto& [question, response] : parsed.items())
                a.responses[question] = response.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
        out.push_back(std::move(a));
    }
    if (rc != SQLITE_DONE) return failure("the quiz attempts");
    return out;
}

StoreResult<EventPage> ProgressReader::eventsAfter(int64_t cursor, int pageSize) {
    pageSize = std::clamp(pageSize, 1, 10000);
    SqliteStmt stmt(m_db, sql("read_events_after"));
    if (!stmt.ok()) return failure("the events");
    stmt.bind(1, cursor).bind(2, pageSize + 1);  // one more tells whether there are more
    EventPage page;
    page.nextCursor = cursor;
    int rc;
    while ((rc = stmt.step()) == SQLITE_ROW) {
        if (int(page.events.size()) == pageSize) {
            page.more = true;
            continue;
        }
        EventRecord e;
        e.seq = stmt.columnInt(0);
        e.uuid = stmt.columnText(1);
        e.learner = stmt.columnInt(2);
        e.courseId = stmt.columnText(3);
        e.moduleId = stmt.columnText(4);
        e.itemId = stmt.columnText(5);
        e.objectId = stmt.columnText(6);
        e.verb = stmt.columnText(7);
        e.resultJson = stmt.columnText(8);
        e.timeMs = stmt.columnInt(9);
        page.nextCursor = e.seq;
        page.events.push_back(std::move(e));
    }
    if (rc != SQLITE_DONE) return failure("the events");
    return page;
}

//-----------------------------------------------------------------------------
// [SECTION] Orphaned records
//-----------------------------------------------------------------------------

namespace {

enum class ItemKind { Section, Quiz, Reflection };

const Module* moduleById(const Course& course, const std::string& id) {
    for (const auto& m : course.modules)
        if (m && m->meta.id == id) return m.get();
    return nullptr;
}

bool moduleHas(const Module& m, ItemKind kind, const std::string& id) {
    auto has = [&](const auto& items) {
        return std::any_of(items.begin(), items.end(), [&](const auto& item) { return item.id == id; });
    };
    switch (kind) {
    case ItemKind::Section: return has(m.sections);
    case ItemKind::Quiz: return has(m.quizzes);
    case ItemKind::Reflection: return has(m.reflections);
    }
    return false;
}

const char* kindWord(ItemKind kind) {
    switch (kind) {
    case ItemKind::Section: return "section";
    case ItemKind::Quiz: return "quiz";
    case ItemKind::Reflection: return "reflection";
    }
    return "item";
}

struct RecordSource {
    const char* kind;       // OrphanedRecord::kind
    ItemKind item;
    const char* statement;  // in read.sql
};

const RecordSource kRecordSources[] = {
    {"section_progress", ItemKind::Section, "records_section_progress"},
    {"resume_point", ItemKind::Section, "records_resume_point"},
    {"quiz_attempt", ItemKind::Quiz, "records_quiz_attempt"},
    {"reflection_revision", ItemKind::Reflection, "records_reflection_revision"},
    {"bookmark", ItemKind::Section, "records_bookmark"},
    {"note", ItemKind::Section, "records_note"},
};

} // namespace

StoreResult<std::vector<OrphanedRecord>> ProgressReader::orphanedRecords(const Course& course) {
    std::vector<OrphanedRecord> out;
    for (const RecordSource& source : kRecordSources) {
        SqliteStmt stmt(m_db, sql(source.statement));
        if (!stmt.ok()) return failure("the saved records");
        stmt.bind(1, course.id);
        int rc;
        while ((rc = stmt.step()) == SQLITE_ROW) {
            std::string moduleId = stmt.columnText(1), itemId = stmt.columnText(2);
            const Module* module = moduleById(course, moduleId);
            std::string reason;
            if (!module) reason = "module '" + moduleId + "' is no longer in the course";
            else if (!moduleHas(*module, source.item, itemId))
                reason = std::string(kindWord(source.item)) + " '" + itemId + "' is no longer in module '" + moduleId + "'";
            if (reason.empty()) continue;
            out.push_back({source.kind, stmt.columnInt(0), moduleId, itemId, reason, stmt.columnInt(3)});
        }
        if (rc != SQLITE_DONE) return failure("the saved records");
    }
    return out;
}

} // namespace lectern::store::read
