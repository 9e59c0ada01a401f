// Helpers for the offline-merge tests ([sync]): "machines" (progress files) whose learners'
// records go through the real ProgressStore, their bundles, imports, and a dump of every
// state table by learner UUID (local ids and event seqs differ from file to file).
#pragma once
#include "store_test_support.h"

#include "../common/selected_scope.h"
#include "store/database_open.h"
#include "store/read/read_only_open.h"
#include "sync/bundle_import.h"
#include "sync/progress_bundle.h"
#include "xapi/statement.h"

#include <chrono>
#include <thread>

namespace sync_test {

using namespace lectern;
using store_test::TempDir;

inline const std::string kCourse = "sync-course";

struct Person {
    std::string name;
    std::string uuid;  // empty: the store gives one
};

// 8-4-4-4-12 from a number: a fixed UUID so one learner can be on several machines.
inline std::string fixedUuid(int n) {
    char text[40];
    std::snprintf(text, sizeof text, "00000000-0000-4000-8000-%012d", n);
    return text;
}

// Commands for learner `i`: `count` of them, varied by i and the machine, each kind once in a while.
inline std::vector<ProgressCommand> commandsFor(int i, int machine, int count) {
    const std::string s = "s" + std::to_string(1 + (i + machine) % 3);
    std::vector<ProgressCommand> all = {
        MarkSectionRead{{"m1", s}},
        AddTimeOnTask{{"m1", s}, 1.25 + machine},
        SaveQuizDraft{"m1", "q1", R"({"q1-q1":"a"})"},
        RecordQuizAttempt{"m1", "q1", R"({"q1-q1":")" + std::string(1, char('a' + machine)) + "\"}", double(machine % 2), 1,
                          machine % 2 == 1},
        SaveReflection{"m1", "r1", "reflection " + std::to_string(i) + " on machine " + std::to_string(machine)},
        SetBookmark{{"m1", s}, (i + machine) % 2 == 0},
        SaveNote{{"m1", s}, "note " + std::to_string(i)},
        SaveResume{{"m1", s}, float(10 * machine + 0.5)},
        SaveSettings{R"({"font_size":)" + std::to_string(14 + machine) + "}"},
        RecordCourseOutcome{CourseOutcome::Completed},
    };
    std::vector<ProgressCommand> out;
    for (int k = 0; k < count; ++k) out.push_back(all[size_t(i * 7 + machine * 3 + k * 3) % all.size()]);
    return out;
}

// A machine: `people` recorded through the real store, each with commandsFor(...). With
// `spacedMs`, each submit waits that long first (distinct times, as a person acts).
inline void recordMachine(const std::string& path, const std::vector<Person>& people, int machine, int eventsEach,
                          int spacedMs = 0) {
    lectern::StoreOpenOptions options;
    options.path = path;
    options.backupEveryMinutes = 0;
    store_test::openOk(options).reset();  // the schema first, so learners can be given their UUIDs
    {
        sqlite3* db = nullptr;
        REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
        for (const Person& p : people) {
            if (p.uuid.empty()) continue;
            sqlite3_stmt* stmt = nullptr;
            sqlite3_prepare_v2(db, "INSERT INTO learners(name, created_ms, uuid) VALUES(?,?,?)", -1, &stmt, nullptr);
            sqlite3_bind_text(stmt, 1, p.name.c_str(), -1, SQLITE_TRANSIENT);
            sqlite3_bind_int64(stmt, 2, 1700000000000 + machine);
            sqlite3_bind_text(stmt, 3, p.uuid.c_str(), -1, SQLITE_TRANSIENT);
            REQUIRE(sqlite3_step(stmt) == SQLITE_DONE);
            sqlite3_finalize(stmt);
        }
        sqlite3_close(db);
    }
    auto store = store_test::openOk(options);
    store->setStatementContext(std::make_shared<const xapi::StatementContext>(xapi::contextForId(kCourse)));
    for (size_t i = 0; i < people.size(); ++i) {
        LearnerId id = store->ensureLearner(people[i].name);
        std::string error;
        REQUIRE(store->selectLearner(id, kCourse, error));
        ProgressScope scope = test::selectedScope(*store);
        for (ProgressCommand& c : commandsFor(int(i), machine, eventsEach)) {
            if (spacedMs) std::this_thread::sleep_for(std::chrono::milliseconds(spacedMs));
            store->submit(scope, std::move(c));
        }
    }
    REQUIRE(store->flush(120000));
}

inline std::string exportBundle(const std::string& dbPath, const certificate::SecretKey* key = nullptr) {
    auto ro = store::read::openReadOnly(dbPath);
    REQUIRE(ro);
    auto bundle = sync::readBundleFrom(ro->db);
    REQUIRE(bundle);
    auto bytes = sync::renderBundle(*bundle, key);
    REQUIRE(bytes);
    return *bytes;
}

// parse + open + import, as `lectern import-progress` does.
inline store::StoreResult<sync::ImportSummary> importBytes(const std::string& dbPath, const std::string& bytes) {
    auto bundle = sync::parseBundle(bytes);
    if (!bundle) return bundle.error();
    lectern::StoreOpenOptions options;
    options.path = dbPath;
    options.backupEveryMinutes = 0;
    lectern::StoreOpenReport report;
    store::SqliteDb db;
    if (!store::openProgressDatabase(options, db, report))
        return store::StoreError{store::StoreErrorCode::Internal, report.error};
    return sync::importBundle(db, *bundle);
}

// Every state table, by learner UUID; event_seq as the event's uuid when `withEvents`, else left out.
inline std::string stateDump(const std::string& path, bool withEventUuid) {
    const std::string seq = withEventUuid ? ", (SELECT uuid FROM events WHERE seq = t.event_seq)" : "";
    struct Table {
        const char* name;
        const char* columns;
    };
    const Table tables[] = {
        {"section_progress", "course_id, module_id, section_id, read_ms, round(seconds, 3), visits"},
        {"resume_points", "course_id, module_id, section_id, scroll_y, ts_ms"},
        {"quiz_attempts", "course_id, module_id, quiz_id, number, responses, score, max_score, passed, ts_ms"},
        {"quiz_drafts", "course_id, module_id, quiz_id, responses, ts_ms"},
        {"reflection_revisions", "course_id, module_id, reflection_id, revision, text, ts_ms"},
        {"bookmarks", "course_id, module_id, section_id, is_on, ts_ms"},
        {"notes", "course_id, module_id, section_id, text, ts_ms"},
        {"learner_settings", "json, ts_ms"},
        {"text_drafts", "course_id, kind, module_id, item_id, text, ts_ms"},
    };
    std::string out;
    for (const Table& t : tables) {
        const std::string extra = std::string(t.name) == "text_drafts" ? "" : seq;
        out += std::string("== ") + t.name + "\n" +
               store_test::queryText(path, "SELECT COALESCE(group_concat(r, char(10)), '') FROM (SELECT quote(l.uuid) || ' ' || " +
                                               std::string("json_array(") + t.columns + extra + ") AS r FROM " + t.name +
                                               " t JOIN learners l ON l.id = t.learner_id ORDER BY 1)") +
               "\n";
    }
    out += "== learners\n" + store_test::queryText(path, "SELECT COALESCE(group_concat(r, char(10)), '') FROM (SELECT json_array("
                                                        "uuid, name, external_id, created_ms, last_activity_ms) AS r "
                                                        "FROM learners ORDER BY 1)") + "\n";
    out += "== enrolments\n" + store_test::queryText(path, "SELECT COALESCE(group_concat(r, char(10)), '') FROM (SELECT json_array("
                                                          "l.uuid, e.course_id, e.enrolled_ms, e.last_activity_ms) AS r "
                                                          "FROM enrolments e JOIN learners l ON l.id = e.learner_id ORDER BY 1)") + "\n";
    return out;
}

// Every event with every column (the learner by UUID), the statement as stored.
inline std::string eventDump(const std::string& path) {
    return store_test::queryText(path, "SELECT COALESCE(group_concat(r, char(10)), '') FROM (SELECT json_array(e.uuid, l.uuid, "
                                       "e.course_id, e.module_id, e.item_id, e.object_id, e.verb, e.result, e.ts_ms, e.kind, "
                                       "e.statement) AS r FROM events e JOIN learners l ON l.id = e.learner_id ORDER BY 1)");
}

} // namespace sync_test
