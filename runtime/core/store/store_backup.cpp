// Index
//   [SECTION] Names
//   [SECTION] Verify
//   [SECTION] Make and rotate
//   [SECTION] Set aside and restore
#include "store/store_backup.h"

#include "store/store_clock.h"
#include "platform/private_files.h"
#include "util/time_format.h"

#include <algorithm>
#include <cstdio>
#include <fcntl.h>
#include <filesystem>
#include <sqlite3.h>
#include <unistd.h>

namespace fs = std::filesystem;

namespace lectern::store {

//-----------------------------------------------------------------------------
// [SECTION] Names
//-----------------------------------------------------------------------------

// "<stem>-<compact utc>.db", e.g. progress-20261123T190211123Z.db
static std::string backupPrefix(const std::string& dbPath) { return fs::path(dbPath).stem().string() + "-"; }

std::vector<BackupFile> listBackups(const std::string& dir, const std::string& dbPath) {
    std::vector<BackupFile> out;
    std::error_code ec;
    std::string prefix = backupPrefix(dbPath);
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
        std::string name = it->path().filename().string();
        if (name.size() <= prefix.size() + 3 || name.rfind(prefix, 0) != 0 || it->path().extension() != ".db") continue;
        const std::optional<int64_t> t = util::parseCompactUtc(name.substr(prefix.size()));
        if (!t) continue;
        out.push_back({it->path().string(), *t});
    }
    std::sort(out.begin(), out.end(), [](const BackupFile& a, const BackupFile& b) {
        return a.timeMs != b.timeMs ? a.timeMs > b.timeMs : a.path > b.path;
    });
    return out;
}

//-----------------------------------------------------------------------------
// [SECTION] Verify
//-----------------------------------------------------------------------------

bool verifyDatabaseFile(const std::string& path, const char* check, std::string& error) {
    SqliteDb db;
    if (db.open(path, SQLITE_OPEN_READONLY, error) != SQLITE_OK) return false;
    auto result = db.queryText(std::string("PRAGMA ") + check, error);
    if (!result) return false;
    if (*result != "ok") {
        error = *result;
        return false;
    }
    return true;
}

//-----------------------------------------------------------------------------
// [SECTION] Make and rotate
//-----------------------------------------------------------------------------

static void syncFile(const std::string& path) {
    int fd = ::open(path.c_str(), O_RDONLY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

static void syncDir(const std::string& dir) { syncFile(dir.empty() ? "." : dir); }

bool makeBackup(SqliteDb& source, const std::string& dbPath, const std::string& dir, int keep, std::string& error,
                std::string* madePath) {
    std::error_code ec;
    platform::createPrivateDirectories(dir, ec);
    if (ec) {
        error = "cannot create the backup folder " + dir + ": " + ec.message();
        return false;
    }
    // Leftovers of a backup interrupted by a crash: never a valid backup, safe to remove.
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec))
        if (it->path().extension() == ".partial") fs::remove(it->path(), ec);

    int64_t t = nowMs();
    std::string finalPath = (fs::path(dir) / (backupPrefix(dbPath) + compactUtc(t) + ".db")).string();
    for (int n = 1; fs::exists(finalPath); ++n)  // two backups in the same millisecond
        finalPath = (fs::path(dir) / (backupPrefix(dbPath) + compactUtc(t + n) + ".db")).string();
    std::string tmpPath = finalPath + ".partial";

    {
        SqliteDb dest;
        if (!platform::createPrivateFile(tmpPath, error)) return false;  // 0600, like the database
        if (dest.open(tmpPath, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, error) != SQLITE_OK) return false;
        // The copy is a .partial file until verified and renamed, so a crash mid-copy costs
        // nothing: no journal, no syncs while copying; one fsync of the finished file below.
        std::string ignored;
        dest.exec("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF", ignored);
        sqlite3_backup* b = sqlite3_backup_init(dest.handle(), "main", source.handle(), "main");
        if (!b) {
            error = dest.errorMessage();
            dest.close();
            fs::remove(tmpPath, ec);
            return false;
        }
        int rc;
        while ((rc = sqlite3_backup_step(b, -1)) == SQLITE_BUSY || rc == SQLITE_LOCKED) sqlite3_sleep(20);
        sqlite3_backup_finish(b);
        if (rc != SQLITE_DONE) {
            error = std::string("backup failed: ") + sqlite3_errstr(rc);
            dest.close();
            fs::remove(tmpPath, ec);
            return false;
        }
        // A backup is a single self-contained file: no WAL to lose when it is copied around.
        dest.exec("PRAGMA journal_mode=DELETE", ignored);
    }
    if (!verifyDatabaseFile(tmpPath, "integrity_check", error)) {
        error = "the new backup failed its integrity check (" + error + "); older backups kept";
        fs::remove(tmpPath, ec);
        return false;
    }
    syncFile(tmpPath);
    fs::rename(tmpPath, finalPath, ec);
    if (ec) {
        error = "cannot rename the new backup: " + ec.message();
        fs::remove(tmpPath, ec);
        return false;
    }
    syncDir(dir);
    if (madePath) *madePath = finalPath;

    auto all = listBackups(dir, dbPath);
    for (size_t i = size_t(std::max(keep, 1)); i < all.size(); ++i) fs::remove(all[i].path, ec);
    return true;
}

//-----------------------------------------------------------------------------
// [SECTION] Set aside and restore
//-----------------------------------------------------------------------------

std::string setAside(const std::string& dbPath, std::string& error) {
    std::string suffix = ".damaged-" + compactUtc(nowMs());
    std::string target = dbPath + suffix;
    std::error_code ec;
    fs::rename(dbPath, target, ec);
    if (ec) {
        error = "cannot rename " + dbPath + ": " + ec.message();
        return {};
    }
    for (const char* companion : {"-wal", "-shm", "-journal"}) {
        if (fs::exists(dbPath + companion, ec)) fs::rename(dbPath + companion, target + companion, ec);
    }
    syncDir(fs::path(dbPath).parent_path().string());
    return target;
}

bool restoreBackup(const std::string& backupPath, const std::string& dbPath, std::string& error) {
    std::string tmp = dbPath + ".restoring";
    std::error_code ec;
    fs::remove(tmp, ec);
    fs::copy_file(backupPath, tmp, fs::copy_options::overwrite_existing, ec);
    if (ec) {
        error = "cannot copy the backup " + backupPath + ": " + ec.message();
        return false;
    }
    fs::permissions(tmp, fs::perms::owner_read | fs::perms::owner_write, ec);  // a backup of an older version may be 0644
    syncFile(tmp);
    fs::rename(tmp, dbPath, ec);
    if (ec) {
        error = "cannot put the backup in place: " + ec.message();
        return false;
    }
    syncDir(fs::path(dbPath).parent_path().string());
    return true;
}

} // namespace lectern::store
