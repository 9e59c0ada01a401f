#include "store/store_connection.h"

#include "platform/thread_role.h"
#include "store/database_open.h"
#include "store/save_errors.h"
#include "store/schema.h"

#include <filesystem>
#include <sqlite3.h>

namespace lectern::store {

StoreError lastError(SqliteDb& db, const std::string& what) {
    const int code = db.extendedErrorCode();
    return StoreError{errorCodeFromSqlite(code), what + ": " + db.errorMessage() + "."};
}

StoreResult<SqliteDb> openStoreConnection(const std::string& path) {
    assertNotUiThread("openStoreConnection");
    std::error_code ec;
    if (!std::filesystem::exists(path, ec))
        return StoreError{StoreErrorCode::NotFound, "There is no progress database at " + path + "."};
    if (!std::filesystem::is_regular_file(path, ec))
        return StoreError{StoreErrorCode::NotARegularFile, "The progress database " + path + " is not a regular file."};
    if (std::optional<int> version = headerUserVersion(path); version && *version > latestSchemaVersion())
        return StoreError{StoreErrorCode::NewerSchema, newerDatabaseMessage(path, *version)};
    SqliteDb db;
    std::string error;
    int rc = db.open(path, SQLITE_OPEN_READWRITE, error);
    if (rc == SQLITE_OK) rc = configureConnection(db, error);
    if (rc != SQLITE_OK)
        return StoreError{errorCodeFromSqlite(rc), describeOpenFailure(rc, error, path)};
    auto version = db.queryInt("PRAGMA user_version", error);
    if (!version) return lastError(db, "Could not read the progress database " + path);
    if (*version < kProfilesSchemaVersion)
        return StoreError{StoreErrorCode::NotLecternProgress,
                          "The progress database " + path + " has not been prepared for profiles yet (data format " +
                              std::to_string(*version) + "); open it with this version of Lectern first."};
    return db;
}

StoreStatus beginImmediate(SqliteDb& db) {
    std::string error;
    if (db.exec("BEGIN IMMEDIATE", error) != SQLITE_OK) return lastError(db, "Could not start saving");
    return done();
}

StoreStatus commit(SqliteDb& db) {
    std::string error;
    if (db.exec("COMMIT", error) != SQLITE_OK) {
        StoreError e = lastError(db, "Could not save");
        rollback(db);
        return e;
    }
    return done();
}

void rollback(SqliteDb& db) {
    std::string ignored;
    if (!sqlite3_get_autocommit(db.handle())) db.exec("ROLLBACK", ignored);
}

} // namespace lectern::store
