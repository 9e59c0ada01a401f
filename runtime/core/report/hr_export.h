// The HR export: one record per learner and course (or per learner and module), computed from
// the facilitator's figures (report/room_figures.h), as CSV for a spreadsheet or JSON records
// with the same fields and the same values.
//
// Fields: external_id, full_name, group, session, course_id, course_title, [module_id,
// module_title,] status, completed_at (ISO 8601 UTC, seconds), score_percent (0..100, one
// decimal), time_on_task_minutes (one decimal), certificate_code.
//
// CSV: UTF-8 with a byte-order mark (spreadsheets then read accents right), RFC 4180 (CRLF,
// quotes doubled, a field quoted when it holds a comma, quote, CR or LF). A text cell that
// starts with = + - @ tab or CR is prefixed with a single quote so no spreadsheet runs it as a
// formula. Numbers are written as numbers (0 as 0); a cell is empty only where no value exists
// (no external id, no quiz tried, not completed, no certificate).
#pragma once
#include "report/room_figures.h"

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace lectern::report {

struct HrRecord {
    std::string externalId, fullName, group, session;
    std::string courseId, courseTitle;
    std::string moduleId, moduleTitle;  // per-module records only
    std::string status;                 // statusWord()
    std::string completedAt;            // empty: not completed
    std::optional<double> scorePercent;
    double timeOnTaskMinutes = 0;
    std::string certificateCode;        // empty: none issued
};

std::vector<HrRecord> hrRecords(const RoomFigures& room, bool perModule);

std::string hrCsv(const std::vector<HrRecord>& records, bool perModule);
nlohmann::ordered_json hrJson(const std::vector<HrRecord>& records, bool perModule);

// A text cell for a spreadsheet: neutralised against formulas, then quoted per RFC 4180.
std::string spreadsheetText(const std::string& text);

// A figure as the export writes it: one decimal, trailing zeros dropped, 0 as 0 (never "-0").
// The printed dashboard (report/report_pdf.h) uses it too, so paper and CSV show one number.
std::string hrNumber(double value);

// The ISO 8601 UTC form HR tools read: 2026-11-23T19:02:11Z.
std::string isoUtcSeconds(int64_t ms);

} // namespace lectern::report
