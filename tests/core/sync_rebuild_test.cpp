// The deterministic state rebuild (sync/state_rebuild.h): replaying a learner's events gives
// the state the writer produced live, through the writer's own applyState.
#include "sync_test_support.h"

#include "store/command_writer.h"
#include "store/store_connection.h"
#include "sync/state_rebuild.h"

using namespace lectern;
using namespace sync_test;

namespace {

std::vector<LearnerId> allLearners(store::SqliteDb& db) {
    std::vector<LearnerId> ids;
    store::SqliteStmt s(db, "SELECT id FROM learners ORDER BY id");
    while (s.step() == SQLITE_ROW) ids.push_back(s.columnInt(0));
    return ids;
}

store::SqliteDb openWritable(const std::string& path) {
    auto db = store::openStoreConnection(path);
    REQUIRE(db);
    return std::move(*db);
}

} // namespace

TEST_CASE("sync: a learner's state rebuilt from the events equals the state the writer made live", "[sync]") {
    TempDir dir;
    const std::string path = dir.file("machine.db");
    // Every kind of command, twice over for some (a second attempt, a revision, a draft an
    // attempt ends), a few milliseconds apart as a person acts.
    recordMachine(path, {{"Amina", ""}, {"Bo", ""}, {"Chidi", ""}}, 1, 23, 2);
    REQUIRE(store_test::queryInt(path, "SELECT COUNT(DISTINCT kind) FROM events") >= 10);
    const std::string live = stateDump(path, true);

    store::SqliteDb db = openWritable(path);
    SECTION("replayed in the caller's transaction and committed") {
        store::StoreStatus status = store::inTransaction(db, [&]() -> store::StoreStatus {
            auto counts = sync::rebuildState(db, allLearners(db));
            if (!counts) return counts.error();
            CHECK(counts->learners == 3);
            CHECK(counts->eventsUnreadable == 0);
            CHECK(counts->eventsWithoutState > 0);  // course_completed: skipped, not an error
            return store::done();
        });
        REQUIRE(status);
        CHECK(stateDump(path, true) == live);
    }
    SECTION("rolled back by the caller: nothing of it stays") {
        REQUIRE(store::beginImmediate(db));
        std::string error;
        REQUIRE(db.exec("DELETE FROM notes; DELETE FROM quiz_attempts;", error) == SQLITE_OK);
        REQUIRE(sync::rebuildState(db, allLearners(db)));
        store::rollback(db);
        CHECK(stateDump(path, true) == live);
    }
    SECTION("from a wiped state") {
        std::string error;
        REQUIRE(db.exec("DELETE FROM section_progress; DELETE FROM quiz_attempts; DELETE FROM bookmarks;", error) == SQLITE_OK);
        REQUIRE(stateDump(path, true) != live);
        REQUIRE(store::inTransaction(db, [&]() -> store::StoreStatus {
            auto counts = sync::rebuildState(db, allLearners(db));
            if (!counts) return counts.error();
            return store::done();
        }));
        CHECK(stateDump(path, true) == live);
    }
}

TEST_CASE("sync: every event kind comes back as its command", "[sync]") {
    auto back = [](const char* kind, const char* result) { return store::commandFromEvent(kind, "", "m1", "s1", result); };
    CHECK(std::get<AddTimeOnTask>(*back("time_on_task", R"({"duration":"PT12.500S"})").command).seconds == 12.5);
    CHECK(std::get<SaveResume>(*back("resume_point", R"({"extensions":{"urn:lectern:xapi:extension:scroll-y":40.5}})").command).scrollY == 40.5f);
    CHECK_FALSE(std::get<SetBookmark>(*back("bookmark", R"({"extensions":{"urn:lectern:xapi:extension:bookmark-on":false}})").command).on);
    CHECK(std::get<SaveNote>(*back("note", R"({"response":"hello"})").command).text == "hello");
    for (const char* kind : {"initialized", "terminated", "course_completed", "course_passed"}) {
        store::EventCommand none = back(kind, "{}");
        CHECK(none.command);
        CHECK_FALSE(none.hasState);
    }
    CHECK_FALSE(back("teleported", "{}").command);
    CHECK_FALSE(back("note", "not json").command);
}
