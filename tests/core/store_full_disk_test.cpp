// A full disk while the learner keeps answering: the store says so in words, keeps every
// answer in memory, and saves them all once space is back (by itself or on retry()).
//
// The disk is made "full" by a thin SQLite VFS registered as the default for this test: it
// forwards everything to the real unix VFS and answers SQLITE_FULL to writes while the
// switch is on, the way a real full disk surfaces through SQLite. (tests/e2e/store_disk_test.sh
// does the same on a real, tiny tmpfs when the machine allows mounting one.)
#include "../common/selected_scope.h"
#include "store_test_support.h"

#include <atomic>
#include <nlohmann/json.hpp>
#include <chrono>
#include <thread>

using namespace lectern;
using namespace store_test;

namespace {

std::atomic<bool> g_diskFull{false};
sqlite3_vfs* g_real = nullptr;

struct ShimFile {
    sqlite3_file base;
    sqlite3_file* real;
};
sqlite3_file* realOf(sqlite3_file* f) { return reinterpret_cast<ShimFile*>(f)->real; }

int shimClose(sqlite3_file* f) { return realOf(f)->pMethods->xClose(realOf(f)); }
int shimRead(sqlite3_file* f, void* p, int n, sqlite3_int64 o) { return realOf(f)->pMethods->xRead(realOf(f), p, n, o); }
int shimWrite(sqlite3_file* f, const void* p, int n, sqlite3_int64 o) {
    if (g_diskFull) return SQLITE_FULL;
    return realOf(f)->pMethods->xWrite(realOf(f), p, n, o);
}
int shimTruncate(sqlite3_file* f, sqlite3_int64 size) { return realOf(f)->pMethods->xTruncate(realOf(f), size); }
int shimSync(sqlite3_file* f, int flags) { return realOf(f)->pMethods->xSync(realOf(f), flags); }
int shimFileSize(sqlite3_file* f, sqlite3_int64* size) { return realOf(f)->pMethods->xFileSize(realOf(f), size); }
int shimLock(sqlite3_file* f, int l) { return realOf(f)->pMethods->xLock(realOf(f), l); }
int shimUnlock(sqlite3_file* f, int l) { return realOf(f)->pMethods->xUnlock(realOf(f), l); }
int shimCheckReserved(sqlite3_file* f, int* out) { return realOf(f)->pMethods->xCheckReservedLock(realOf(f), out); }
int shimFileControl(sqlite3_file* f, int op, void* arg) { return realOf(f)->pMethods->xFileControl(realOf(f), op, arg); }
int shimSectorSize(sqlite3_file* f) { return realOf(f)->pMethods->xSectorSize(realOf(f)); }
int shimDeviceChars(sqlite3_file* f) { return realOf(f)->pMethods->xDeviceCharacteristics(realOf(f)); }
int shimShmMap(sqlite3_file* f, int i, int sz, int extend, void volatile** pp) {
    return realOf(f)->pMethods->xShmMap(realOf(f), i, sz, extend, pp);
}
int shimShmLock(sqlite3_file* f, int off, int n, int flags) { return realOf(f)->pMethods->xShmLock(realOf(f), off, n, flags); }
void shimShmBarrier(sqlite3_file* f) { realOf(f)->pMethods->xShmBarrier(realOf(f)); }
int shimShmUnmap(sqlite3_file* f, int del) { return realOf(f)->pMethods->xShmUnmap(realOf(f), del); }
int shimFetch(sqlite3_file* f, sqlite3_int64 o, int n, void** pp) { return realOf(f)->pMethods->xFetch(realOf(f), o, n, pp); }
int shimUnfetch(sqlite3_file* f, sqlite3_int64 o, void* p) { return realOf(f)->pMethods->xUnfetch(realOf(f), o, p); }

const sqlite3_io_methods kShimMethods = {3, shimClose, shimRead, shimWrite, shimTruncate, shimSync, shimFileSize,
                                         shimLock, shimUnlock, shimCheckReserved, shimFileControl, shimSectorSize,
                                         shimDeviceChars, shimShmMap, shimShmLock, shimShmBarrier, shimShmUnmap,
                                         shimFetch, shimUnfetch};

int shimOpen(sqlite3_vfs*, const char* name, sqlite3_file* file, int flags, int* outFlags) {
    auto* shim = reinterpret_cast<ShimFile*>(file);
    shim->real = reinterpret_cast<sqlite3_file*>(shim + 1);
    int rc = g_real->xOpen(g_real, name, shim->real, flags, outFlags);
    shim->base.pMethods = rc == SQLITE_OK && shim->real->pMethods ? &kShimMethods : nullptr;
    return rc;
}

// Registers the shim as the default VFS for the lifetime of the guard.
class FullDiskSwitch {
public:
    FullDiskSwitch() {
        g_real = sqlite3_vfs_find(nullptr);
        m_vfs = *g_real;
        m_vfs.zName = "lectern_full_disk_test";
        m_vfs.szOsFile = int(sizeof(ShimFile)) + g_real->szOsFile;
        m_vfs.xOpen = shimOpen;
        sqlite3_vfs_register(&m_vfs, 1);
    }
    ~FullDiskSwitch() {
        g_diskFull = false;
        sqlite3_vfs_unregister(&m_vfs);
    }
    void setFull(bool full) { g_diskFull = full; }

private:
    sqlite3_vfs m_vfs{};
};

} // namespace

TEST_CASE("store: a full disk fails saves in words, keeps the answers, and saves them when space is back",
          "[store][full-disk]") {
    TempDir dir;
    auto options = optionsFor(dir);
    LogSink logs;
    options.log = logs.fn();
    LearnerId id;
    {
        FullDiskSwitch disk;
        auto store = openOk(options);
        std::atomic<int> changes{0};
        store->setOnChange([&] { ++changes; });
        id = store->ensureLearner("Amina");
        std::string error;
        REQUIRE(store->selectLearner(id, "c", error));
        store->submit(lectern::test::selectedScope(*store), SaveReflection{"m", "r", "before the disk filled"});
        REQUIRE(store->flush(5000));

        disk.setFull(true);
        store->submit(lectern::test::selectedScope(*store), SaveReflection{"m", "r", "written on a full disk"});
        store->submit(lectern::test::selectedScope(*store), RecordQuizAttempt{"m", "q", R"({"q1":"a"})", 1, 1, true});
        store->submit(lectern::test::selectedScope(*store), MarkSectionRead{{"m", "s1"}});
        CHECK_FALSE(store->flush(1500));
        SaveStatus status = store->status();
        CHECK(status.state == SaveState::Failed);
        CHECK(status.pending == 3);
        CHECK(status.lastError.find("disk is full") != std::string::npos);
        CHECK(status.lastError.find("kept") != std::string::npos);
        CHECK(changes.load() >= 2);  // the failure woke the UI
        // The learner still sees what they did.
        auto shown = store->snapshot();
        CHECK(shown->reflectionText("m", "r") == "written on a full disk");
        CHECK(shown->attemptCount("m", "q") == 1);

        disk.setFull(false);
        store->retry();
        REQUIRE(store->flush(5000));
        status = store->status();
        CHECK(status.state == SaveState::Saved);
        CHECK(status.lastError.empty());
    }
    // Every log line is JSON; the failure is in the log with SQLite's own words.
    int failures = 0;
    for (const auto& line : logs.copy()) {
        auto j = nlohmann::json::parse(line, nullptr, false);
        REQUIRE_FALSE(j.is_discarded());
        if (j["event"] == "save_failed") {
            ++failures;
            CHECK(j["code"] == SQLITE_FULL);
            CHECK_FALSE(j["message"].get<std::string>().empty());
        }
    }
    CHECK(failures >= 1);

    auto store = openOk(options);
    std::string error;
    REQUIRE(store->selectLearner(id, "c", error));
    auto s = store->snapshot();
    REQUIRE(s->reflections.at("m/r").size() == 2);
    CHECK(s->reflections.at("m/r")[0].text == "before the disk filled");
    CHECK(s->reflectionText("m", "r") == "written on a full disk");
    CHECK(s->attemptCount("m", "q") == 1);
    CHECK(s->sectionsRead.count({"m", "s1"}) == 1);
    CHECK(queryText(options.path, "PRAGMA integrity_check") == "ok");
}

TEST_CASE("store: a full disk heals by itself, without retry()", "[store][full-disk]") {
    TempDir dir;
    auto options = optionsFor(dir);
    FullDiskSwitch disk;
    auto store = openOk(options);
    std::string error;
    REQUIRE(store->selectLearner(store->ensureLearner("Bo"), "c", error));
    disk.setFull(true);
    store->submit(lectern::test::selectedScope(*store), SaveNote{{"m", "s"}, "a note"});
    CHECK_FALSE(store->flush(300));
    CHECK(store->status().state == SaveState::Failed);
    disk.setFull(false);
    // The back-off starts at half a second and doubles: well within this wait.
    REQUIRE(store->flush(10000));
    CHECK(store->status().state == SaveState::Saved);
}

TEST_CASE("store: a store closed while the disk is full logs what is unsaved, never its text", "[store][full-disk]") {
    TempDir dir;
    auto options = optionsFor(dir);
    LogSink logs;
    options.log = logs.fn();
    {
        FullDiskSwitch disk;
        auto store = openOk(options);
        std::string error;
        REQUIRE(store->selectLearner(store->ensureLearner("Cy"), "c", error));
        disk.setFull(true);
        store->submit(lectern::test::selectedScope(*store), SaveReflection{"m", "r", "my only copy"});
        CHECK_FALSE(store->flush(200));
    }
    // The log names the unsaved record; the learner's words stay out of it (issue 11, item 12).
    bool logged = false;
    for (const auto& line : logs.copy()) {
        INFO(line);
        CHECK(line.find("my only copy") == std::string::npos);
        if (line.find("\"unsaved\"") != std::string::npos && line.find("\"reflection\"") != std::string::npos) logged = true;
    }
    CHECK(logged);
    // The text itself goes to a file beside the database, which the next start saves.
    REQUIRE(fs::exists(options.path + ".unsaved.jsonl"));
    StoreOpenReport report;
    auto store = openOk(options, &report);
    REQUIRE(report.notices.size() == 1);
    CHECK(report.notices[0].find("1 answer that could not be saved when Lectern last closed has been saved now") !=
          std::string::npos);
    CHECK_FALSE(fs::exists(options.path + ".unsaved.jsonl"));
    auto learners = store->learners();
    REQUIRE(learners.size() == 1);
    std::string error;
    REQUIRE(store->selectLearner(learners[0].id, "c", error));
    CHECK(store->snapshot()->reflectionText("m", "r") == "my only copy");
    CHECK(queryInt(options.path, "SELECT COUNT(*) FROM reflection_revisions") == 1);
}

TEST_CASE("store: unsaved answers wait in the queue when the disk is still full at the next start",
          "[store][full-disk]") {
    TempDir dir;
    auto options = optionsFor(dir);
    FullDiskSwitch disk;
    LearnerId id;
    {
        auto store = openOk(options);
        id = store->ensureLearner("Cy");
        std::string error;
        REQUIRE(store->selectLearner(id, "c", error));
        disk.setFull(true);
        store->submit(lectern::test::selectedScope(*store), SaveReflection{"m", "r", "first session"});
        store->submit(lectern::test::selectedScope(*store), MarkSectionRead{{"m", "s"}});
    }
    REQUIRE(fs::exists(options.path + ".unsaved.jsonl"));
    {
        // Still full. The start-up backup fails too; opening must still work.
        StoreOpenReport report;
        auto store = openOk(options, &report);
        bool waiting = false;
        for (const auto& n : report.notices) waiting |= n.find("still waiting") != std::string::npos;
        CHECK(waiting);
        CHECK(store->status().pending == 2);
        std::string error;
        REQUIRE(store->selectLearner(id, "c", error));
        CHECK(store->snapshot()->reflectionText("m", "r") == "first session");  // shown from the queue
        disk.setFull(false);
        store->retry();
        REQUIRE(store->flush(10000));
    }
    CHECK_FALSE(fs::exists(options.path + ".unsaved.jsonl"));
    CHECK(queryInt(options.path, "SELECT COUNT(*) FROM reflection_revisions") == 1);
    CHECK(queryInt(options.path, "SELECT COUNT(*) FROM section_progress WHERE read_ms IS NOT NULL") == 1);
}
