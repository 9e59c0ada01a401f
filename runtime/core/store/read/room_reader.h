// The room as the facilitator sees it, read in bulk: every learner of the file with their
// profile (full name, group, external id, sessions) and their raw progress records in one
// course, a scan per table. The figures (status, scores, time, item analysis) are computed
// from these rows in core/report (report/room_data.h), never here: this layer only reads.
//
// Opens the file read-only like ProgressReader (store/read/progress_reader.h): never creates,
// migrates or writes it; columns and tables of a later schema are read only when present. A
// reflection's text never leaves SQLite (only whether its revision is blank), except, one
// learner at a time, the reflections that learner shared (readSharedReflections).
#pragma once
#include "store/progress.h"
#include "store/sqlite_db.h"
#include "store/store_error.h"

#include <cstdint>
#include <string>
#include <vector>

namespace lectern::store::read {

struct RoomLearnerRow {
    LearnerId id = 0;
    std::string name;        // the unique profile name
    std::string uuid;        // empty before schema 4
    std::string fullName;    // empty: none (before schema 6, or not set)
    std::string externalId;  // empty: none
    std::string group;       // empty: none
    int64_t archivedMs = 0;  // 0: active
    int64_t lastActivityMs = 0;  // in the course; 0: never
    bool enrolled = false;       // has an enrolment in the course
};

struct RoomSessionRow {
    int64_t id = 0;
    std::string name;
    std::string day;  // YYYY-MM-DD
};

struct RoomMemberRow {
    int64_t sessionId = 0;
    LearnerId learner = 0;
};

struct RoomSectionRow {
    LearnerId learner = 0;
    std::string moduleId, sectionId;
    int64_t readMs = 0;  // 0: not read
    double seconds = 0;
    int64_t lastWriteMs = 0;  // time of the event that last wrote the row
};

struct RoomAttemptRow {
    LearnerId learner = 0;
    std::string moduleId, quizId;
    int number = 0;
    std::string responsesJson;
    double score = 0, maxScore = 0;
    bool passed = false;
    int64_t timeMs = 0;
};

struct RoomRevisionRow {
    LearnerId learner = 0;
    std::string moduleId, reflectionId;
    int revision = 0;
    bool hasText = false;  // not blank
    int64_t timeMs = 0;
};

struct RoomCertificateRow {
    LearnerId learner = 0;
    std::string code;
    int64_t issuedMs = 0;
};

struct RoomRows {
    std::vector<RoomLearnerRow> learners;  // every learner of the file, archived too
    std::vector<RoomSessionRow> sessions;  // by day, then name
    std::vector<RoomMemberRow> members;
    std::vector<RoomSectionRow> sections;
    std::vector<RoomAttemptRow> attempts;    // by learner, module, quiz, number
    std::vector<RoomRevisionRow> revisions;  // by learner, module, reflection, revision
    std::vector<RoomCertificateRow> certificates;  // of the course, by learner, oldest first (schema 7)
};

// Errors as ProgressReader::open (NotFound, NotARegularFile, NotLecternProgress, NewerSchema,
// Busy, Damaged, ...), each naming the file and what to do.
StoreResult<RoomRows> readRoom(const std::string& dbPath, const std::string& courseId);

// A reflection the learner shared with the facilitator, as its latest revision says it.
struct SharedReflectionRow {
    std::string moduleId, reflectionId;
    std::string text;
    int64_t timeMs = 0;
};

// One learner's shared reflections in a course (the learner's detail in the dashboard): the
// only learner's text this layer reads, and only where the learner chose to share it. A file
// from before sharing existed (schema < 6) has none. Errors as readRoom.
StoreResult<std::vector<SharedReflectionRow>> readSharedReflections(const std::string& dbPath, const std::string& courseId,
                                                                   LearnerId learner);

} // namespace lectern::store::read
