// Rotating backups: made at every start, each verified before the oldest is removed, never
// more than backupsKept, the newest holding the latest progress.
#include "../common/selected_scope.h"
#include "store_test_support.h"

using namespace lectern;
using namespace store_test;

namespace {
std::vector<fs::path> backupsIn(const fs::path& dir) {
    std::vector<fs::path> out;
    if (!fs::exists(dir)) return out;
    for (auto& e : fs::directory_iterator(dir)) out.push_back(e.path());
    std::sort(out.begin(), out.end());
    return out;
}
} // namespace

TEST_CASE("store: backups rotate, keep the newest, and each one is a complete database", "[store][backup]") {
    TempDir dir;
    auto options = optionsFor(dir);
    options.backupsKept = 3;
    options.backupDir = dir.file("my-backups");
    LearnerId id = 0;
    for (int session = 1; session <= 6; ++session) {
        auto store = openOk(options);
        if (!id) id = store->ensureLearner("Amina");
        std::string error;
        REQUIRE(store->selectLearner(id, "c", error));
        store->submit(lectern::test::selectedScope(*store), SaveReflection{"m", "r", "session " + std::to_string(session)});
        REQUIRE(store->flush(5000));
    }
    auto backups = backupsIn(options.backupDir);
    REQUIRE(backups.size() == 3);
    for (const auto& b : backups) {
        CHECK(b.extension() == ".db");
        CHECK(queryText(b.string(), "PRAGMA integrity_check") == "ok");
        // Self-contained files: no WAL needed to read them.
        CHECK(queryText(b.string(), "PRAGMA journal_mode") == "delete");
    }
    // The newest backup was taken when session 6 started: it holds session 5's work.
    CHECK(queryText(backups.back().string(), "SELECT text FROM reflection_revisions ORDER BY revision DESC LIMIT 1") ==
          "session 5");
    CHECK(queryText(backups.front().string(), "SELECT text FROM reflection_revisions ORDER BY revision DESC LIMIT 1") ==
          "session 3");
}

TEST_CASE("store: a leftover partial backup from a crash is cleared and never restored", "[store][backup]") {
    TempDir dir;
    auto options = optionsFor(dir);
    { auto store = openOk(options); }
    fs::path partial = dir.path() / "backups" / "progress-20990101T000000000Z.db.partial";
    writeBytes(partial.string(), "half a copy");
    { auto store = openOk(options); }
    CHECK_FALSE(fs::exists(partial));
    for (const auto& b : backupsIn(dir.path() / "backups")) CHECK(queryText(b.string(), "PRAGMA integrity_check") == "ok");
}

TEST_CASE("store: a damaged newest backup is skipped for the next good one", "[store][backup]") {
    TempDir dir;
    auto options = optionsFor(dir);
    LearnerId id;
    {
        auto store = openOk(options);
        id = store->ensureLearner("Amina");
        std::string error;
        REQUIRE(store->selectLearner(id, "c", error));
        store->submit(lectern::test::selectedScope(*store), SaveReflection{"m", "r", "in the older backup"});
        REQUIRE(store->flush(5000));
    }
    { auto store = openOk(options); }  // backup 2 (has the reflection)
    { auto store = openOk(options); }  // backup 3 (has it too): about to be damaged
    auto backups = backupsIn(dir.path() / "backups");
    REQUIRE(backups.size() == 3);
    fs::resize_file(backups.back(), 2048);
    fs::resize_file(options.path, 0);

    StoreOpenReport report;
    auto store = openOk(options, &report);
    REQUIRE_FALSE(report.notices.empty());
    CHECK(report.notices.back().find("restored") != std::string::npos);
    std::string error;
    REQUIRE(store->selectLearner(id, "c", error));
    CHECK(store->snapshot()->reflectionText("m", "r") == "in the older backup");
}
