// A SQLite VFS for power-cut tests (issue 11, item 4), the technique of SQLite's own crash
// tests (src/test6.c): it passes every call to the real VFS, remembers what each write
// overwrote until the file is synced, and at the power cut (after a chosen number of writes
// and syncs) fails every further call. powerCut() then throws away every write not yet synced,
// as a machine losing power loses its page cache. A kill -9 keeps the page cache; this does not.
#pragma once
#include <cstdint>

namespace lectern::test {

class PowerCutVfs {
public:
    // Registers the VFS as SQLite's default (every connection the store opens goes through it).
    PowerCutVfs();
    // Unregisters it: the real VFS is the default again.
    ~PowerCutVfs();
    PowerCutVfs(const PowerCutVfs&) = delete;
    PowerCutVfs& operator=(const PowerCutVfs&) = delete;

    // The power goes out at the `n`-th write, truncate, sync or delete from now (that one does
    // not happen). 0: not before powerCut().
    void cutAfter(int64_t n);
    bool isCut() const;
    int64_t operations() const;  // writes, truncates, syncs and deletes so far

    // The power is out from now on, if it was not already: every call fails. Once every
    // connection through the VFS is closed, undoes every write not synced (in reverse order)
    // and restores each file's synced size. Then the power is back.
    void restoreSyncedState();
    void powerOff();
};

} // namespace lectern::test
