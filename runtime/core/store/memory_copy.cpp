#include "store/memory_copy.h"

#include "store/read/read_only_open.h"
#include "store/schema.h"
#include "store/store_connection.h"

#include <filesystem>
#include <sqlite3.h>

namespace lectern::store {

StoreResult<SqliteDb> openMemoryCopy(const std::string& path) {
    SqliteDb memory;
    std::string error;
    if (memory.open(":memory:", SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, error) != SQLITE_OK)
        return StoreError{StoreErrorCode::Internal, "Could not open an in-memory database: " + error};
    std::error_code ec;
    if (std::filesystem::exists(path, ec)) {
        auto source = read::openReadOnly(path);
        if (!source) return source.error();
        sqlite3_backup* copy = sqlite3_backup_init(memory.handle(), "main", source->db.handle(), "main");
        if (!copy) return lastError(memory, "Could not read " + path);
        int rc = sqlite3_backup_step(copy, -1);
        sqlite3_backup_finish(copy);
        if (rc != SQLITE_DONE)
            return StoreError{errorCodeFromSqlite(rc), "Could not read " + path + ": " + sqlite3_errstr(rc) + "."};
    }
    auto migrated = migrateToLatest(memory, path);
    if (!migrated) return migrated.error();
    std::string ignored;
    memory.exec("PRAGMA foreign_keys=ON", ignored);
    return memory;
}

} // namespace lectern::store
