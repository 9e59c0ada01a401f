#include "store/read/read_only_open.h"

#include "store/database_open.h"
#include "store/schema.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

namespace lectern::store::read {

namespace {

StoreError fail(StoreErrorCode code, std::string message) { return StoreError{code, std::move(message)}; }

const char* kindOf(mode_t mode) {
    if (S_ISDIR(mode)) return "a folder";
    if (S_ISFIFO(mode)) return "a named pipe (FIFO)";
    if (S_ISCHR(mode) || S_ISBLK(mode)) return "a device";
    if (S_ISSOCK(mode)) return "a socket";
    return "not a regular file";
}

// Reads the first 100 bytes (the SQLite header) without blocking: the path is known to be a
// regular file, and O_NONBLOCK guards against it being swapped for a FIFO meanwhile.
StoreResult<std::string> readHeader(const std::string& path) {
    int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd < 0) {
        int err = errno;
        if (err == EACCES || err == EPERM)
            return fail(StoreErrorCode::PermissionDenied,
                        "Cannot read the progress file " + path +
                            ": permission denied. Ask its owner for read access, or run the report as a user who "
                            "may read it. The file has not been changed.");
        return fail(StoreErrorCode::Io, "Cannot read the progress file " + path + ": " + std::strerror(err) + ".");
    }
    struct stat st {};
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        return fail(StoreErrorCode::NotARegularFile, "The progress file " + path + " is not a regular file.");
    }
    std::string header(100, '\0');
    ssize_t n = ::read(fd, header.data(), header.size());
    int err = errno;
    ::close(fd);
    if (n < 0)
        return fail(StoreErrorCode::Io, "Cannot read the progress file " + path + ": " + std::strerror(err) + ".");
    header.resize(size_t(n));
    return header;
}

} // namespace

StoreResult<ReadOnlyDatabase> openReadOnly(const std::string& path) {
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0) {
        int err = errno;
        if (err == ENOENT || err == ENOTDIR)
            return fail(StoreErrorCode::NotFound, "There is no progress file at " + path + ".");
        if (err == EACCES)
            return fail(StoreErrorCode::PermissionDenied,
                        "Cannot reach the progress file " + path +
                            ": permission denied on a folder on its path. Ask for access to the folder.");
        if (err == ELOOP)
            return fail(StoreErrorCode::NotFound,
                        "The progress file " + path + " is a symbolic link that loops back on itself.");
        return fail(StoreErrorCode::Io, "Cannot look at the progress file " + path + ": " + std::strerror(err) + ".");
    }
    if (!S_ISREG(st.st_mode))
        return fail(StoreErrorCode::NotARegularFile, "The progress file " + path + " is " + kindOf(st.st_mode) +
                                                         ", not a progress file. Pass the .db file Lectern wrote.");
    auto header = readHeader(path);
    if (!header) return header.error();
    if (header->empty())
        return fail(StoreErrorCode::NotLecternProgress,
                    "The file " + path + " is empty: it holds no Lectern progress yet.");
    if (header->size() < 16 || std::memcmp(header->data(), "SQLite format 3\0", 16) != 0)
        return fail(StoreErrorCode::NotADatabase,
                    "The file " + path + " is not a progress file (it is not an SQLite database). "
                                         "Pass the .db file Lectern wrote.");
    if (auto v = headerUserVersion(path); v && *v > latestSchemaVersion())
        return fail(StoreErrorCode::NewerSchema, newerDatabaseMessage(path, *v));

    ReadOnlyDatabase out;
    std::string error;
    int rc = out.db.open(path, SQLITE_OPEN_READONLY, error);
    if (rc != SQLITE_OK)
        return fail(errorCodeFromSqlite(rc), "Cannot read the progress file " + path + ": " + error + ".");
    sqlite3_busy_timeout(out.db.handle(), kBusyTimeoutMs);
    // The header may be stale when the newest page 1 sits in the WAL: ask SQLite too.
    auto version = out.db.queryInt("PRAGMA user_version", error);
    if (!version) {
        int code = out.db.extendedErrorCode();
        StoreErrorCode typed = errorCodeFromSqlite(code);
        std::string what = typed == StoreErrorCode::Busy
                               ? "another program holds it locked. Try again in a moment."
                           : typed == StoreErrorCode::PermissionDenied
                               ? "it needs recovery after a crash, which only a user who may write it can do: "
                                 "start Lectern on it once (" + error + ")."
                               : error + ".";
        return fail(typed, "Cannot read the progress file " + path + ": " + what);
    }
    if (*version > latestSchemaVersion()) return fail(StoreErrorCode::NewerSchema, newerDatabaseMessage(path, int(*version)));
    if (*version < 1)
        return fail(StoreErrorCode::NotLecternProgress,
                    "The file " + path + " holds no Lectern progress (it is an empty or another program's database).");
    out.schemaVersion = int(*version);
    return out;
}

} // namespace lectern::store::read
