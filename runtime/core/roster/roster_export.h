// Writing the roster back out: the same columns as the import (external_id, full_name, group),
// never a PIN or anything about one. Cells that a spreadsheet would evaluate (= + - @) are
// neutralised (csv_reader.h: neutraliseFormula), so an exported file re-imported keeps an
// apostrophe in such a name: said in docs/onboarding.md.
#pragma once
#include "store/sqlite_db.h"
#include "store/store_error.h"

#include <string>

namespace lectern::roster {

// Every active learner (sessionId 0) or the members of one session, CRLF line ends (RFC 4180).
store::StoreResult<std::string> exportRoster(store::SqliteDb& db, int64_t sessionId = 0);

} // namespace lectern::roster
