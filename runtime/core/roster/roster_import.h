// Importing a checked roster into the database, whole or not at all: one transaction. A row
// is matched to a learner by external_id; a new one creates the learner; a changed name or
// group updates them; a PIN given sets it (hashed first, outside the transaction). The same
// file imported again changes nothing. A dry run computes the same counts and writes nothing.
// Runs on the caller's thread (the command line, or the profile service's worker).
#pragma once
#include "roster/roster_file.h"
#include "store/sqlite_db.h"
#include "store/store_error.h"
#include "store/profile_event_repository.h"

#include <string>

namespace lectern::roster {

struct ImportOptions {
    bool dryRun = false;
    std::string sessionName;  // with sessionDay: every learner of the roster joins that session
    std::string sessionDay;   // YYYY-MM-DD
    store::Actor actor = store::Actor::CommandLine;
};

struct ImportSummary {
    int added = 0;
    int updated = 0;     // name, group or PIN changed
    int unchanged = 0;
    int joinedSession = 0;
    // "N new, M updated, K unchanged"
    std::string line() const;
};

// A roster with errors is refused (nothing imported). Errors: the store's (Busy, DiskFull...), with
// nothing changed.
store::StoreResult<ImportSummary> importRoster(store::SqliteDb& db, const Roster& roster, const ImportOptions& options);

} // namespace lectern::roster
