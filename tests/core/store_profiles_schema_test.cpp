// Migration 006 (profiles, PINs, sessions, sharing) keeps every record of an older database:
// the v1 and v3 fixtures, and a database at version 4 (the previous release).
#include "store_test_support.h"

#include "store/embedded_sql.h"
#include "store/schema.h"

#include <map>

using namespace lectern;
using namespace store_test;

namespace {

const char* kTables[] = {"learners", "enrolments", "events", "section_progress", "resume_points", "quiz_attempts",
                         "reflection_revisions", "bookmarks", "notes", "learner_settings", "quiz_drafts", "store_meta"};

// The v3 fixture brought to version 4 by 004's own script, as the previous release left it.
void createVersion4(const std::string& path) {
    std::string sql = readBytes(std::string(LECTERN_TEST_DATA_DIR) + "/store/v3_progress.sql");
    sql += "\n" + std::string(embedded::sql("004_learner_identity_and_statements.sql"));
    sql += "\nUPDATE learners SET external_id = 'E-' || id;";
    createDatabase(path, sql, 4);
}

} // namespace

TEST_CASE("store: migration 006 keeps every record of a v1, v3 and v4 database; the new fields start empty",
          "[store][schema][profiles]") {
    for (int from : {1, 3, 4}) {
        INFO("from version " << from);
        TempDir dir;
        auto options = optionsFor(dir);
        if (from == 4)
            createVersion4(options.path);
        else
            createDatabase(options.path,
                           readBytes(std::string(LECTERN_TEST_DATA_DIR) + "/store/v" + std::to_string(from) + "_progress.sql"), from);

        std::map<std::string, std::string> columns, before;
        for (const char* t : kTables) {
            columns[t] = queryText(options.path, std::string("SELECT group_concat(name, ',') FROM pragma_table_info('") + t + "')");
            if (!columns[t].empty() && t != std::string("store_meta")) before[t] = dumpTable(options.path, t, columns[t]);
        }
        REQUIRE(queryInt(options.path, "SELECT COUNT(*) FROM learners") > 0);
        REQUIRE(queryInt(options.path, "SELECT COUNT(*) FROM events") > 0);
        const std::string uuids = from == 4 ? queryText(options.path, "SELECT group_concat(uuid) FROM learners") : "";

        { auto store = openOk(options); }
        CHECK(queryInt(options.path, "PRAGMA user_version") == store::latestSchemaVersion());
        for (const auto& [t, rows] : before) {
            INFO(t);
            CHECK(dumpTable(options.path, t, columns[t]) == rows);
        }
        if (from == 4) CHECK(queryText(options.path, "SELECT group_concat(uuid) FROM learners") == uuids);
        CHECK(queryInt(options.path, "SELECT COUNT(*) FROM learners WHERE full_name IS NOT NULL OR group_name IS NOT NULL "
                                     "OR archived_ms IS NOT NULL OR pin_hash IS NOT NULL OR pin_failures <> 0 "
                                     "OR pin_locked_until_ms <> 0") == 0);
        for (const char* t : {"facilitator", "shared_settings", "onboarding_sessions", "session_members",
                              "reflection_sharing", "profile_events"}) {
            INFO(t);
            CHECK(queryInt(options.path, std::string("SELECT COUNT(*) FROM ") + t) == 0);
        }
        CHECK(queryText(options.path, "PRAGMA integrity_check") == "ok");
        CHECK(queryText(options.path, "PRAGMA foreign_key_check") == "");
    }
}
