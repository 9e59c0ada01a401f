// Closing on a disk filled to the last byte keeps the answers (issue 11, item 1): the store
// keeps <db>.reserve beside the database and frees it to write <db>.unsaved.jsonl, which the
// next open saves. A real, tiny tmpfs: needs root and mount permission, else the test says
// why and passes without testing (the VFS test in store_full_disk_test.cpp still runs).
#include "store/disk_reserve.h"
#include "store/unsaved_file.h"
#include "store_test_support.h"
#include "../common/selected_scope.h"

#include <cerrno>
#include <fcntl.h>
#include <sys/mount.h>
#include <unistd.h>

using namespace lectern;
using namespace store_test;

namespace {

// A 1 MiB tmpfs mounted for the test, unmounted after it.
class TinyDisk {
public:
    TinyDisk() : m_mnt(m_dir.path() / "mnt") {
        fs::create_directories(m_mnt);
        m_mounted = ::geteuid() == 0 && ::mount("lectern-reserve-test", m_mnt.c_str(), "tmpfs", 0, "size=1m,mode=0700") == 0;
    }
    ~TinyDisk() {
        if (m_mounted && ::umount(m_mnt.c_str()) != 0) ::umount2(m_mnt.c_str(), MNT_DETACH);
    }
    bool mounted() const { return m_mounted; }
    std::string file(const std::string& name) const { return (m_mnt / name).string(); }
    // Writes a filler file until the disk refuses one more byte.
    void fillToTheLastByte() const {
        const int fd = ::open(file("filler").c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        REQUIRE(fd >= 0);
        static const char block[4096] = {};
        for (size_t n = sizeof block; n > 0;) {
            const ssize_t w = ::write(fd, block, n);
            if (w < 0 && errno == ENOSPC) n /= 2;
            else REQUIRE(w > 0);
        }
        ::close(fd);
        const int probe = ::open(file("probe").c_str(), O_WRONLY | O_CREAT, 0600);
        REQUIRE(probe >= 0);
        CHECK(::write(probe, "x", 1) < 0);  // really full
        ::close(probe);
        ::unlink(file("probe").c_str());
    }
    void makeRoom() const { ::unlink(file("filler").c_str()); }

private:
    TempDir m_dir;
    fs::path m_mnt;
    bool m_mounted = false;
};

} // namespace

TEST_CASE("store: closing on a disk full to the last byte keeps the answers in the unsaved file", "[store][disk]") {
    TinyDisk disk;
    if (!disk.mounted()) {
        WARN("skipped: cannot mount a tmpfs here (needs root and mount permission)");
        return;
    }
    const std::string db = disk.file("progress.db");
    StoreOpenOptions o;
    o.path = db;
    std::string error;
    {
        auto store = openOk(o);
        CHECK(fs::file_size(store::diskReservePath(db)) >= store::kDiskReserveBytes);
        const LearnerId id = store->ensureLearner("Amina");
        REQUIRE(store->selectLearner(id, "c", error));
        store->submit(test::selectedScope(*store), SaveReflection{"m", "r", "before the disk filled"});
        REQUIRE(store->flush(5000));
        disk.fillToTheLastByte();
        store->submit(test::selectedScope(*store), SaveReflection{"m", "r", "typed on a full disk"});
        store->submit(test::selectedScope(*store), MarkSectionRead{{"m", "s1"}});
        CHECK_FALSE(store->flush(1500));
        CHECK(store->status().state == SaveState::Failed);
    }  // closing: the reserve is freed, the unsaved file written in its room
    int skipped = 0;
    const auto kept = store::readUnsavedFile(db, skipped);
    REQUIRE(kept.size() == 2);
    CHECK(std::get<SaveReflection>(kept[0].command).text == "typed on a full disk");

    disk.makeRoom();
    StoreOpenReport report;
    auto store = openOk(o, &report);
    const LearnerId id = store->ensureLearner("Amina");
    REQUIRE(store->selectLearner(id, "c", error));
    CHECK(store->snapshot()->reflectionText("m", "r") == "typed on a full disk");
    CHECK(fs::file_size(store::diskReservePath(db)) >= store::kDiskReserveBytes);  // kept again
}
