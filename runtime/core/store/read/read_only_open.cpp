#include "store/read/read_only_open.h"

#include "store/database_file_read.h"
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
    const DatabaseFileRead r = readDatabaseFile(path, 0, 100);  // never close()s a file in use
    if (!r.regular) return fail(StoreErrorCode::NotARegularFile, "The progress file " + path + " is not a regular file.");
    if (r.error == EACCES || r.error == EPERM)
        return fail(StoreErrorCode::PermissionDenied,
                    "Cannot read the progress file " + path +
                        ": permission denied. Ask its owner for read access, or run the report as a user who "
                        "may read it. The file has not been changed.");
    if (r.error) return fail(StoreErrorCode::Io, "Cannot read the progress file " + path + ": " + std::strerror(r.error) + ".");
    return r.bytes;
}

// A WAL-mode file whose folder the reader may not write, closed cleanly (no -wal): SQLite
// cannot make the -wal and -shm a reader needs and refuses it. Everything is in the file
// itself then, so it is read into memory and opened there, read-only, as a rollback-mode
// image (bytes 18 and 19 of the header set to 1 in the copy only). The copy is kept only if
// no -wal appeared and the file did not change while it was read.
constexpr off_t kMaxInMemoryBytes = off_t(1) << 30;

bool openInMemoryCopy(const std::string& path, SqliteDb& db, std::string& error) {
    struct stat before {};
    if (::stat(path.c_str(), &before) != 0 || before.st_size < 100 || before.st_size > kMaxInMemoryBytes) return false;
    struct stat walStat {};
    // A -wal may hold commits; a -journal means a crashed write waits to be rolled back.
    if (::stat((path + "-wal").c_str(), &walStat) == 0 || ::stat((path + "-journal").c_str(), &walStat) == 0)
        return false;
    auto size = sqlite3_int64(before.st_size);
    auto* image = static_cast<unsigned char*>(sqlite3_malloc64(sqlite3_uint64(size)));
    int readError = 0;
    const sqlite3_int64 got = image ? readDatabaseFileInto(path, 0, image, size_t(size), readError) : -1;
    struct stat after {};
    bool unchanged = ::stat(path.c_str(), &after) == 0 && after.st_size == before.st_size &&
                     after.st_mtim.tv_sec == before.st_mtim.tv_sec && after.st_mtim.tv_nsec == before.st_mtim.tv_nsec &&
                     ::stat((path + "-wal").c_str(), &walStat) != 0;
    if (!image || got != size || !unchanged) {
        sqlite3_free(image);
        return false;
    }
    image[18] = image[19] = 1;
    if (db.open(":memory:", SQLITE_OPEN_READWRITE, error) != SQLITE_OK) {
        sqlite3_free(image);
        return false;
    }
    // SQLite owns and frees the image from here on, also on failure.
    int rc = sqlite3_deserialize(db.handle(), "main", image, size, size,
                                 SQLITE_DESERIALIZE_FREEONCLOSE | SQLITE_DESERIALIZE_READONLY);
    if (rc != SQLITE_OK) {
        error = sqlite3_errstr(rc);
        db.close();
        return false;
    }
    return true;
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
    const int openCode = out.db.extendedErrorCode();
    if (!version && ((openCode & 0xFF) == SQLITE_CANTOPEN ||
                     ((openCode & 0xFF) == SQLITE_READONLY && openCode != SQLITE_READONLY_ROLLBACK))) {
        std::string copyError;
        SqliteDb copy;
        if (openInMemoryCopy(path, copy, copyError)) {
            out.db = std::move(copy);
            version = out.db.queryInt("PRAGMA user_version", error);
        }
    }
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
