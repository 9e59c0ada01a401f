// Opening the progress database safely: refuse a newer file untouched, check an existing one,
// set a damaged or unreadable one aside and restore the newest good backup, apply pending
// migrations, and take the start-up backup. Everything it did is told in the report.
#pragma once
#include "store/progress_store.h"
#include "store/sqlite_db.h"

namespace lectern::store {

// The backup folder for `options` (its backupDir, or <folder of path>/backups).
std::string backupDirFor(const StoreOpenOptions& options);

// On success `db` is open in WAL mode at the latest schema and report.ok is true.
// On failure report.error says what is wrong and what to do; nothing was deleted or altered
// beyond setting a damaged file aside.
bool openProgressDatabase(const StoreOpenOptions& options, SqliteDb& db, StoreOpenReport& report);

// Connection settings every store connection uses (WAL, synchronous, busy timeout, keys).
int configureConnection(SqliteDb& db, std::string& error);

constexpr int kBusyTimeoutMs = 5000;

} // namespace lectern::store
