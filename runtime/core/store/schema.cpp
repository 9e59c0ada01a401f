#include "store/schema.h"

#include "store/database_file_read.h"
#include "store/embedded_sql.h"
#include "store/save_errors.h"

#include <cassert>
#include <fstream>
#include <sqlite3.h>

namespace lectern::store {

const std::vector<Migration>& migrations() {
    static const std::vector<Migration> list = {
        {1, "001_initial.sql"},
        {2, "002_event_indexes.sql"},
        {3, "003_quiz_drafts.sql"},
        {4, "004_learner_identity_and_statements.sql"},
        {5, "005_text_drafts.sql"},
        {6, "006_profiles_pins_sessions.sql"},
        {7, "007_certificates.sql"},
        {8, "008_outbox.sql"},
    };
    return list;
}

int latestSchemaVersion() { return migrations().back().version; }

std::optional<int> headerUserVersion(const std::string& path) {
    const DatabaseFileRead r = readDatabaseFile(path, 0, 64);  // never close()s a file in use
    if (r.bytes.size() < 64) return std::nullopt;
    const auto* header = reinterpret_cast<const unsigned char*>(r.bytes.data());
    if (std::string_view(r.bytes.data(), 16) != std::string_view("SQLite format 3\0", 16)) return std::nullopt;
    uint32_t v = (uint32_t(header[60]) << 24) | (uint32_t(header[61]) << 16) | (uint32_t(header[62]) << 8) | header[63];
    return int(int32_t(v));
}

std::string newerDatabaseMessage(const std::string& path, int version) {
    return "The progress file " + path + " was written by a newer version of Lectern (data format " +
           std::to_string(version) + "; this version reads up to " + std::to_string(latestSchemaVersion()) +
           "). It has not been changed. Update Lectern to continue with this progress.";
}

StoreResult<int> migrateToLatest(SqliteDb& db, const std::string& path) {
    std::string error;
    // Every failure rolls back: the file stays exactly as it was.
    auto fail = [&](StoreErrorCode code, const std::string& what) -> StoreError {
        std::string ignored;
        db.exec("ROLLBACK", ignored);
        return StoreError{code, "Could not prepare the progress file " + path + " for this version of Lectern: " + what};
    };
    auto sqliteFailure = [&](const std::string& what) -> StoreError {
        int code = db.extendedErrorCode();
        StoreError e = fail(errorCodeFromSqlite(code), "");
        e.message = describeOpenFailure(code, what + error, path);
        return e;
    };
    // IMMEDIATE: take the write lock before reading the version, so two processes starting
    // together cannot both run the same migration.
    if (db.exec("BEGIN IMMEDIATE", error) != SQLITE_OK) return sqliteFailure("");
    auto version = db.queryInt("PRAGMA user_version", error);
    if (!version) return sqliteFailure("");
    const int fromVersion = int(*version);
    if (fromVersion > latestSchemaVersion()) {
        StoreError newer = fail(StoreErrorCode::NewerSchema, "");
        newer.message = newerDatabaseMessage(path, fromVersion);
        return newer;
    }
    for (const Migration& m : migrations()) {
        if (m.version <= fromVersion) continue;
        std::string_view script = embedded::sql(m.file);
        assert(!script.empty() && "a migration listed in schema.cpp is missing from store/sql/");
        if (script.empty())
            return fail(StoreErrorCode::MigrationFailed,
                        std::string("migration ") + m.file + " is missing from this build. Nothing was changed; "
                                                              "install a complete copy of Lectern.");
        if (db.exec(script, error) != SQLITE_OK ||
            db.exec("PRAGMA user_version = " + std::to_string(m.version), error) != SQLITE_OK) {
            int code = db.extendedErrorCode();
            StoreErrorCode typed = errorCodeFromSqlite(code);
            if (typed == StoreErrorCode::Internal) typed = StoreErrorCode::MigrationFailed;
            return fail(typed, std::string(m.file) + ": " + error + ". Nothing was changed.");
        }
    }
    if (fromVersion < latestSchemaVersion()) {
        SqliteStmt meta(db, "INSERT INTO store_meta(key, value) VALUES('migrated_by', ?) "
                            "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
        meta.bind(1, std::string_view("lectern " LECTERN_VERSION));
        if (meta.step() != SQLITE_DONE) {
            error = db.errorMessage();
            return sqliteFailure("");
        }
    }
    if (db.exec("COMMIT", error) != SQLITE_OK) return sqliteFailure("");
    return fromVersion;
}

} // namespace lectern::store
