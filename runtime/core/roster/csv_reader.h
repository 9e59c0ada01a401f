// An RFC 4180 CSV reader for rosters: fields separated by commas, records by LF or CRLF,
// double quotes around a field that holds commas, quotes ("" inside) or line breaks. The text
// must be UTF-8 (a byte-order mark at the start is skipped); UTF-16 (a BOM or NUL bytes) and
// invalid UTF-8 (a Windows-1252 / Latin-1 file) are refused with a message saying how to
// save the file as UTF-8. Fields are returned as given (never trimmed, never evaluated).
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lectern::roster {

struct CsvRecord {
    int row = 0;   // 1-based record number, header included: the row a spreadsheet shows
    int line = 0;  // 1-based line of the file where the record starts
    std::vector<std::string> fields;
};

struct CsvProblem {
    int row = 0;   // 0: the whole file (an encoding problem)
    std::string what;
};

struct CsvTable {
    std::vector<CsvRecord> records;       // empty lines are skipped
    std::optional<CsvProblem> problem;    // set: the file cannot be read; records is empty
};

CsvTable readCsv(std::string_view bytes);

// One field for writing: quoted when it holds a comma, a quote, CR or LF.
std::string csvField(std::string_view text);

// A spreadsheet never evaluates the cell: text starting with = + - @ (or a tab or CR) gets a
// leading apostrophe (OWASP "CSV injection"); a learner's name still reads the same.
std::string neutraliseFormula(std::string_view text);

} // namespace lectern::roster
