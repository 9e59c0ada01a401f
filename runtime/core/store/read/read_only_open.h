// Opening a progress file for reading only: checked before SQLite touches it (a regular file
// we may read, an SQLite header, not newer than this app), then opened SQLITE_OPEN_READONLY
// with a busy timeout. Never creates, migrates or writes the file.
#pragma once
#include "store/sqlite_db.h"
#include "store/store_error.h"

#include <string>

namespace lectern::store::read {

struct ReadOnlyDatabase {
    SqliteDb db;
    int schemaVersion = 0;
};

StoreResult<ReadOnlyDatabase> openReadOnly(const std::string& path);

} // namespace lectern::store::read
