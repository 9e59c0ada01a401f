#include "store/store_error.h"

#include <sqlite3.h>

namespace lectern::store {

const char* errorCodeName(StoreErrorCode code) {
    switch (code) {
    case StoreErrorCode::NotFound: return "not_found";
    case StoreErrorCode::NotARegularFile: return "not_a_regular_file";
    case StoreErrorCode::PermissionDenied: return "permission_denied";
    case StoreErrorCode::NotADatabase: return "not_a_database";
    case StoreErrorCode::NotLecternProgress: return "not_lectern_progress";
    case StoreErrorCode::NewerSchema: return "newer_schema";
    case StoreErrorCode::Damaged: return "damaged";
    case StoreErrorCode::Busy: return "busy";
    case StoreErrorCode::DiskFull: return "disk_full";
    case StoreErrorCode::Io: return "io";
    case StoreErrorCode::MigrationFailed: return "migration_failed";
    case StoreErrorCode::Internal: return "internal";
    }
    return "internal";
}

StoreErrorCode errorCodeFromSqlite(int rc) {
    switch (rc & 0xFF) {
    case SQLITE_NOTADB: return StoreErrorCode::NotADatabase;
    case SQLITE_CORRUPT: return StoreErrorCode::Damaged;
    case SQLITE_BUSY:
    case SQLITE_LOCKED: return StoreErrorCode::Busy;
    case SQLITE_FULL: return StoreErrorCode::DiskFull;
    case SQLITE_PERM:
    case SQLITE_AUTH:
    case SQLITE_READONLY:
    case SQLITE_CANTOPEN: return StoreErrorCode::PermissionDenied;
    case SQLITE_IOERR: return rc == SQLITE_IOERR_SHORT_READ ? StoreErrorCode::Damaged : StoreErrorCode::Io;
    default: return StoreErrorCode::Internal;
    }
}

} // namespace lectern::store
