// A roster file: a header row naming the columns external_id, full_name, group and
// (optionally) pin, in any order and any case, then one learner per row. readRoster checks
// every row and reports each bad one as "FILE:ROW: error: WHAT" (ROW as a spreadsheet counts
// it, the header being row 1); a roster with any error is never imported.
#pragma once
#include "roster/csv_reader.h"

#include <string>
#include <vector>

namespace lectern::roster {

enum class PinCell {
    Keep,  // no pin column, an empty cell or "*": the learner's PIN stays as it is
    Set,   // 4 to 6 digits: the learner's PIN becomes this
};

struct RosterEntry {
    int row = 0;
    std::string externalId;
    std::string fullName;  // as given: any script, control characters, formulas: never evaluated
    std::string group;
    PinCell pinCell = PinCell::Keep;
    std::string pin;       // PinCell::Set only; the caller wipes it (sodium_memzero) after hashing
};

struct Roster {
    std::string file;                  // as named on the command line, for messages
    std::vector<RosterEntry> entries;
    std::vector<std::string> errors;   // "FILE:ROW: error: WHAT", in row order
    bool hasPinColumn = false;
    bool ok() const { return errors.empty(); }
    ~Roster();                         // wipes every PIN
};

// Reads `path` (errors name it as `shownName`, default the path).
void readRoster(const std::string& path, Roster& out, const std::string& shownName = {});
// The same from bytes already read.
void parseRoster(std::string_view bytes, const std::string& shownName, Roster& out);

} // namespace lectern::roster
