// `lectern report`: per learner, how far they are through each module of a course, their best
// quiz results, reflections written and last activity. Built from the progress database (read
// only) and the course, using the same progress rules as the learner's own screen.
//
// Output: JSON for tools (toJson) and CSV for a spreadsheet (toCsv: RFC 4180, header row, one
// row per learner and module).
#pragma once
#include "course/document.h"
#include "store/progress.h"
#include "store/store_error.h"

#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace lectern::report {

struct QuizSummary {
    std::string quizId;
    std::string title;
    int attempts = 0;
    double bestScore = 0;  // of the best attempt (highest share of its maximum)
    double maxScore = 0;
    bool passed = false;   // any attempt passed
};

struct ModuleSummary {
    std::string moduleId;
    std::string title;
    int sectionsRead = 0;   // sections of the current module only; orphaned reads do not count
    int sectionsTotal = 0;
    double percentComplete = 0;  // sectionsRead / sectionsTotal * 100 (100 for a module without sections)
    bool complete = false;       // under the course's completion rule (progress_rules.h)
    int reflections = 0;         // reflections with text
    double secondsOnTask = 0;
    std::vector<QuizSummary> quizzes;  // in module order, tried or not
};

struct LearnerSummary {
    LearnerId id = 0;
    std::string name;
    std::string uuid;        // empty in a file from before schema 4
    std::string externalId;  // empty when not set
    int64_t lastActivityMs = 0;  // 0 = never
    int reflections = 0;
    size_t orphanedRecords = 0;
    std::vector<ModuleSummary> modules;  // in course order
};

struct ProgressReport {
    std::string courseId;
    std::string courseTitle;
    std::string dbPath;
    size_t orphanedRecords = 0;  // records kept for ids the course no longer has
    std::vector<LearnerSummary> learners;  // by name
};

// Reads `dbPath` read-only (never creates, migrates or writes it), through the store's read
// side. Errors (typed, with a message naming the file and what to do): missing, not a regular
// file, unreadable, not a progress file, newer than this app, damaged, locked.
store::StoreResult<ProgressReport> makeProgressReport(const std::string& dbPath, const Course& course);

// The same for callers that still take a message only (`lectern report` in runtime/app/cli).
bool buildProgressReport(const std::string& dbPath, const Course& course, ProgressReport& out, std::string& error);

// `records` (report/hr_export.h hrJson), when given, goes in as "records": the HR fields.
std::string toJson(const ProgressReport& report, const nlohmann::ordered_json* records = nullptr);
std::string toCsv(const ProgressReport& report);

// RFC 4180 field: quoted when it holds a comma, quote, CR or LF; quotes doubled.
std::string csvField(const std::string& text);

} // namespace lectern::report
