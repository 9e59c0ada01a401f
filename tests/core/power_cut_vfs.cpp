// See power_cut_vfs.h. One instance at a time (a test); calls may come from any thread.
#include "power_cut_vfs.h"

#include <cstring>
#include <fcntl.h>
#include <map>
#include <mutex>
#include <sqlite3.h>
#include <string>
#include <unistd.h>
#include <vector>

namespace lectern::test {

namespace {

// What one file looks like on the "platters": its size when last synced, and what each
// unsynced write or truncate replaced, oldest first.
struct Unsynced {
    int64_t syncedSize = -1;  // -1: nothing unsynced
    struct Region {
        int64_t offset;
        std::string bytes;
    };
    std::vector<Region> replaced;
};

struct State {
    std::mutex mutex;
    sqlite3_vfs* real = nullptr;
    int64_t ops = 0;
    int64_t cutAt = 0;  // 0: no cut scheduled
    bool cut = false;
    std::map<std::string, Unsynced> files;
};
State g;
sqlite3_vfs g_vfs;
sqlite3_io_methods g_methods;

struct File {
    sqlite3_file base;
    sqlite3_file* real;  // follows this struct in the same allocation
    std::string* path;   // null for nameless temporary files (never tracked)
};

File* asFile(sqlite3_file* f) { return reinterpret_cast<File*>(f); }

// True when the power is (now) out. Counts one operation that changes the disk.
bool countAndCut() {
    std::lock_guard lock(g.mutex);
    if (g.cut) return true;
    ++g.ops;
    if (g.cutAt > 0 && g.ops >= g.cutAt) g.cut = true;
    return g.cut;
}
bool isOut() {
    std::lock_guard lock(g.mutex);
    return g.cut;
}

void remember(File* f, int64_t offset, int64_t length) {
    if (!f->path) return;
    sqlite3_int64 size = 0;
    f->real->pMethods->xFileSize(f->real, &size);
    std::lock_guard lock(g.mutex);
    Unsynced& u = g.files[*f->path];
    if (u.syncedSize < 0) u.syncedSize = size;
    const int64_t end = std::min<int64_t>(offset + length, size);
    if (end <= offset) return;  // beyond the end: truncating to syncedSize undoes it
    std::string old(size_t(end - offset), '\0');
    f->real->pMethods->xRead(f->real, old.data(), int(old.size()), offset);
    u.replaced.push_back({offset, std::move(old)});
}

int xClose(sqlite3_file* f) {
    File* file = asFile(f);
    int rc = file->real->pMethods ? file->real->pMethods->xClose(file->real) : SQLITE_OK;
    delete file->path;
    file->path = nullptr;
    return rc;
}
int xRead(sqlite3_file* f, void* out, int n, sqlite3_int64 offset) {
    if (isOut()) return SQLITE_IOERR_READ;
    return asFile(f)->real->pMethods->xRead(asFile(f)->real, out, n, offset);
}
int xWrite(sqlite3_file* f, const void* data, int n, sqlite3_int64 offset) {
    if (countAndCut()) return SQLITE_IOERR_WRITE;
    remember(asFile(f), offset, n);
    return asFile(f)->real->pMethods->xWrite(asFile(f)->real, data, n, offset);
}
int xTruncate(sqlite3_file* f, sqlite3_int64 size) {
    if (countAndCut()) return SQLITE_IOERR_TRUNCATE;
    sqlite3_int64 now = 0;
    asFile(f)->real->pMethods->xFileSize(asFile(f)->real, &now);
    if (size < now) remember(asFile(f), size, now - size);
    else remember(asFile(f), now, 0);
    return asFile(f)->real->pMethods->xTruncate(asFile(f)->real, size);
}
int xSync(sqlite3_file* f, int flags) {
    if (countAndCut()) return SQLITE_IOERR_FSYNC;
    File* file = asFile(f);
    int rc = file->real->pMethods->xSync(file->real, flags);
    if (rc == SQLITE_OK && file->path) {
        std::lock_guard lock(g.mutex);
        g.files.erase(*file->path);  // on the platters now
    }
    return rc;
}
int xFileSize(sqlite3_file* f, sqlite3_int64* size) {
    if (isOut()) return SQLITE_IOERR_FSTAT;
    return asFile(f)->real->pMethods->xFileSize(asFile(f)->real, size);
}
// Locks keep working after the cut: closing must release them for the next "boot".
int xLock(sqlite3_file* f, int level) { return asFile(f)->real->pMethods->xLock(asFile(f)->real, level); }
int xUnlock(sqlite3_file* f, int level) { return asFile(f)->real->pMethods->xUnlock(asFile(f)->real, level); }
int xCheckReservedLock(sqlite3_file* f, int* out) {
    return asFile(f)->real->pMethods->xCheckReservedLock(asFile(f)->real, out);
}
int xFileControl(sqlite3_file* f, int op, void* arg) {
    return asFile(f)->real->pMethods->xFileControl(asFile(f)->real, op, arg);
}
int xSectorSize(sqlite3_file* f) { return asFile(f)->real->pMethods->xSectorSize(asFile(f)->real); }
int xDeviceCharacteristics(sqlite3_file* f) {
    return asFile(f)->real->pMethods->xDeviceCharacteristics(asFile(f)->real);
}
// The -shm file is memory shared between connections, rebuilt from the WAL after a reboot.
int xShmMap(sqlite3_file* f, int page, int size, int extend, void volatile** out) {
    if (isOut()) return SQLITE_IOERR_SHMMAP;
    return asFile(f)->real->pMethods->xShmMap(asFile(f)->real, page, size, extend, out);
}
int xShmLock(sqlite3_file* f, int offset, int n, int flags) {
    return asFile(f)->real->pMethods->xShmLock(asFile(f)->real, offset, n, flags);
}
void xShmBarrier(sqlite3_file* f) { asFile(f)->real->pMethods->xShmBarrier(asFile(f)->real); }
int xShmUnmap(sqlite3_file* f, int deleteFlag) {
    return asFile(f)->real->pMethods->xShmUnmap(asFile(f)->real, deleteFlag);
}
// No memory-mapped reads: every page comes through xRead (SQLite then never needs xFetch).
int xFetch(sqlite3_file*, sqlite3_int64, int, void** out) {
    *out = nullptr;
    return SQLITE_OK;
}
int xUnfetch(sqlite3_file*, sqlite3_int64, void*) { return SQLITE_OK; }

int vfsOpen(sqlite3_vfs*, sqlite3_filename name, sqlite3_file* f, int flags, int* outFlags) {
    File* file = asFile(f);
    file->real = reinterpret_cast<sqlite3_file*>(file + 1);
    file->path = nullptr;
    f->pMethods = nullptr;
    if (isOut()) return SQLITE_CANTOPEN;
    int rc = g.real->xOpen(g.real, name, file->real, flags, outFlags);
    if (rc != SQLITE_OK) {
        if (file->real->pMethods) file->real->pMethods->xClose(file->real);
        return rc;
    }
    if (name) file->path = new std::string(name);
    f->pMethods = &g_methods;
    return SQLITE_OK;
}
int vfsDelete(sqlite3_vfs*, const char* name, int syncDir) {
    if (countAndCut()) return SQLITE_IOERR_DELETE;
    int rc = g.real->xDelete(g.real, name, syncDir);
    std::lock_guard lock(g.mutex);
    g.files.erase(name);
    return rc;
}
int vfsAccess(sqlite3_vfs*, const char* name, int flags, int* out) { return g.real->xAccess(g.real, name, flags, out); }
int vfsFullPathname(sqlite3_vfs*, const char* name, int n, char* out) {
    return g.real->xFullPathname(g.real, name, n, out);
}
int vfsRandomness(sqlite3_vfs*, int n, char* out) { return g.real->xRandomness(g.real, n, out); }
int vfsSleep(sqlite3_vfs*, int us) { return g.real->xSleep(g.real, us); }
int vfsCurrentTime(sqlite3_vfs*, double* out) { return g.real->xCurrentTime(g.real, out); }
int vfsGetLastError(sqlite3_vfs*, int n, char* out) { return g.real->xGetLastError(g.real, n, out); }
int vfsCurrentTimeInt64(sqlite3_vfs*, sqlite3_int64* out) { return g.real->xCurrentTimeInt64(g.real, out); }

// Puts back what every unsynced write replaced, newest first, then the synced size.
void undoUnsyncedWrites() {
    for (auto& [path, u] : g.files) {
        if (u.syncedSize < 0) continue;
        const int fd = ::open(path.c_str(), O_WRONLY);
        if (fd < 0) continue;  // deleted before it was synced: gone either way
        for (auto it = u.replaced.rbegin(); it != u.replaced.rend(); ++it)
            if (::pwrite(fd, it->bytes.data(), it->bytes.size(), off_t(it->offset)) < 0) break;
        if (::ftruncate(fd, off_t(u.syncedSize)) != 0) { /* best effort: the check after will say */ }
        ::close(fd);
    }
    g.files.clear();
}

} // namespace

PowerCutVfs::PowerCutVfs() {
    std::lock_guard lock(g.mutex);
    g.real = sqlite3_vfs_find("unix");
    g.ops = 0;
    g.cutAt = 0;
    g.cut = false;
    g.files.clear();
    g_methods = sqlite3_io_methods{};
    g_methods.iVersion = 3;
    g_methods.xClose = xClose;
    g_methods.xRead = xRead;
    g_methods.xWrite = xWrite;
    g_methods.xTruncate = xTruncate;
    g_methods.xSync = xSync;
    g_methods.xFileSize = xFileSize;
    g_methods.xLock = xLock;
    g_methods.xUnlock = xUnlock;
    g_methods.xCheckReservedLock = xCheckReservedLock;
    g_methods.xFileControl = xFileControl;
    g_methods.xSectorSize = xSectorSize;
    g_methods.xDeviceCharacteristics = xDeviceCharacteristics;
    g_methods.xShmMap = xShmMap;
    g_methods.xShmLock = xShmLock;
    g_methods.xShmBarrier = xShmBarrier;
    g_methods.xShmUnmap = xShmUnmap;
    g_methods.xFetch = xFetch;
    g_methods.xUnfetch = xUnfetch;
    g_vfs = sqlite3_vfs{};
    g_vfs.iVersion = 2;
    g_vfs.szOsFile = int(sizeof(File)) + g.real->szOsFile;
    g_vfs.mxPathname = g.real->mxPathname;
    g_vfs.zName = "lectern-power-cut";
    g_vfs.xOpen = vfsOpen;
    g_vfs.xDelete = vfsDelete;
    g_vfs.xAccess = vfsAccess;
    g_vfs.xFullPathname = vfsFullPathname;
    g_vfs.xRandomness = vfsRandomness;
    g_vfs.xSleep = vfsSleep;
    g_vfs.xCurrentTime = vfsCurrentTime;
    g_vfs.xGetLastError = vfsGetLastError;
    g_vfs.xCurrentTimeInt64 = vfsCurrentTimeInt64;
    sqlite3_vfs_register(&g_vfs, 1);
}

PowerCutVfs::~PowerCutVfs() {
    sqlite3_vfs_unregister(&g_vfs);
    sqlite3_vfs_register(g.real, 1);
}

void PowerCutVfs::cutAfter(int64_t n) {
    std::lock_guard lock(g.mutex);
    g.cutAt = n > 0 ? g.ops + n : 0;
}
bool PowerCutVfs::isCut() const { return isOut(); }
int64_t PowerCutVfs::operations() const {
    std::lock_guard lock(g.mutex);
    return g.ops;
}
void PowerCutVfs::powerOff() {
    std::lock_guard lock(g.mutex);
    g.cut = true;
}
void PowerCutVfs::restoreSyncedState() {
    std::lock_guard lock(g.mutex);
    g.cut = true;
    undoUnsyncedWrites();
    g.cut = false;
    g.cutAt = 0;
}

} // namespace lectern::test
