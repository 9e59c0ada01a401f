// Importing rosters into a real database: 500 learners in many scripts, a re-import that
// changes nothing, updates by external_id, sessions, all-or-nothing on bad rows, and export.
#include "onboard_test_support.h"

#include "roster/roster_export.h"
#include "store/learner_repository.h"
#include "store/memory_copy.h"
#include "store/profile_event_repository.h"
#include "store/session_repository.h"

#include <map>

using namespace lectern;
using namespace onboard_test;

namespace {

const char* kNames[] = {"محمد عبد الله", "فاطمة الزهراء", "王小明", "李娜", "Дмитрий Иванов", "Анна Смирнова",
                        "José Álvarez", "Zoë Ångström", "Chidi Okafor", "Nguyễn Thị Minh Khai"};

// 500 rows: every script, a BOM, CRLF, quoted commas and quoted line breaks.
std::string bigRoster(const std::string& suffix = "") {
    std::string csv = "\xEF\xBB\xBF" "Full_Name,External_ID,Group\r\n";
    for (int i = 0; i < 500; ++i) {
        std::string name = std::string(kNames[i % 10]) + " " + std::to_string(i) + suffix;
        if (i % 7 == 0) name = "\"" + name + ", Jr.\"";
        else if (i % 11 == 0) name = "\"" + name + "\r\nsecond line\"";
        csv += name + ",EMP-" + std::to_string(1000 + i) + ",\"Cohort " + std::to_string(i % 5) + "\"\r\n";
    }
    return csv;
}

std::map<std::string, store::LearnerProfile> byExternalId(store::SqliteDb& db) {
    auto list = store::LearnerRepository(db).list();
    REQUIRE(list.ok());
    std::map<std::string, store::LearnerProfile> out;
    for (auto& l : *list) out[l.externalId] = l;
    return out;
}

} // namespace

TEST_CASE("roster import: 500 learners in Arabic, Chinese, Cyrillic and accented names; a re-import changes nothing",
          "[roster][import]") {
    TempDir dir;
    const std::string path = freshDatabase(dir);
    const std::string csv = writeFile(dir, "staff.csv", bigRoster());
    auto db = connect(path);

    auto first = importOk(db, csv);
    CHECK(first.line() == "500 new, 0 updated, 0 unchanged");
    auto learners = byExternalId(db);
    REQUIRE(learners.size() == 500);
    CHECK(learners["EMP-1000"].fullName == "محمد عبد الله 0, Jr.");
    CHECK(learners["EMP-1002"].fullName == "王小明 2");
    CHECK(learners["EMP-1004"].fullName == "Дмитрий Иванов 4");
    CHECK(learners["EMP-1011"].fullName == "فاطمة الزهراء 11\r\nsecond line");
    CHECK(learners["EMP-1007"].fullName == "Zoë Ångström 7, Jr.");
    CHECK(learners["EMP-1003"].group == "Cohort 3");
    CHECK(learners["EMP-1009"].name == "Nguyễn Thị Minh Khai 9");
    CHECK(queryInt(path, "SELECT COUNT(DISTINCT uuid) FROM learners") == 500);

    const int64_t eventsBefore = queryInt(path, "SELECT COUNT(*) FROM profile_events");
    const std::string rowsBefore = queryText(path, "SELECT group_concat(id || name || full_name || group_name, '|') FROM learners");
    roster::ImportOptions dry;
    dry.dryRun = true;
    CHECK(importOk(db, csv, dry).line() == "0 new, 0 updated, 500 unchanged");
    CHECK(importOk(db, csv).line() == "0 new, 0 updated, 500 unchanged");
    CHECK(queryInt(path, "SELECT COUNT(*) FROM profile_events") == eventsBefore);
    CHECK(queryText(path, "SELECT group_concat(id || name || full_name || group_name, '|') FROM learners") == rowsBefore);
}

TEST_CASE("roster import: a changed name or group updates the learner with that external_id; a dry run writes nothing",
          "[roster][import]") {
    TempDir dir;
    const std::string path = freshDatabase(dir);
    auto db = connect(path);
    importOk(db, writeFile(dir, "a.csv", "external_id,full_name,group\nE1,Ann Lee,Ops\nE2,Bo Chen,Ops\nE3,Cy Diaz,HR\n"));
    const LearnerId annId = byExternalId(db)["E1"].id;

    const std::string changed = writeFile(dir, "b.csv", "external_id,full_name,group\nE1,Ann Lee-Park,Ops\nE2,Bo Chen,Legal\n"
                                                        "E3,Cy Diaz,HR\nE4,Di Eze,HR\n");
    roster::ImportOptions dry;
    dry.dryRun = true;
    const std::string before = readBytes(path);
    CHECK(importOk(db, changed, dry).line() == "1 new, 2 updated, 1 unchanged");
    CHECK(byExternalId(db).size() == 3);
    CHECK(importOk(db, changed).line() == "1 new, 2 updated, 1 unchanged");
    auto now = byExternalId(db);
    CHECK(now["E1"].id == annId);  // the same learner, renamed: their records stay theirs
    CHECK(now["E1"].fullName == "Ann Lee-Park");
    CHECK(now["E1"].name == "Ann Lee-Park");
    CHECK(now["E2"].group == "Legal");
    CHECK(now["E4"].fullName == "Di Eze");
    // A learner missing from the new roster is left alone (never archived or deleted by an import).
    importOk(db, writeFile(dir, "c.csv", "external_id,full_name,group\nE4,Di Eze,HR\n"));
    CHECK(byExternalId(db).size() == 4);
}

TEST_CASE("roster import: two learners with the same name get distinct profile names", "[roster][import]") {
    TempDir dir;
    const std::string path = freshDatabase(dir);
    auto db = connect(path);
    importOk(db, writeFile(dir, "a.csv", "external_id,full_name,group\nE1,Maria Garcia,Ops\nE2,Maria Garcia,HR\n"));
    auto l = byExternalId(db);
    CHECK(l["E1"].displayName() == "Maria Garcia");
    CHECK(l["E2"].displayName() == "Maria Garcia");
    CHECK(l["E1"].name == "Maria Garcia");
    CHECK(l["E2"].name == "Maria Garcia (E2)");
}

TEST_CASE("roster import: with --session every learner joins it; again, nothing changes", "[roster][import]") {
    TempDir dir;
    const std::string path = freshDatabase(dir);
    auto db = connect(path);
    const std::string csv = writeFile(dir, "a.csv", "external_id,full_name,group\nE1,Ann,Ops\nE2,Bo,Ops\n");
    importOk(db, writeFile(dir, "early.csv", "external_id,full_name,group\nE1,Ann,Ops\n"));
    roster::ImportOptions withSession;
    withSession.sessionName = "Onboarding, December";
    withSession.sessionDay = "2026-12-01";
    auto s = importOk(db, csv, withSession);
    CHECK(s.line() == "1 new, 0 updated, 1 unchanged");
    CHECK(s.joinedSession == 2);
    CHECK(importOk(db, csv, withSession).joinedSession == 0);
    auto session = store::SessionRepository(db).find("Onboarding, December", "2026-12-01");
    REQUIRE(session.ok());
    REQUIRE(session->has_value());
    CHECK((*session)->memberCount == 2);
    auto today = store::SessionRepository(db).onDay("2026-12-01");
    REQUIRE(today.ok());
    CHECK(today->size() == 1);
    store::LearnerFilter only;
    only.sessionId = (*session)->id;
    CHECK(store::LearnerRepository(db).list(only)->size() == 2);
}

TEST_CASE("roster import: a roster with a bad row leaves the database byte-identical", "[roster][import]") {
    TempDir dir;
    const std::string path = freshDatabase(dir);
    {
        auto db = connect(path);
        importOk(db, writeFile(dir, "good.csv", "external_id,full_name,group,pin\nE1,Ann,Ops,\nE2,Bo,Ops,\n"));
    }
    const std::string before = readBytes(path);
    const std::string header = "external_id,full_name,group,pin\n";
    const std::string good = "E1,Ann Renamed,Ops,\nE3,New Person,HR,\n";
    const std::pair<const char*, std::string> bad[] = {
        {"missing name", good + "E4,,HR,\n"},
        {"duplicate external_id", good + "E3,Again,HR,\n"},
        {"short pin", good + "E4,Di,HR,123\n"},
        {"letters in pin", good + "E4,Di,HR,12ab\n"},
        {"wrong field count", good + "E4,Di,HR\n"},
        {"unclosed quote", good + "E4,\"Di,HR,\n"},
    };
    for (const auto& [what, rows] : bad) {
        INFO(what);
        roster::Roster roster;
        roster::readRoster(writeFile(dir, "bad.csv", header + rows), roster);
        REQUIRE(roster.errors.size() == 1);
        CHECK(roster.errors[0].rfind(dir.file("bad.csv") + ":4: error: ", 0) == 0);
        // The import path a caller takes: nothing to import, the database untouched.
        CHECK(roster.entries.empty());
        {
            auto db = connect(path);
            auto refused = roster::importRoster(db, roster, {});
            REQUIRE_FALSE(refused.ok());
            CHECK(refused.error().message == "The roster has errors; nothing was imported.");
        }
        CHECK(readBytes(path) == before);
    }
    for (const std::string& encoding : {std::string("\xFF\xFE", 2) + header, header + "E4,Zo\xEB,HR,\n"}) {
        roster::Roster roster;
        roster::readRoster(writeFile(dir, "enc.csv", encoding), roster);
        CHECK_FALSE(roster.ok());
        CHECK(readBytes(path) == before);
    }
}

TEST_CASE("roster export: the same columns, never a PIN, formulas neutralised; a session's members only", "[roster][export]") {
    TempDir dir;
    const std::string path = freshDatabase(dir);
    auto db = connect(path);
    importOk(db, writeFile(dir, "a.csv", "external_id,full_name,group,pin\n"
                                         "E1,\"=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",Ops,482913\n"
                                         "E2,\"Okafor, Chidi\",@HR,\n"));
    roster::ImportOptions s;
    s.sessionName = "Day 1";
    s.sessionDay = "2026-12-01";
    importOk(db, writeFile(dir, "b.csv", "external_id,full_name,group\nE3,Bo,-Legal\n"), s);
    // Stored as given, never evaluated.
    CHECK(queryText(path, "SELECT full_name FROM learners WHERE external_id = 'E1'") == "=HYPERLINK(\"http://x\",\"y\")");

    auto all = roster::exportRoster(db);
    REQUIRE(all.ok());
    CHECK(*all == "external_id,full_name,group\r\n"
                  "E3,Bo,'-Legal\r\n"
                  "E2,\"Okafor, Chidi\",'@HR\r\n"
                  "E1,\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",Ops\r\n");
    CHECK(all->find("482913") == std::string::npos);
    auto day1 = roster::exportRoster(db, (*store::SessionRepository(db).find("Day 1"))->id);
    REQUIRE(day1.ok());
    CHECK(*day1 == "external_id,full_name,group\r\nE3,Bo,'-Legal\r\n");
}

TEST_CASE("roster import: a dry run on an older database reads an upgraded copy and never changes the file", "[roster][import]") {
    TempDir dir;
    auto options = optionsFor(dir);
    createDatabase(options.path, readBytes(std::string(LECTERN_TEST_DATA_DIR) + "/store/v3_progress.sql"), 3);
    const std::string before = readBytes(options.path);
    auto copy = store::openMemoryCopy(options.path);
    INFO((copy ? std::string() : copy.error().message));
    REQUIRE(copy.ok());
    roster::ImportOptions dry;
    dry.dryRun = true;
    CHECK(importOk(*copy, writeFile(dir, "a.csv", "external_id,full_name,group\nE1,Ann,Ops\n"), dry).line() ==
          "1 new, 0 updated, 0 unchanged");
    CHECK(readBytes(options.path) == before);
    CHECK(queryInt(options.path, "PRAGMA user_version") == 3);
    // A database that does not exist yet is not created by a dry run.
    auto none = store::openMemoryCopy(dir.file("missing.db"));
    REQUIRE(none.ok());
    CHECK_FALSE(fs::exists(dir.file("missing.db")));
}
