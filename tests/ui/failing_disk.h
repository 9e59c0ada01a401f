// A "full disk" for UI tests: a thin SQLite VFS, registered as the default while the guard
// lives, that forwards to the real one and answers SQLITE_FULL to writes while switched on,
// the way a real full disk reaches SQLite. Lets a test see how the UI shows a failed save.
#pragma once
#include <sqlite3.h>

#include <atomic>

namespace lectern::test {

class FullDisk {
public:
    FullDisk() {
        s_real = sqlite3_vfs_find(nullptr);
        m_vfs = *s_real;
        m_vfs.zName = "lectern_ui_full_disk";
        m_vfs.szOsFile = static_cast<int>(sizeof(File)) + s_real->szOsFile;
        m_vfs.xOpen = open;
        sqlite3_vfs_register(&m_vfs, 1);
    }
    ~FullDisk() {
        s_full = false;
        sqlite3_vfs_unregister(&m_vfs);
    }
    FullDisk(const FullDisk&) = delete;
    FullDisk& operator=(const FullDisk&) = delete;
    void setFull(bool full) { s_full = full; }

private:
    struct File {
        sqlite3_file base;
        sqlite3_file* real;
    };
    static sqlite3_file* real(sqlite3_file* f) { return reinterpret_cast<File*>(f)->real; }

    static int close(sqlite3_file* f) { return real(f)->pMethods->xClose(real(f)); }
    static int read(sqlite3_file* f, void* p, int n, sqlite3_int64 o) { return real(f)->pMethods->xRead(real(f), p, n, o); }
    static int write(sqlite3_file* f, const void* p, int n, sqlite3_int64 o) {
        return s_full ? SQLITE_FULL : real(f)->pMethods->xWrite(real(f), p, n, o);
    }
    static int truncate(sqlite3_file* f, sqlite3_int64 n) { return real(f)->pMethods->xTruncate(real(f), n); }
    static int sync(sqlite3_file* f, int flags) { return real(f)->pMethods->xSync(real(f), flags); }
    static int fileSize(sqlite3_file* f, sqlite3_int64* n) { return real(f)->pMethods->xFileSize(real(f), n); }
    static int lock(sqlite3_file* f, int l) { return real(f)->pMethods->xLock(real(f), l); }
    static int unlock(sqlite3_file* f, int l) { return real(f)->pMethods->xUnlock(real(f), l); }
    static int checkReserved(sqlite3_file* f, int* out) { return real(f)->pMethods->xCheckReservedLock(real(f), out); }
    static int fileControl(sqlite3_file* f, int op, void* a) { return real(f)->pMethods->xFileControl(real(f), op, a); }
    static int sectorSize(sqlite3_file* f) { return real(f)->pMethods->xSectorSize(real(f)); }
    static int deviceChars(sqlite3_file* f) { return real(f)->pMethods->xDeviceCharacteristics(real(f)); }
    static int shmMap(sqlite3_file* f, int i, int sz, int ext, void volatile** pp) {
        return real(f)->pMethods->xShmMap(real(f), i, sz, ext, pp);
    }
    static int shmLock(sqlite3_file* f, int off, int n, int flags) { return real(f)->pMethods->xShmLock(real(f), off, n, flags); }
    static void shmBarrier(sqlite3_file* f) { real(f)->pMethods->xShmBarrier(real(f)); }
    static int shmUnmap(sqlite3_file* f, int del) { return real(f)->pMethods->xShmUnmap(real(f), del); }
    static int fetch(sqlite3_file* f, sqlite3_int64 o, int n, void** pp) { return real(f)->pMethods->xFetch(real(f), o, n, pp); }
    static int unfetch(sqlite3_file* f, sqlite3_int64 o, void* p) { return real(f)->pMethods->xUnfetch(real(f), o, p); }

    static int open(sqlite3_vfs*, const char* name, sqlite3_file* file, int flags, int* outFlags) {
        static const sqlite3_io_methods methods = {3, close, read, write, truncate, sync, fileSize, lock, unlock,
                                                   checkReserved, fileControl, sectorSize, deviceChars, shmMap,
                                                   shmLock, shmBarrier, shmUnmap, fetch, unfetch};
        auto* f = reinterpret_cast<File*>(file);
        f->real = reinterpret_cast<sqlite3_file*>(f + 1);
        int rc = s_real->xOpen(s_real, name, f->real, flags, outFlags);
        f->base.pMethods = rc == SQLITE_OK && f->real->pMethods ? &methods : nullptr;
        return rc;
    }

    static inline std::atomic<bool> s_full{false};
    static inline sqlite3_vfs* s_real = nullptr;
    sqlite3_vfs m_vfs{};
};

} // namespace lectern::test
