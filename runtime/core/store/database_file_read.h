// Reading a progress file's bytes directly (its header, or all of it for an in-memory copy)
// without ever closing a descriptor of it while it may be in use.
//
// Why: POSIX advisory locks belong to the process, and close() of ANY descriptor of a file drops
// all of them, SQLite's own connections' locks included (sqlite.org/howtocorrupt.html, 2.2).
// Another process (sqlite3, `lectern report`) then sees no one using the file, checkpoints and
// deletes its -wal and -shm: this process's connections go on writing to deleted files, and each
// new connection fails with "disk I/O error". The app read a header while its writer was open
// (the sync worker, each cycle), so the outbox stopped sending until restart.
//
// So each file is opened once per process and its descriptor kept, until the file has no name
// left (deleted: no connection can be hurt any more).
#pragma once
#include <cstddef>
#include <string>

namespace lectern::store {

struct DatabaseFileRead {
    int error = 0;         // errno of stat/open/read; 0 when read
    bool regular = true;   // false: a folder, FIFO or device (never opened)
    std::string bytes;     // up to `length` bytes from `offset` (fewer at the end of the file)
};

DatabaseFileRead readDatabaseFile(const std::string& path, size_t offset, size_t length);

// The same into `buffer` (an in-memory copy of a whole file): the bytes read, or -1 with `error`
// set (errno; EISDIR-like cases as ENODEV for a file that is not regular).
long long readDatabaseFileInto(const std::string& path, size_t offset, void* buffer, size_t length, int& error);

} // namespace lectern::store
