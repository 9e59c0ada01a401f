// Whether the progress file on disk is still the one the store has open (issue 11, item 3).
// A sync tool or a restored copy that replaces the file by rename leaves the open connection
// writing into the old, unlinked inode: every "saved" would be lost at the next start. The
// writer checks before and after each commit, and stops writing once the file is not its own.
#pragma once
#include "store/sqlite_db.h"

#include <string>
#include <sys/types.h>

namespace lectern::store {

struct FileIdentity {
    bool known = false;  // false: the path could not be stat()ed
    dev_t device = 0;
    ino_t inode = 0;
};

FileIdentity identityOfPath(const std::string& path);

// True when `path` no longer names the file `db` opened as `opened`: gone, or another device
// or inode, or SQLite's own check (SQLITE_FCNTL_HAS_MOVED) says the open file was moved.
bool progressFileWasReplaced(SqliteDb& db, const FileIdentity& opened, const std::string& path);

// What the learner reads when it happened: what, where their answers are, what to do.
std::string describeReplacedFile(const std::string& dbPath, const std::string& keptIn);

} // namespace lectern::store
