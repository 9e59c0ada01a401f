// The database schema and its migrations. Each store/sql/NNN_*.sql file moves the schema from
// version NNN-1 to NNN; the version lives in PRAGMA user_version. A file newer than this app
// (user_version above latestSchemaVersion()) is refused and never altered.
#pragma once
#include "store/sqlite_db.h"
#include "store/store_error.h"

#include <optional>
#include <string>
#include <vector>

namespace lectern::store {

struct Migration {
    int version;       // the user_version after it ran
    const char* file;  // in store/sql/, embedded at build time
};

const std::vector<Migration>& migrations();
int latestSchemaVersion();

// user_version read straight from the file header (offset 60, big-endian), without SQLite, so a
// newer file can be refused before any connection could touch it. nullopt when the file is
// missing, unreadable or shorter than a header.
std::optional<int> headerUserVersion(const std::string& path);

// Brings an open database up to latestSchemaVersion() in one transaction (all or nothing).
// Returns the version found. Errors: NewerSchema (nothing changed), MigrationFailed (a script
// failed, rolled back), or the code of the SQLite failure (Busy, DiskFull, ...). Messages name
// `path` and say what to do.
StoreResult<int> migrateToLatest(SqliteDb& db, const std::string& path);

// The message shown when a file is newer than this app.
std::string newerDatabaseMessage(const std::string& path, int version);

} // namespace lectern::store
