// Learner identity for the outside world (migration 004): every learner has a UUID, fixed for
// life, and an optional external id, unique when present; old databases keep every record.
#include "store/schema.h"
#include "store_test_support.h"

#include <map>
#include <regex>
#include <set>

using namespace lectern;
using namespace store_test;

namespace {

const char* kTables[] = {"learners", "enrolments", "events", "section_progress", "resume_points", "quiz_attempts",
                         "reflection_revisions", "bookmarks", "notes", "learner_settings"};

// A database built from tests/data/store/<fixture> with the given user_version.
void createFromFixture(const std::string& path, const std::string& fixture, int userVersion) {
    std::string sql = readBytes(std::string(LECTERN_TEST_DATA_DIR) + "/store/" + fixture);
    REQUIRE(!sql.empty());
    createDatabase(path, sql, userVersion);
}

int execOn(const std::string& path, const std::string& sql) {
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
    int rc = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr);
    sqlite3_close(db);
    return rc;
}

} // namespace

TEST_CASE("store: an old database gets learner UUIDs and keeps every record", "[store][schema][identity]") {
    struct Fixture {
        const char* file;
        int version;
    };
    // v3_release_0.1.0.sql was written by that release itself (tools/dev/make-release-fixture).
    for (Fixture f : {Fixture{"v1_progress.sql", 1}, Fixture{"v3_progress.sql", 3}, Fixture{"v3_release_0.1.0.sql", 3}}) {
        INFO(f.file);
        TempDir dir;
        auto options = optionsFor(dir);
        createFromFixture(options.path, f.file, f.version);

        // Every row of every table before the upgrade, over the columns it has then.
        std::map<std::string, std::string> columns, before;
        std::map<std::string, int64_t> counts;
        for (const char* t : kTables) {
            columns[t] = queryText(options.path, std::string("SELECT group_concat(name, ',') FROM pragma_table_info('") + t + "')");
            if (columns[t].empty()) continue;
            before[t] = dumpTable(options.path, t, columns[t]);
            counts[t] = queryInt(options.path, std::string("SELECT COUNT(*) FROM ") + t);
        }
        REQUIRE(counts["events"] > 0);
        REQUIRE(counts["learners"] > 0);

        { auto store = openOk(options); }
        CHECK(queryInt(options.path, "PRAGMA user_version") == store::latestSchemaVersion());
        for (const auto& [t, rowsBefore] : before) {
            INFO(t);
            CHECK(queryInt(options.path, "SELECT COUNT(*) FROM " + t) == counts[t]);
            CHECK(dumpTable(options.path, t, columns[t]) == rowsBefore);
        }
        // Every learner has a version 4 UUID of their own, and no external id yet.
        CHECK(queryInt(options.path, "SELECT COUNT(*) FROM learners WHERE uuid IS NULL") == 0);
        CHECK(queryInt(options.path, "SELECT COUNT(DISTINCT uuid) FROM learners") == counts["learners"]);
        CHECK(queryInt(options.path, "SELECT COUNT(*) FROM learners WHERE external_id IS NOT NULL") == 0);
        const std::regex v4("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
        sqlite3* db = nullptr;
        REQUIRE(sqlite3_open_v2(options.path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
        sqlite3_stmt* stmt = nullptr;
        REQUIRE(sqlite3_prepare_v2(db, "SELECT uuid FROM learners", -1, &stmt, nullptr) == SQLITE_OK);
        while (sqlite3_step(stmt) == SQLITE_ROW) {
            std::string uuid = reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0));
            INFO(uuid);
            CHECK(std::regex_match(uuid, v4));
        }
        sqlite3_finalize(stmt);
        sqlite3_close(db);
        // Old events have no stored statement: they are rendered from the row when read.
        CHECK(queryInt(options.path, "SELECT COUNT(*) FROM events WHERE statement IS NOT NULL") == 0);
    }
}

TEST_CASE("store: 200 learners migrated at once get 200 different UUIDs", "[store][schema][identity]") {
    TempDir dir;
    auto options = optionsFor(dir);
    createFromFixture(options.path, "v1_progress.sql", 1);
    REQUIRE(execOn(options.path, "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 199) "
                                 "INSERT INTO learners(name, created_ms) SELECT 'learner ' || i, 0 FROM n") == SQLITE_OK);
    { auto store = openOk(options); }
    CHECK(queryInt(options.path, "SELECT COUNT(DISTINCT uuid) FROM learners WHERE uuid IS NOT NULL") == 200);
}

TEST_CASE("store: a new learner gets a UUID that never changes, and external ids are unique when present", "[store][identity]") {
    TempDir dir;
    auto options = optionsFor(dir);
    {
        auto store = openOk(options);
        store->ensureLearner("Amina");
        store->ensureLearner("Bo");
    }
    const std::string amina = queryText(options.path, "SELECT uuid FROM learners WHERE name = 'Amina'");
    CHECK(amina.size() == 36);
    CHECK(amina != queryText(options.path, "SELECT uuid FROM learners WHERE name = 'Bo'"));
    CHECK(execOn(options.path, "UPDATE learners SET uuid = '00000000-0000-4000-8000-000000000000' WHERE name = 'Amina'") != SQLITE_OK);
    CHECK(queryText(options.path, "SELECT uuid FROM learners WHERE name = 'Amina'") == amina);
    // An insert that brings its own UUID (an imported learner) keeps it.
    CHECK(execOn(options.path, "INSERT INTO learners(name, created_ms, uuid) VALUES('Imported', 0, "
                               "'11111111-2222-4333-8444-555555555555')") == SQLITE_OK);
    CHECK(queryText(options.path, "SELECT uuid FROM learners WHERE name = 'Imported'") == "11111111-2222-4333-8444-555555555555");
    CHECK(execOn(options.path, "INSERT INTO learners(name, created_ms, uuid) VALUES('Twin', 0, '" + amina + "')") != SQLITE_OK);

    CHECK(execOn(options.path, "UPDATE learners SET external_id = 'E-1001' WHERE name = 'Amina'") == SQLITE_OK);
    CHECK(execOn(options.path, "UPDATE learners SET external_id = 'E-1001' WHERE name = 'Bo'") != SQLITE_OK);
    CHECK(queryInt(options.path, "SELECT COUNT(*) FROM learners WHERE external_id IS NULL") == 2);  // many without one
}
