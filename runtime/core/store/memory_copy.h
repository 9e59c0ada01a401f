// An in-memory copy of a progress database, brought to the latest schema there: what a dry run
// or an export works on when the file must not be written (or does not exist yet). The file
// is opened read-only (store/read/read_only_open.h) and never changed.
#pragma once
#include "store/sqlite_db.h"
#include "store/store_error.h"

#include <string>

namespace lectern::store {

// A missing file gives an empty database at the latest schema.
StoreResult<SqliteDb> openMemoryCopy(const std::string& path);

} // namespace lectern::store
