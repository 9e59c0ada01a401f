// The facilitator's reports over a large room: `lectern report` (the HR CSV, and the default
// JSON that also carries the per-section detail) over 10,000 learners, and the item analysis
// over 10,000 first attempts (and every attempt), on the test room course
// (tests/data/facilitator/room-course). One learner studies through the real store; SQL
// copies them to N learners with profiles, sessions and random answers (so the statistics
// have something to compute). Prints "name value" lines for tools/bench.
//   report_bench [--learners N] [--dir DIR]
#include "../common/selected_scope.h"
#include "bench_store.h"
#include "bench_timing.h"
#include "load/course_loader.h"
#include "report/hr_export.h"
#include "report/item_analysis.h"
#include "report/progress_report.h"
#include "store/sqlite_db.h"

#include <filesystem>
#include <sqlite3.h>
#include <unistd.h>

using namespace lectern;
using namespace bench;
namespace fs = std::filesystem;

namespace {

void studyOnce(ProgressStore& store, const Course& course) {
    std::string error;
    store.selectLearner(store.ensureLearner("Learner 1"), course.id, error);
    ProgressScope scope = lectern::test::selectedScope(store);
    for (const auto& m : course.modules)
        for (const Section& s : m->sections) {
            store.submit(scope, AddTimeOnTask{{m->meta.id, s.id}, 75});
            store.submit(scope, MarkSectionRead{{m->meta.id, s.id}});
        }
    for (int a = 0; a < 3; ++a) {
        store.submit(scope, RecordQuizAttempt{"basics", "basics-quiz", "{}", 3, 6, false});
        store.submit(scope, RecordQuizAttempt{"practice", "practice-quiz", "{}", 2, 3, false});
    }
    store.submit(scope, SaveReflection{"practice", "take-away", "Something to keep."});
    store.flush(60000);
}

// Copies learner 1 to learners 2..n, gives everyone a profile and a session, and random answers.
bool cloneRoom(const std::string& path, int n) {
    store::SqliteDb db;
    std::string error;
    if (db.open(path, SQLITE_OPEN_READWRITE, error) != SQLITE_OK) {
        std::fprintf(stderr, "report_bench: %s\n", error.c_str());
        return false;
    }
    std::string count = std::to_string(n);
    std::string sql =
        "PRAGMA foreign_keys=OFF; PRAGMA synchronous=OFF; BEGIN;"
        "WITH RECURSIVE ids(i) AS (SELECT 2 UNION ALL SELECT i + 1 FROM ids WHERE i < " + count + ") "
        "INSERT INTO learners(id, name, created_ms, last_activity_ms) "
        "SELECT i, 'Learner ' || i, created_ms, last_activity_ms + i FROM ids, learners WHERE id = 1;"
        "UPDATE learners SET full_name = name, external_id = 'E' || id, group_name = 'Team ' || (id % 20);"
        "INSERT INTO enrolments SELECT l.id, e.course_id, e.enrolled_ms, e.last_activity_ms + l.id "
        "FROM learners l, enrolments e WHERE l.id > 1 AND e.learner_id = 1;"
        "INSERT INTO events(uuid, learner_id, course_id, module_id, item_id, object_id, verb, result, ts_ms) "
        "SELECT lower(hex(randomblob(16))), l.id, e.course_id, e.module_id, e.item_id, e.object_id, e.verb, "
        "e.result, e.ts_ms FROM learners l, events e WHERE l.id > 1 AND e.learner_id = 1;"
        "INSERT INTO section_progress SELECT l.id, course_id, module_id, section_id, read_ms, seconds, visits, event_seq "
        "FROM learners l, section_progress x WHERE l.id > 1 AND x.learner_id = 1;"
        "INSERT INTO quiz_attempts SELECT l.id, course_id, module_id, quiz_id, number, responses, score, max_score, "
        "passed, ts_ms, -(l.id * 100000 + x.rowid) FROM learners l, quiz_attempts x WHERE l.id > 1 AND x.learner_id = 1;"
        "INSERT INTO reflection_revisions SELECT l.id, course_id, module_id, reflection_id, revision, text, ts_ms, "
        "-(l.id * 100000 + x.rowid) FROM learners l, reflection_revisions x WHERE l.id > 1 AND x.learner_id = 1;"
        "UPDATE quiz_attempts SET responses = json_object('q1', substr('abcd', 1 + abs(random()) % 4, 1), "
        "'q2', substr('abc', 1 + abs(random()) % 3, 1), 'q3', json(iif(random() % 3 = 0, 'false', 'true')), "
        "'q4', json_array('a', substr('bcd', 1 + abs(random()) % 3, 1)), 'q5', 10 + abs(random()) % 3) "
        "WHERE quiz_id = 'basics-quiz';"
        "UPDATE quiz_attempts SET responses = json_object('p1', substr('xy', 1 + abs(random()) % 2, 1), "
        "'p2', json(iif(random() % 2 = 0, 'false', 'true')), 'p3', substr('xyz', 1 + abs(random()) % 3, 1)) "
        "WHERE quiz_id = 'practice-quiz';"
        "INSERT INTO onboarding_sessions(id, name, day, created_ms) VALUES (1, 'Morning', '2026-12-01', 0);"
        "INSERT INTO session_members SELECT 1, id, 0 FROM learners WHERE id % 2 = 0;"
        "COMMIT;";
    if (db.exec(sql, error) != SQLITE_OK) {
        std::fprintf(stderr, "report_bench: clone failed: %s\n", error.c_str());
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char** argv) {
    int learners = 10000;
    std::string dir = (fs::temp_directory_path() / ("lectern-report-bench-" + std::to_string(getpid()))).string();
    for (int i = 1; i < argc; ++i) {
        std::string a = argv[i];
        if (a == "--learners" && i + 1 < argc) learners = std::stoi(argv[++i]);
        else if (a == "--dir" && i + 1 < argc) dir = argv[++i];
        else {
            std::fprintf(stderr, "usage: report_bench [--learners N] [--dir DIR]\n");
            return 2;
        }
    }
    fs::create_directories(dir);
    LoadResult loaded = loadCourse(LECTERN_TEST_DATA_DIR "/facilitator/room-course");
    if (!loaded.course || loaded.diagnostics.hasErrors()) {
        std::fprintf(stderr, "report_bench: the room course did not load\n");
        return 1;
    }
    const Course& course = *loaded.course;
    std::string path = dir + "/room.db";
    {
        auto store = openBenchStore(path, "report_bench");
        if (!store) return 1;
        studyOnce(*store, course);
    }
    if (!cloneRoom(path, learners)) return 1;

    // `lectern report --format csv`: the HR export.
    auto t = Clock::now();
    auto room = report::loadRoom(path, course, {});
    if (!room) {
        std::fprintf(stderr, "report_bench: %s\n", room.error().message.c_str());
        return 1;
    }
    double readMs = msSince(t);
    t = Clock::now();
    report::RoomFigures figures = report::roomFigures(*room, course);
    double figuresMs = msSince(t);
    t = Clock::now();
    auto records = report::hrRecords(figures, false);
    std::string csv = report::hrCsv(records, false);
    double csvMs = msSince(t);
    std::printf("report_learners %zu\nreport_room_read_ms %.0f\nreport_figures_ms %.0f\nreport_hr_csv_ms %.0f\n"
                "report_hr_total_ms %.0f\n",
                figures.learners.size(), readMs, figuresMs, csvMs, readMs + figuresMs + csvMs);

    // `lectern report` (default JSON): the same records and the per-section progress report.
    t = Clock::now();
    report::ProgressReport rep;
    std::string error;
    if (!report::buildProgressReport(path, course, rep, error)) std::fprintf(stderr, "report_bench: %s\n", error.c_str());
    auto hr = report::hrJson(records, false);
    std::string json = report::toJson(rep, &hr);
    std::printf("report_json_ms %.0f\nreport_json_bytes %zu\nreport_csv_bytes %zu\n",
                msSince(t) + readMs + figuresMs, json.size(), csv.size());

    // --item-analysis: first attempts (one per learner and quiz), then all of them.
    for (bool all : {false, true}) {
        report::ItemAnalysisOptions options;
        options.allAttempts = all;
        t = Clock::now();
        auto again = report::loadRoom(path, course, {});
        auto analysis = report::itemAnalysis(*again, course, options);
        std::string text = report::itemAnalysisJson(analysis).dump();
        const char* name = all ? "item_analysis_all" : "item_analysis_first";
        std::printf("%s_attempts %d\n%s_ms %.0f\n", name, analysis.quizzes[0].attempts, name, msSince(t));
    }
    std::error_code ec;
    fs::remove_all(dir, ec);
    return 0;
}
