// The facilitator's figures: one query layer for the dashboard (facilitator mode), the HR
// export (`lectern report --format csv|json`, report/hr_export.h) and the item analysis
// (report/item_analysis.h), so the three always agree on the same data.
//
// Per learner and module of a course: a status, the best score, the time on task, the last
// activity and when it was completed; the same per learner for the whole course. Learners are
// those of the file that are not archived, enrolled or not (a roster's learner who never
// started is "not started"), filtered by group and onboarding session.
//
// Status (the facilitator's words, decided here once):
//   not_started  nothing read, no time, no quiz tried, no reflection written
//   in_progress  started, not complete under the course's completion rule
//   failed       not complete, and a quiz of it was tried and never passed (needs help)
//   completed    complete under the completion rule
//   passed       complete, and it has quizzes, every one passed
// The course: passed/completed when every module is, failed when a module is, else
// in_progress when any module is started.
//
// Score: the best attempt of each quiz (highest share of its maximum), summed over the quizzes
// of the module (or course) divided by their maximum marks, untried quizzes counting 0 of
// theirs; no value at all when no quiz of it was tried, or it has none.
// Completed at: the moment the last thing the completion rule asks for was done (the k-th
// section read, a quiz's first pass, a reflection's first non-blank revision).
//
// Index
//   [SECTION] Filter and errors
//   [SECTION] Figures
//   [SECTION] Loading
#pragma once
#include "course/document.h"
#include "store/read/room_reader.h"
#include "store/store_error.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace lectern::report {

//-----------------------------------------------------------------------------
// [SECTION] Filter and errors
//-----------------------------------------------------------------------------

struct RoomFilter {
    std::string group;       // empty: every group
    std::string session;     // empty: every learner; else that onboarding session's members
    std::string sessionDay;  // YYYY-MM-DD; empty: the session of that name with the latest day
};

//-----------------------------------------------------------------------------
// [SECTION] Figures
//-----------------------------------------------------------------------------

enum class Status { NotStarted, InProgress, Failed, Completed, Passed };
const char* statusWord(Status status);  // "not_started", "in_progress", "failed", "completed", "passed"

struct Figures {
    Status status = Status::NotStarted;
    std::optional<double> scorePercent;  // 0..100; none when no quiz was tried
    double secondsOnTask = 0;
    int64_t lastActivityMs = 0;  // 0: never
    int64_t completedAtMs = 0;   // 0: not complete (or nothing to time it by)
    int sectionsRead = 0, sectionsTotal = 0;
    int quizzesPassed = 0, quizzesTotal = 0;
    int attempts = 0;
};

struct QuizFigures {
    std::string quizId;
    int attempts = 0;
    std::optional<double> bestScore, maxScore;  // of the best attempt (highest share of its maximum)
    bool passed = false;                        // any attempt passed
};

struct ModuleFigures {
    std::string moduleId;
    std::string title;
    Figures figures;
    std::vector<QuizFigures> quizzes;  // in module order, tried or not
    int reflectionsWritten = 0;        // whose latest revision is not blank
};

struct LearnerFigures {
    LearnerId id = 0;
    std::string name;        // the unique profile name
    std::string uuid;        // empty before schema 4
    std::string fullName;    // as given; the profile name when none was given
    std::string externalId;  // empty: none
    std::string group;       // empty: none
    std::string session;     // the filter's session, else the learner's latest one; empty: none
    std::string sessionDay;
    std::string certificateCode;  // the latest certificate issued for the course; empty: none
    Figures course;
    std::vector<ModuleFigures> modules;  // in course order
};

// Per module, over the learners shown: how many are in each status, and the mean of the
// scores that exist (learners who tried no quiz of it are left out, not counted as 0).
struct ModuleTotals {
    std::string moduleId;
    int notStarted = 0, inProgress = 0, failed = 0, completed = 0, passed = 0;
    int learners = 0;                      // shown
    int scored = 0;                        // with a score
    std::optional<double> meanScorePercent;  // none when nobody has a score
    int done() const { return completed + passed; }  // "completed n/N" counts the passed too
};

struct RoomFigures {
    std::string courseId;
    std::string courseTitle;
    std::string dbPath;
    RoomFilter filter;
    std::vector<LearnerFigures> learners;  // by full name, then id
    std::vector<ModuleTotals> totals;      // in course order
};

//-----------------------------------------------------------------------------
// [SECTION] Loading
//-----------------------------------------------------------------------------

// The rows of the file (store/read/room_reader.h) with the filter applied: the learners kept,
// and the session each is shown in. What both roomFigures and the item analysis start from.
struct Room {
    std::string dbPath;
    RoomFilter filter;
    store::read::RoomRows rows;
    std::vector<size_t> shown;              // indexes into rows.learners, by full name then id
    // (a caller may choose others: then sessionOf and sessionDayOf must follow)
    std::vector<std::string> sessionOf;     // per shown learner: session name ("" none)
    std::vector<std::string> sessionDayOf;  // per shown learner: its day
};

// Errors: those of the read side (missing file, not a progress file, ...) and, code NotFound,
// a group or session the file does not have: the message names it and lists those it has.
store::StoreResult<Room> loadRoom(const std::string& dbPath, const Course& course, const RoomFilter& filter);

RoomFigures roomFigures(const Room& room, const Course& course);

// Both steps.
store::StoreResult<RoomFigures> makeRoomFigures(const std::string& dbPath, const Course& course,
                                                const RoomFilter& filter);

// The most a quiz can score: its questions' points (negative ones count 0).
double quizMaxPoints(const Quiz& quiz);

} // namespace lectern::report
