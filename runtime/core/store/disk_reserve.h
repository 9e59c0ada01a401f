// Room kept in advance for the last-resort unsaved file. When the disk fills, the store keeps
// the learner's answers in memory and writes them to <db>.unsaved.jsonl on close; on a disk
// filled to the last byte that write failed too, and the answers were lost although the status
// bar had said "kept, not lost". So the store keeps <db>.reserve, a file of real (allocated,
// not sparse) blocks beside the database, and deletes it just before writing the unsaved file:
// its blocks are then free for that file. The next open creates it again when there is room.
#pragma once
#include <cstddef>
#include <string>

namespace lectern::store {

// What is kept: room for a few hundred typical commands (a long reflection is ~10 KB).
inline constexpr size_t kDiskReserveBytes = 256 * 1024;

std::string diskReservePath(const std::string& dbPath);

class DiskReserve {
public:
    // Makes sure <db>.reserve holds `bytes` allocated bytes (creating it 0600, or growing it).
    // False with `error` when the disk has no room for it (the store still works without).
    bool keep(const std::string& dbPath, size_t bytes, std::string& error);
    // Deletes the file, so its blocks are free for the unsaved file. True when room was freed.
    bool release();

private:
    std::string m_path;
};

} // namespace lectern::store
