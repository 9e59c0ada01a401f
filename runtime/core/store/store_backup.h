// Rotating backups of the progress database, and the recovery steps that use them.
//
// A backup is made with the SQLite online backup API into a temporary file, checked with
// PRAGMA integrity_check, and only then renamed into place; only after that is the oldest
// backup beyond `keep` removed. So a failed or damaged copy never replaces a good one.
#pragma once
#include "store/sqlite_db.h"

#include <cstdint>
#include <string>
#include <vector>

namespace lectern::store {

struct BackupFile {
    std::string path;
    int64_t timeMs = 0;  // when it was taken (from its name)
};

// Backups in `dir` for the database file `dbPath`, newest first.
std::vector<BackupFile> listBackups(const std::string& dir, const std::string& dbPath);

// Copies `source` to a new verified backup in `dir`, then rotates. Returns false with a reason
// on failure; the existing backups are then untouched.
bool makeBackup(SqliteDb& source, const std::string& dbPath, const std::string& dir, int keep, std::string& error,
                std::string* madePath = nullptr);

// Opens `path` read-only and runs `check` ("integrity_check" or "quick_check"). True when "ok".
bool verifyDatabaseFile(const std::string& path, const char* check, std::string& error);

// Renames the database file and its -wal/-shm companions to <path>.damaged-<time>[-wal|-shm].
// Never deletes anything. Returns the new name of the main file, or empty on failure.
std::string setAside(const std::string& dbPath, std::string& error);

// Copies `backupPath` over `dbPath` (through a temporary file and a rename, so a crash
// leaves either the old state or the restored one).
bool restoreBackup(const std::string& backupPath, const std::string& dbPath, std::string& error);

} // namespace lectern::store
