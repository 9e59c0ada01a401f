// The read side of the progress store: typed queries over a progress file, for `lectern
// report` and, later, the facilitator dashboard and the uploader. It opens the file read-only
// (SQLITE_OPEN_READONLY) and never creates, migrates or writes it, so it works on a file the
// user may read but not write, on a file of an older schema (tables and columns a later
// migration added are read only when present), and beside a running Lectern that is writing.
// Only regular files are opened: a folder, FIFO or device is refused with a message, never
// waited on.
//
// The SQL lives in store/sql/read.sql, read once by name.
//
// Index
//   [SECTION] Records
//   [SECTION] The reader
#pragma once
#include "course/document.h"
#include "store/progress.h"
#include "store/sqlite_db.h"
#include "store/store_error.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace lectern::store::read {

//-----------------------------------------------------------------------------
// [SECTION] Records
//-----------------------------------------------------------------------------

struct LearnerRecord {
    LearnerId id = 0;
    std::string name;
    int64_t createdMs = 0;
    int64_t lastActivityMs = 0;             // in the course asked about (learnersIn), else overall; 0 = never
    std::optional<std::string> uuid;        // when the file has the column (schema 4 on)
    std::optional<std::string> externalId;  // when the file has the column and it is set
};

enum class ModuleStatus { NotStarted, InProgress, Complete };
const char* statusName(ModuleStatus status);  // "not_started", "in_progress", "complete"

struct QuizProgressRecord {
    std::string quizId;
    int attempts = 0;
    std::optional<double> bestScore;  // of the best attempt (highest share of its maximum)
    std::optional<double> maxScore;
    bool passed = false;              // any attempt passed
};

// One learner in one module of the course, by the course's completion rule (progress_rules.h,
// the same the learner's own screen uses). Records of ids the course no longer has do not
// count here (see orphanedRecords).
struct ModuleProgressRecord {
    std::string moduleId;
    int sectionsRead = 0;
    int sectionsTotal = 0;
    double secondsOnTask = 0;
    int reflectionsWritten = 0;  // reflections with non-blank text
    std::vector<QuizProgressRecord> quizzes;  // in module order, tried or not
    ModuleStatus status = ModuleStatus::NotStarted;
};

struct LearnerProgressRecord {
    LearnerRecord learner;
    std::vector<ModuleProgressRecord> modules;  // in course order
};

struct AttemptRecord {
    LearnerId learner = 0;
    std::string moduleId;
    std::string quizId;
    int number = 0;  // 1-based per learner and quiz
    std::map<std::string, std::string> responses;  // question id -> the response as JSON text
    std::string responsesJson;                     // as stored
    double score = 0;
    double maxScore = 0;
    bool passed = false;
    int64_t timeMs = 0;
    int64_t eventSeq = 0;  // the event that recorded it
};

// One row of the append-only event log (xAPI-shaped; see store/sql/001_initial.sql).
struct EventRecord {
    int64_t seq = 0;  // the cursor: strictly increasing
    std::string uuid;
    LearnerId learner = 0;
    std::string courseId;
    std::string moduleId;
    std::string itemId;
    std::string objectId;
    std::string verb;
    std::string resultJson;
    int64_t timeMs = 0;
};

struct EventPage {
    std::vector<EventRecord> events;  // seq ascending, all > the cursor asked for
    int64_t nextCursor = 0;           // pass to the next eventsAfter (the last seq, or the cursor given)
    bool more = false;                // more events after this page
};

// Saved progress whose module, section, quiz or reflection no longer exists in the course
// (an author removed or renamed its id): kept, never deleted, listed for a facilitator.
struct OrphanedRecord {
    std::string kind;  // "section_progress", "quiz_attempt", "reflection_revision", "bookmark", "note", "resume_point"
    LearnerId learner = 0;
    std::string moduleId;
    std::string itemId;  // section, quiz or reflection id
    std::string reason;  // "module 'x' is no longer in the course" / "quiz 'q' is no longer in module 'x'"
    int64_t timeMs = 0;  // when the record was last written
};

//-----------------------------------------------------------------------------
// [SECTION] The reader
//-----------------------------------------------------------------------------

class ProgressReader {
public:
    // Errors: NotFound, NotARegularFile, PermissionDenied, NotADatabase, NotLecternProgress,
    // NewerSchema, Busy, Damaged, Io; each message names the file and says what to do.
    static StoreResult<ProgressReader> open(const std::string& path);

    const std::string& path() const { return m_path; }
    int schemaVersion() const { return m_version; }

    // Every learner in the file, by name.
    StoreResult<std::vector<LearnerRecord>> learners();
    // The learners enrolled in a course, by name, with their last activity in it.
    StoreResult<std::vector<LearnerRecord>> learnersIn(const std::string& courseId);

    // Per learner enrolled in the course (or only `only`), per module of the course.
    StoreResult<std::vector<LearnerProgressRecord>> progress(const Course& course, LearnerId only = 0);

    // Quiz attempts in the course with their responses, by learner, module, quiz, number.
    StoreResult<std::vector<AttemptRecord>> attempts(const std::string& courseId, LearnerId only = 0);

    // Events with seq > cursor, oldest first, at most pageSize (1..10000) of them.
    StoreResult<EventPage> eventsAfter(int64_t cursor, int pageSize = 500);

    StoreResult<std::vector<OrphanedRecord>> orphanedRecords(const Course& course);

    // Each learner's whole state in the course, as the learner's own screen loads it.
    StoreResult<std::map<LearnerId, ProgressSnapshot>> snapshots(const std::string& courseId, LearnerId only = 0);

private:
    ProgressReader() = default;
    StoreError failure(const std::string& what) const;
    bool hasColumn(const std::string& table, const std::string& column);
    std::string learnerSql(std::string_view statementName);

    SqliteDb m_db;
    std::string m_path;
    int m_version = 0;
};

} // namespace lectern::store::read
