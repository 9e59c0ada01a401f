// A progress file replaced while Lectern runs (issue 11, item 3): a sync tool or a restored
// copy renamed over the open file. Before, the store went on saying "saved" into the unlinked
// inode and the whole session was gone at the next start. Now the writer sees the device and
// inode change, stops writing, keeps the answers in the unsaved file, says so, and the next
// start saves them into the file that is there, under the same learner (found by uuid).
#include "store/unsaved_file.h"
#include "store_test_support.h"
#include "../common/selected_scope.h"

#include <thread>

using namespace lectern;
using namespace store_test;

namespace {

// Another progress file made elsewhere (the copy a sync tool brings), then renamed over `path`.
void replaceByRename(const TempDir& dir, const std::string& path, const std::string& learnerThere) {
    StoreOpenOptions other = optionsFor(dir, "synced-copy.db");
    other.backupEveryMinutes = 0;
    {
        auto store = openOk(other);
        std::string error;
        const LearnerId id = store->ensureLearner(learnerThere);
        REQUIRE(store->selectLearner(id, "c", error));
        store->submit(test::selectedScope(*store), SaveReflection{"m", "r", "written on the other machine"});
        REQUIRE(store->flush(5000));
    }
    fs::rename(other.path, path);
}

// Waits until the writer has given up on the file (it notices at its next write).
bool waitForFailed(ProgressStore& store) {
    for (int i = 0; i < 200; ++i) {
        if (store.status().state == SaveState::Failed) return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(25));
    }
    return false;
}

} // namespace

TEST_CASE("store: a progress file replaced by rename while open keeps every later answer", "[store][replaced]") {
    TempDir dir;
    StoreOpenOptions o = optionsFor(dir);
    LogSink log;
    o.log = log.fn();
    std::string error, amina;
    {
        auto store = openOk(o);
        const LearnerId id = store->ensureLearner("Amina");
        REQUIRE(store->selectLearner(id, "c", error));
        amina = queryText(o.path, "SELECT uuid FROM learners WHERE name = 'Amina'");
        store->submit(test::selectedScope(*store), SaveReflection{"m", "r", "before the sync"});
        REQUIRE(store->flush(5000));

        replaceByRename(dir, o.path, "Bilal");  // in that file, learner 1 is Bilal
        store->submit(test::selectedScope(*store), SaveReflection{"m", "r", "after the sync"});
        store->submit(test::selectedScope(*store), MarkSectionRead{{"m", "s2"}});
        REQUIRE(waitForFailed(*store));
        CHECK_FALSE(store->flush(300));
        const SaveStatus status = store->status();
        CHECK(status.lastError.find("was replaced by another program") != std::string::npos);
        CHECK(status.lastError.find(store::unsavedFilePath(o.path)) != std::string::npos);
        CHECK(store->snapshot()->reflectionText("m", "r") == "after the sync");  // still on screen

        int skipped = 0;
        const auto kept = store::readUnsavedFile(o.path, skipped);
        REQUIRE(kept.size() == 2);
        CHECK(kept[0].learnerUuid == amina);
        CHECK(kept[0].learnerName == "Amina");
        // The file now at the path was not written to by this store.
        CHECK(queryInt(o.path, "SELECT COUNT(*) FROM reflection_revisions") == 1);

        store->submit(test::selectedScope(*store), SaveReflection{"m", "r", "typed even later"});
        for (int i = 0; i < 100 && store::readUnsavedFile(o.path, skipped).size() < 3; ++i)
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
        CHECK(store::readUnsavedFile(o.path, skipped).size() == 3);
    }
    bool toldTheLog = false;
    for (const std::string& line : log.copy()) toldTheLog |= line.find("\"file_replaced\"") != std::string::npos;
    CHECK(toldTheLog);

    // The next start saves them into the file that is there now, as Amina's (added, since that
    // file did not know her), and Bilal's record is untouched.
    StoreOpenReport report;
    {
        auto store = openOk(o, &report);
        REQUIRE_FALSE(report.notices.empty());
        CHECK(queryText(o.path, "PRAGMA integrity_check") == "ok");
        CHECK(queryText(o.path, "SELECT name FROM learners WHERE uuid = '" + amina + "'") == "Amina");
        const LearnerId id = store->ensureLearner("Amina");
        REQUIRE(store->selectLearner(id, "c", error));
        CHECK(store->snapshot()->reflectionText("m", "r") == "typed even later");
        CHECK(store->snapshot()->sectionsRead.count(SectionRef{"m", "s2"}) == 1);
        const LearnerId bilal = store->ensureLearner("Bilal");
        REQUIRE(store->selectLearner(bilal, "c", error));
        INFO(queryText(o.path, "SELECT group_concat(learner_id || ':' || course_id || ':' || text, ' | ') FROM reflection_revisions") << " learners " << queryText(o.path, "SELECT group_concat(id || '=' || name, ',') FROM learners"));
        CHECK(store->snapshot()->reflectionText("m", "r") == "written on the other machine");
    }
    CHECK_FALSE(fs::exists(store::unsavedFilePath(o.path)));

    // What was saved before the replacement is in a verified copy among the backups.
    bool oldFileKept = false;
    for (const auto& entry : fs::directory_iterator(dir.path() / "backups"))
        oldFileKept |= queryInt(entry.path().string(), "SELECT COUNT(*) FROM reflection_revisions WHERE text = "
                                                       "'before the sync'") == 1;
    CHECK(oldFileKept);
}

TEST_CASE("store: a restored copy of the same file gets the later answers under the same learner",
          "[store][replaced]") {
    TempDir dir;
    StoreOpenOptions o = optionsFor(dir);
    o.backupEveryMinutes = 0;
    std::string error;
    LearnerId id = 0;
    {
        auto store = openOk(o);
        id = store->ensureLearner("Amina");
        REQUIRE(store->selectLearner(id, "c", error));
        store->submit(test::selectedScope(*store), SaveReflection{"m", "r", "first"});
        REQUIRE(store->flush(5000));
        // A copy of the file as it is now, put back over it (restoring yesterday's copy).
        const std::string copy = dir.file("restored.db");
        sqlite3* src = nullptr;
        REQUIRE(sqlite3_open(o.path.c_str(), &src) == SQLITE_OK);
        REQUIRE(sqlite3_exec(src, ("VACUUM INTO '" + copy + "'").c_str(), nullptr, nullptr, nullptr) == SQLITE_OK);
        sqlite3_close(src);
        fs::rename(copy, o.path);
        store->submit(test::selectedScope(*store), SaveReflection{"m", "r", "second"});
        REQUIRE(waitForFailed(*store));
    }
    auto store = openOk(o);
    CHECK(store->ensureLearner("Amina") == id);
    REQUIRE(store->selectLearner(id, "c", error));
    CHECK(store->snapshot()->reflectionText("m", "r") == "second");
    CHECK(queryInt(o.path, "SELECT COUNT(*) FROM learners") == 1);
}
