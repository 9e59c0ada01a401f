// Index
//   [SECTION] Checks on the file before SQLite touches it
//   [SECTION] Recovery: set aside, restore
//   [SECTION] Open
#include "store/database_open.h"

#include "i18n/tr.h"
#include "i18n/long_date.h"
#include "store/database_file_read.h"

#include "platform/private_files.h"
#include "store/save_errors.h"
#include "store/schema.h"
#include "store/store_backup.h"
#include "store/store_clock.h"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sqlite3.h>

namespace fs = std::filesystem;

namespace lectern::store {

// Every failed open says what kind of failure it was and what to do.
static void fail(StoreOpenReport& report, StoreErrorCode code, std::string message) {
    report.errorCode = code;
    report.error = std::move(message);
}

std::string backupDirFor(const StoreOpenOptions& options) {
    if (!options.backupDir.empty()) return options.backupDir;
    fs::path parent = fs::path(options.path).parent_path();
    return (parent.empty() ? fs::path("backups") : parent / "backups").string();
}

int configureConnection(SqliteDb& db, std::string& error) {
    sqlite3_busy_timeout(db.handle(), kBusyTimeoutMs);
    auto mode = db.queryText("PRAGMA journal_mode=WAL", error);
    if (!mode) return db.extendedErrorCode();
    if (*mode != "wal") {
        error = "the database could not switch to write-ahead logging (journal_mode=" + *mode + ")";
        return SQLITE_CANTOPEN;
    }
    // FULL: a commit is on disk (WAL fsynced) before the learner is told "Saved". The benchmark
    // (tests/bench/store_bench.cpp) measures its cost against NORMAL.
    int rc = db.exec("PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON;", error);
    return rc;
}

//-----------------------------------------------------------------------------
// [SECTION] Checks on the file before SQLite touches it
//-----------------------------------------------------------------------------

enum class FileState { Missing, Empty, LooksValid, NotAllowed, NotRegular, NotReadable, NotADatabase };
constexpr const char* kFolder = "a folder";  // NotRegular's `why` for a folder (the message says it in words)

static FileState inspectFile(const std::string& path, std::string& why) {
    std::error_code ec;
    auto status = fs::status(path, ec);
    if (!fs::exists(status)) return FileState::Missing;
    // A folder or FIFO is never opened (a FIFO would block the open for ever).
    if (!fs::is_regular_file(status)) {
        why = fs::is_directory(status) ? kFolder : "not a regular file";
        return FileState::NotRegular;
    }
    const DatabaseFileRead head = readDatabaseFile(path, 0, 16);  // never close()s a file in use
    if (!head.regular) {
        why = "not a regular file";
        return FileState::NotRegular;
    }
    if (head.error) {
        why = std::strerror(head.error);
        // Permission denied is not damage: the file may be another account's live progress.
        return head.error == EACCES || head.error == EPERM ? FileState::NotAllowed : FileState::NotReadable;
    }
    const char* header = head.bytes.data();
    if (head.bytes.empty()) {
        // An empty file is what SQLite itself leaves after creating a database and never writing:
        // only valid when there is no WAL holding its content.
        return fs::exists(path + "-wal", ec) ? FileState::LooksValid : FileState::Empty;
    }
    if (head.bytes.size() < 16 || std::memcmp(header, "SQLite format 3\0", 16) != 0) {
        why = "it is not an SQLite database";
        return FileState::NotADatabase;
    }
    return FileState::LooksValid;
}

constexpr uintmax_t kFullCheckMaxBytes = 64ull << 20;

static bool isDamageCode(int rc) {
    int primary = rc & 0xFF;
    return primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB || rc == SQLITE_IOERR_SHORT_READ;
}

//-----------------------------------------------------------------------------
// [SECTION] Recovery: set aside, restore
//-----------------------------------------------------------------------------

// True when every problem integrity_check lists is an index out of step with its table: the
// data is all there and REINDEX rebuilds the indexes from it.
static bool onlyIndexDamage(const std::string& checkResult) {
    if (checkResult.empty() || checkResult == "ok") return false;
    size_t start = 0;
    while (start < checkResult.size()) {
        size_t end = checkResult.find('\n', start);
        std::string line = checkResult.substr(start, end == std::string::npos ? std::string::npos : end - start);
        bool indexOnly = (line.rfind("row ", 0) == 0 && line.find(" missing from index ") != std::string::npos) ||
                         line.rfind("wrong # of entries in index ", 0) == 0 ||
                         line.rfind("non-unique entry in index ", 0) == 0;
        if (!indexOnly) return false;
        if (end == std::string::npos) break;
        start = end + 1;
    }
    return true;
}

// Index damage only: repair a copy of the damaged file with REINDEX (the damaged file itself
// stays as it was, set aside). True when the repaired copy passes integrity_check.
static bool repairIndexes(const std::string& damagedPath, const std::string& dbPath) {
    std::error_code ec;
    std::string tmp = dbPath + ".repairing";
    fs::remove(tmp, ec);
    fs::copy_file(damagedPath, tmp, ec);
    if (ec) return false;
    fs::permissions(tmp, fs::perms::owner_read | fs::perms::owner_write, ec);
    bool ok = false;
    {
        SqliteDb db;
        std::string error;
        if (db.open(tmp, SQLITE_OPEN_READWRITE, error) == SQLITE_OK && db.exec("REINDEX", error) == SQLITE_OK) {
            auto check = db.queryLines("PRAGMA integrity_check", error);
            ok = check && *check == "ok";
        }
    }
    if (ok) fs::rename(tmp, dbPath, ec);
    if (!ok || ec) fs::remove(tmp, ec);  // only our own copy
    return ok && !ec;
}

// Moves the damaged file aside. When only its indexes are damaged, a repaired copy takes its
// place; otherwise the newest backup that passes integrity_check does. With neither, a fresh
// database will be created. Returns false when even setting the file aside failed (then
// nothing else was done).
static bool recoverFromDamage(const StoreOpenOptions& options, const std::string& what, StoreOpenReport& report) {
    std::string error;
    std::string aside = setAside(options.path, error);
    if (aside.empty()) {
        // TRANSLATORS: %1$s the progress file, %2$s what is damaged, %3$s why it could not be moved (the system's words).
        fail(report, StoreErrorCode::Damaged,
             formatText(tr("The progress file %1$s is damaged (%2$s) and could not be set aside (%3$s). Nothing was "
                           "changed. Ask for write access to its folder, then start Lectern again."),
                        options.path.c_str(), what.c_str(), error.c_str()));
        return false;
    }
    if (onlyIndexDamage(what) && repairIndexes(aside, options.path)) {
        report.notices.push_back(formatText(tr("Your progress file had a damaged index; it was rebuilt and nothing "
                                               "was lost. The file as it was is kept as %s."),
                                            aside.c_str()));
        return true;
    }
    for (const BackupFile& backup : listBackups(backupDirFor(options), options.path)) {
        std::string verifyError;
        if (!verifyDatabaseFile(backup.path, "integrity_check", verifyError)) continue;
        if (!restoreBackup(backup.path, options.path, error)) continue;
        // TRANSLATORS: %1$s what was wrong (SQLite's words), %2$s the damaged file's new name, %3$s when the backup was made.
        report.notices.push_back(formatText(tr("Your progress file was damaged (%1$s). It was kept as %2$s, and your "
                                               "progress was restored from the backup of %3$s. Anything saved after "
                                               "that time may need to be done again."),
                                            what.substr(0, 200).c_str(), aside.c_str(),
                                            i18n::longDateTime(backup.timeMs).c_str()));
        return true;
    }
    report.notices.push_back(formatText(tr("Your progress file was damaged (%1$s) and no good backup was found. It was "
                                           "kept as %2$s for a technician to inspect; Lectern starts with a new, empty "
                                           "progress file."),
                                        what.substr(0, 200).c_str(), aside.c_str()));
    return true;
}

//-----------------------------------------------------------------------------
// [SECTION] Open
//-----------------------------------------------------------------------------

// One attempt: 1 = opened, 0 = the file is damaged (`damage` says how), -1 = a hard failure
// (report.error filled).
static int tryOpen(const StoreOpenOptions& options, SqliteDb& db, StoreOpenReport& report, std::string& damage) {
    const std::string& path = options.path;
    std::string why;
    switch (inspectFile(path, why)) {
    case FileState::NotAllowed:
        fail(report, StoreErrorCode::PermissionDenied,
             formatText(tr("Lectern may not read the progress file %1$s (%2$s). It is not damaged and has not been "
                           "touched. If it is yours, ask a technician to give your account access to it; otherwise "
                           "start Lectern with a progress file of your own."),
                        path.c_str(), why.c_str()));
        return -1;
    case FileState::NotRegular:
        fail(report, StoreErrorCode::NotARegularFile,
             formatText(why == kFolder ? tr("The progress file %s is a folder, not a progress file. Nothing was changed. "
                                            "Remove it or start Lectern with another progress file.")
                                       : tr("The progress file %s is not a regular file (a device or a pipe), so it is "
                                            "not a progress file. Nothing was changed. Remove it or start Lectern "
                                            "with another progress file."),
                        path.c_str()));
        return -1;
    case FileState::NotReadable: damage = "it could not be read: " + why; return 0;
    case FileState::NotADatabase: damage = why; return 0;
    case FileState::Empty:
        // SQLite would take an empty file for a new database. With backups beside it, it is a
        // file that lost its content (truncated), not a new one.
        if (!listBackups(backupDirFor(options), path).empty()) {
            damage = "the file is empty";
            return 0;
        }
        break;
    default: break;
    }
    if (auto v = headerUserVersion(path); v && *v > latestSchemaVersion()) {
        fail(report, StoreErrorCode::NewerSchema, newerDatabaseMessage(path, *v));
        return -1;
    }

    std::string error;
    // A new file is made 0600 before SQLite opens it: SQLite gives -wal and -shm the mode of
    // the database, so they are private too.
    std::error_code existsError;
    if (!fs::exists(path, existsError) && !platform::createPrivateFile(path, error)) {
        fail(report, StoreErrorCode::PermissionDenied, describeOpenFailure(SQLITE_CANTOPEN, error, path));
        return -1;
    }
    int rc = db.open(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, error);
    if (rc != SQLITE_OK) {
        if (isDamageCode(rc)) {
            damage = error;
            return 0;
        }
        fail(report, errorCodeFromSqlite(rc), describeOpenFailure(rc, error, path));
        return -1;
    }
    sqlite3_busy_timeout(db.handle(), kBusyTimeoutMs);
    // quick_check skips the cross-check of indexes against tables; a learner's file is small
    // enough for the full integrity_check (milliseconds), a large shared one gets quick_check.
    std::error_code sizeError;
    auto size = fs::file_size(path, sizeError);
    const char* checkSql = !sizeError && size > kFullCheckMaxBytes ? "PRAGMA quick_check" : "PRAGMA integrity_check";
    auto check = db.queryLines(checkSql, error);
    if (!check || *check != "ok") {
        int code = db.extendedErrorCode();
        if (!check && !isDamageCode(code)) {
            db.close();
            fail(report, errorCodeFromSqlite(code), describeOpenFailure(code, error, path));
            return -1;
        }
        damage = check ? *check : error;
        db.close();
        return 0;
    }
    // The header may be stale when the newest page 1 sits in the WAL: ask SQLite too.
    if (auto v = db.queryInt("PRAGMA user_version", error); v && *v > latestSchemaVersion()) {
        db.close();
        fail(report, StoreErrorCode::NewerSchema, newerDatabaseMessage(path, int(*v)));
        return -1;
    }
    rc = configureConnection(db, error);
    if (rc != SQLITE_OK) {
        db.close();
        if (isDamageCode(rc)) {
            damage = error;
            return 0;
        }
        fail(report, errorCodeFromSqlite(rc), describeOpenFailure(rc, error, path));
        return -1;
    }
    return 1;
}

bool openProgressDatabase(const StoreOpenOptions& options, SqliteDb& db, StoreOpenReport& report) {
    report = StoreOpenReport{};
    if (options.path.empty()) {
        fail(report, StoreErrorCode::NotFound, tr("No progress file was given."));
        return false;
    }
    std::error_code ec;
    fs::path folder = fs::path(options.path).parent_path();
    if (!folder.empty()) {
        platform::createPrivateDirectories(folder, ec);
        if (ec) {
            fail(report, StoreErrorCode::PermissionDenied,
                 formatText(tr("Cannot create the folder %1$s for learner progress (%2$s). Ask for write access, or "
                               "start Lectern with a progress file in a folder you own."),
                            folder.string().c_str(), ec.message().c_str()));
            return false;
        }
    }

    // A missing file with backups beside it went missing (deleted, or a sync tool lost it): the
    // learner's work is in the newest backup, so bring it back rather than start empty. To
    // really start afresh, remove the whole folder.
    if (!fs::exists(options.path, ec) && !fs::exists(options.path + "-wal", ec)) {
        for (const BackupFile& backup : listBackups(backupDirFor(options), options.path)) {
            std::string verifyError, error;
            if (!verifyDatabaseFile(backup.path, "integrity_check", verifyError)) continue;
            if (!restoreBackup(backup.path, options.path, error)) continue;
            // TRANSLATORS: %1$s the progress file, %2$s when the backup was made.
            report.notices.push_back(formatText(tr("Your progress file %1$s was missing. Your progress was restored "
                                                   "from the backup of %2$s. Anything saved after that time may need "
                                                   "to be done again."),
                                                options.path.c_str(), i18n::longDateTime(backup.timeMs).c_str()));
            break;
        }
    }

    // SQLite removes -shm together with -wal when the last connection closes cleanly; a -shm
    // left alone means the -wal of a crashed session was deleted, and with it its changes.
    if (fs::exists(options.path, ec) && fs::exists(options.path + "-shm", ec) && !fs::exists(options.path + "-wal", ec))
        report.notices.push_back(formatText(tr("The file of recent changes beside your progress file (%s-wal) is "
                                               "missing, so the latest answers from before Lectern last stopped may "
                                               "be lost. Everything else was kept."),
                                            options.path.c_str()));

    std::string damage;
    int opened = tryOpen(options, db, report, damage);
    if (opened == 0) {
        if (!recoverFromDamage(options, damage, report)) return false;
        damage.clear();
        opened = tryOpen(options, db, report, damage);
        if (opened == 0) {
            fail(report, StoreErrorCode::Damaged,
                 formatText(tr("The progress file %1$s is still damaged after recovery (%2$s). Nothing was deleted; ask "
                               "a technician to look at the backups folder."),
                            options.path.c_str(), damage.c_str()));
            return false;
        }
    }
    if (opened < 0) return false;

    std::string error;
    auto version = db.queryInt("PRAGMA user_version", error);
    int found = version ? int(*version) : 0;
    std::string backupDir = backupDirFor(options);
    if (found > 0 && found < latestSchemaVersion()) {
        // Keep the old format too: a migration is the one moment a whole file changes shape.
        std::string made;
        if (!makeBackup(db, options.path, backupDir, options.backupsKept + 1, error, &made)) {
            db.close();
            fail(report, StoreErrorCode::Io,
                 formatText(tr("Could not back up the progress file before upgrading it (%s). It has not been changed. "
                               "Free some disk space and start Lectern again."),
                            error.c_str()));
            return false;
        }
    }
    auto migrated = migrateToLatest(db, options.path);
    if (!migrated) {
        db.close();
        fail(report, migrated.error().code, migrated.error().message);
        return false;
    }
    const int from = *migrated;
    if (from > 0 && from < latestSchemaVersion())
        report.notices.push_back(formatText(tr("Your progress file was upgraded to this version of Lectern (data "
                                               "format %1$d to %2$d); a copy of the old file is in %3$s."),
                                            from, latestSchemaVersion(), backupDir.c_str()));

    if (!makeBackup(db, options.path, backupDir, options.backupsKept, error))
        report.notices.push_back(formatText(tr("Could not make the start-up backup of your progress (%s). Your "
                                               "progress is still saved; Lectern will try again later."),
                                            error.c_str()));
    report.ok = true;
    return true;
}

} // namespace lectern::store
