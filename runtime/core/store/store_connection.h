// A second connection to the progress database, for work beside the ProgressStore's writer
// (profiles, PINs, rosters: session/profile_service.h, the roster commands). Both use WAL and
// the store's busy timeout, so they wait for each other instead of failing.
#pragma once
#include "store/sqlite_db.h"
#include "store/store_error.h"

#include <string>

namespace lectern::store {

// The schema version that brought profiles, PINs and sessions (006_profiles_pins_sessions.sql).
inline constexpr int kProfilesSchemaVersion = 6;

// Opens an existing database that the store already migrated (schema >= kProfilesSchemaVersion). Errors: NotFound,
// NewerSchema, NotLecternProgress (older: open it with ProgressStore::open first), Busy, ...
StoreResult<SqliteDb> openStoreConnection(const std::string& path);

// The StoreError for the connection's last failure, `what` saying what was being done
// ("Could not save the roster"): the code from SQLite, a message naming what to do.
StoreError lastError(SqliteDb& db, const std::string& what);

StoreStatus beginImmediate(SqliteDb& db);
StoreStatus commit(SqliteDb& db);
void rollback(SqliteDb& db);

// Runs `body` (returning StoreStatus) inside BEGIN IMMEDIATE ... COMMIT; rolls back when it
// fails, so a change goes in whole or not at all.
template <typename Body>
StoreStatus inTransaction(SqliteDb& db, Body&& body) {
    if (StoreStatus begun = beginImmediate(db); !begun) return begun;
    StoreStatus result = body();
    if (!result) {
        rollback(db);
        return result;
    }
    return commit(db);
}

} // namespace lectern::store
