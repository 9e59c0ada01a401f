// The file format: STRICT tables in WAL mode, numbered migrations through user_version, an
// old file upgraded without losing anything, a newer file refused and left byte-identical.
#include "../common/selected_scope.h"
#include "store_test_support.h"

#include "report/progress_report.h"

using namespace lectern;
using namespace store_test;

namespace {

const int kLatest = 8;  // store/sql/00N_*.sql

} // namespace

TEST_CASE("store: a new database has the latest schema, STRICT tables and WAL", "[store][schema]") {
    TempDir dir;
    auto options = optionsFor(dir);
    { auto store = openOk(options); }
    CHECK(queryInt(options.path, "PRAGMA user_version") == kLatest);
    CHECK(queryText(options.path, "PRAGMA journal_mode") == "wal");
    // Every table is STRICT: a wrong type is refused instead of stored.
    CHECK(queryInt(options.path, "SELECT COUNT(*) FROM sqlite_schema WHERE type = 'table' AND sql NOT LIKE '%STRICT'") ==
          0);
    CHECK(queryInt(options.path, "SELECT COUNT(*) FROM sqlite_schema WHERE type = 'table'") >= 10);
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(options.path.c_str(), &db) == SQLITE_OK);
    CHECK(sqlite3_exec(db, "INSERT INTO learners(name, created_ms) VALUES('x', 'not a number')", nullptr, nullptr,
                       nullptr) != SQLITE_OK);
    sqlite3_close(db);
}

TEST_CASE("store: a version 1 database is upgraded and keeps all its progress", "[store][schema]") {
    TempDir dir;
    auto options = optionsFor(dir);
    createDatabase(options.path, readBytes(std::string(LECTERN_TEST_DATA_DIR) + "/store/v1_progress.sql"), 1);

    StoreOpenReport report;
    auto store = openOk(options, &report);
    REQUIRE(report.notices.size() == 1);
    CHECK(report.notices[0].find("upgraded") != std::string::npos);
    CHECK(queryInt(options.path, "PRAGMA user_version") == kLatest);
    CHECK(queryInt(options.path, "SELECT COUNT(*) FROM sqlite_schema WHERE name = 'events_by_object'") == 1);

    auto learners = store->learners();
    REQUIRE(learners.size() == 1);
    CHECK(learners[0].name == "Amina");
    std::string error;
    REQUIRE(store->selectLearner(learners[0].id, "un-cyber", error));
    auto s = store->snapshot();
    CHECK(s->sectionsRead.count({"history", "intro"}) == 1);
    CHECK(s->secondsOnSection.at({"history", "intro"}) == Approx(42.5));
    CHECK(s->attemptCount("history", "check-1") == 1);
    CHECK(s->reflectionText("history", "why-norms") == "Trust is built slowly.");

    // New records continue the old numbering.
    store->submit(lectern::test::selectedScope(*store), RecordQuizAttempt{"history", "check-1", "{}", 4, 4, true});
    REQUIRE(store->flush(5000));
    CHECK(queryInt(options.path, "SELECT MAX(number) FROM quiz_attempts") == 2);

    // A copy of the file as it was before the upgrade is among the backups.
    bool foundV1 = false;
    for (auto& e : fs::directory_iterator(dir.path() / "backups"))
        if (queryInt(e.path().string(), "PRAGMA user_version") == 1) foundV1 = true;
    CHECK(foundV1);

    // Opening again does not migrate or announce anything.
    store.reset();
    StoreOpenReport again;
    auto reopened = openOk(options, &again);
    CHECK(again.notices.empty());
}

TEST_CASE("store: a database from a newer Lectern is refused and left byte-identical", "[store][schema]") {
    TempDir dir;
    auto options = optionsFor(dir);
    createDatabase(options.path, "CREATE TABLE future_things(x INTEGER) STRICT; INSERT INTO future_things VALUES (7);", 99);
    std::string before = readBytes(options.path);

    StoreOpenReport report;
    auto store = ProgressStore::open(options, report);
    CHECK_FALSE(store);
    CHECK_FALSE(report.ok);
    CHECK(report.error.find("newer version of Lectern") != std::string::npos);
    CHECK(report.error.find("not been changed") != std::string::npos);
    CHECK(readBytes(options.path) == before);
    CHECK_FALSE(fs::exists(options.path + "-wal"));
    CHECK_FALSE(fs::exists(dir.path() / "backups"));

    SECTION("also when the file is in WAL mode") {
        sqlite3* db = nullptr;
        REQUIRE(sqlite3_open(options.path.c_str(), &db) == SQLITE_OK);
        sqlite3_exec(db, "PRAGMA journal_mode=WAL", nullptr, nullptr, nullptr);
        sqlite3_close(db);
        std::string walBytes = readBytes(options.path);
        CHECK_FALSE(ProgressStore::open(options, report));
        CHECK(readBytes(options.path) == walBytes);
    }
}

TEST_CASE("store: a file that is not a database is set aside, never overwritten", "[store][schema]") {
    TempDir dir;
    auto options = optionsFor(dir);
    std::string text = "These are my notes, saved by mistake under the progress file's name.\n";
    writeBytes(options.path, text);
    StoreOpenReport report;
    auto store = openOk(options, &report);
    REQUIRE(report.notices.size() == 1);
    CHECK(report.notices[0].find("damaged") != std::string::npos);
    bool kept = false;
    for (auto& e : fs::directory_iterator(dir.path()))
        if (e.path().filename().string().rfind("progress.db.damaged-", 0) == 0 && readBytes(e.path().string()) == text)
            kept = true;
    CHECK(kept);
}

TEST_CASE("store: a report reads a version 1 database without upgrading or changing it", "[store][schema]") {
    TempDir dir;
    auto options = optionsFor(dir);
    createDatabase(options.path, readBytes(std::string(LECTERN_TEST_DATA_DIR) + "/store/v1_progress.sql"), 1);
    const std::string before = readBytes(options.path);

    Course course;
    course.id = "un-cyber";
    report::ProgressReport report;
    std::string error;
    REQUIRE(report::buildProgressReport(options.path, course, report, error));
    INFO(error);
    REQUIRE(report.learners.size() == 1);
    CHECK(report.learners[0].name == "Amina");
    CHECK(queryInt(options.path, "PRAGMA user_version") == 1);
    CHECK(readBytes(options.path) == before);
}
