// Store benchmark: prints figures, asserts nothing.
//
//   store_bench [--learners N] [--dir DIR]
//
//   commit_full_p50_ms / _p99_ms     one saved answer (event + state, one transaction), synchronous=FULL
//   commit_normal_p50_ms / _p99_ms   the same with synchronous=NORMAL
//   roundtrip_p50_ms / _p99_ms       submit() to "Saved" through the store's writer thread (FULL)
//   submit_p99_us                    what the UI thread pays per submit() (one at a time)
//   submit_burst_p50_us / _p99_us    the same for 5,000 submits while the writer is busy
//   records_per_second               a burst of 5,000 commands through the store
//   bytes_per_learner                a whole course: 3 modules x 8 sections, 3 quizzes x 10
//                                    questions (3 attempts each), 6 reflections x 3 revisions
//   report_learners / report_ms      `lectern report` core (load + JSON + CSV) on N learners
//                                    with full progress (default 10,000)
#include "../common/selected_scope.h"
#include "bench_timing.h"
#include "report/progress_report.h"
#include "store/command_writer.h"
#include "store/database_open.h"
#include "store/progress_store.h"
#include "store/sqlite_db.h"
#include "store/store_clock.h"
#include "xapi/statement.h"
#include "store/uuid.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <sqlite3.h>
#include <string>
#include <unistd.h>
#include <vector>

using namespace lectern;
namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

using bench::msSince;
using bench::percentile;

RecordQuizAttempt answer(int n) {
    std::string responses = "{";
    for (int q = 1; q <= 10; ++q)
        responses += (q > 1 ? "," : "") + std::string("\"q") + std::to_string(q) + "\":\"choice-" + std::to_string((n + q) % 4) + "\"";
    responses += "}";
    return RecordQuizAttempt{"module-1", "quiz-1", responses, double(n % 11), 10, n % 11 >= 7};
}

// Commit latency of writeCommand alone, with the given synchronous mode.
// Every saved record is rendered into its xAPI statements by the writer, as in the app.
const std::shared_ptr<const xapi::StatementContext> kStatementContext =
    std::make_shared<const xapi::StatementContext>(xapi::contextForId("bench-course"));

void benchCommits(const std::string& dir, const char* mode, int count) {
    std::string path = dir + "/commit-" + mode + ".db";
    StoreOpenOptions o;
    o.path = path;
    StoreOpenReport report;
    LearnerId learner;
    {
        auto store = ProgressStore::open(o, report);
        learner = store->ensureLearner("bench");
    }
    store::SqliteDb db;
    std::string error;
    db.open(path, SQLITE_OPEN_READWRITE, error);
    store::configureConnection(db, error);
    db.exec(std::string("PRAGMA synchronous=") + mode, error);
    std::vector<double> ms;
    for (int i = 0; i < count; ++i) {
        store::QueuedCommand q{answer(i), learner, "bench-course", store::makeUuidV4(), store::nowMs(), kStatementContext};
        auto t = Clock::now();
        auto r = store::writeCommand(db, q);
        ms.push_back(msSince(t));
        if (!r.ok) std::fprintf(stderr, "write failed: %s\n", r.message.c_str());
    }
    std::string lower = mode;
    std::transform(lower.begin(), lower.end(), lower.begin(), ::tolower);
    std::printf("commit_%s_p50_ms %.3f\ncommit_%s_p99_ms %.3f\n", lower.c_str(), percentile(ms, 0.5), lower.c_str(),
                percentile(ms, 0.99));
}

void benchStore(const std::string& dir) {
    StoreOpenOptions o;
    o.path = dir + "/store.db";
    StoreOpenReport report;
    auto store = ProgressStore::open(o, report);
    store->setStatementContext(kStatementContext);
    std::string error;
    store->selectLearner(store->ensureLearner("bench"), "bench-course", error);
    std::vector<double> roundtrip, submitUs;
    for (int i = 0; i < 300; ++i) {
        auto t = Clock::now();
        store->submit(lectern::test::selectedScope(*store), answer(i));
        submitUs.push_back(msSince(t) * 1000);
        store->flush(10000);
        roundtrip.push_back(msSince(t));
    }
    std::printf("roundtrip_p50_ms %.3f\nroundtrip_p99_ms %.3f\nsubmit_p99_us %.1f\n", percentile(roundtrip, 0.5),
                percentile(roundtrip, 0.99), percentile(submitUs, 0.99));
    // A fresh learner for the burst: the UI thread's cost of submit() while the writer is busy.
    store->selectLearner(store->ensureLearner("burst"), "bench-course", error);
    const int burst = 5000;
    std::vector<double> burstUs;
    auto t = Clock::now();
    for (int i = 0; i < burst; ++i) {
        auto s = Clock::now();
        store->submit(lectern::test::selectedScope(*store), SaveReflection{"module-1", "r" + std::to_string(i % 6), "text " + std::to_string(i)});
        burstUs.push_back(msSince(s) * 1000);
    }
    std::printf("submit_burst_p50_us %.1f\nsubmit_burst_p99_us %.1f\n", percentile(burstUs, 0.5), percentile(burstUs, 0.99));
    store->flush(120000);
    std::printf("records_per_second %.0f\n", burst / (msSince(t) / 1000.0));
}

std::string words(int n, int seed) {
    static const char* w[] = {"states", "norms", "trust", "capacity", "dialogue", "security", "report", "group"};
    std::string out;
    for (int i = 0; i < n; ++i) out += std::string(i ? " " : "") + w[(i * 7 + seed) % 8];
    return out;
}

// One learner's whole course, through the store as the UI would send it.
void studyWholeCourse(ProgressStore& store) {
    for (int m = 1; m <= 3; ++m) {
        std::string module = "module-" + std::to_string(m);
        for (int s = 1; s <= 8; ++s) {
            SectionRef ref{module, "section-" + std::to_string(s)};
            store.submit(lectern::test::selectedScope(store), AddTimeOnTask{ref, 45});
            store.submit(lectern::test::selectedScope(store), AddTimeOnTask{ref, 30});
            store.submit(lectern::test::selectedScope(store), MarkSectionRead{ref});
            store.submit(lectern::test::selectedScope(store), SaveResume{ref, float(s * 100)});
        }
        store.submit(lectern::test::selectedScope(store), SetBookmark{{module, "section-3"}, true});
        store.submit(lectern::test::selectedScope(store), SaveNote{{module, "section-5"}, words(30, m)});
        for (int a = 0; a < 3; ++a) {
            RecordQuizAttempt attempt = answer(a + m);
            attempt.moduleId = module;
            attempt.quizId = "quiz-" + std::to_string(m);
            store.submit(lectern::test::selectedScope(store), attempt);
        }
        for (int r = 1; r <= 2; ++r)
            for (int rev = 0; rev < 3; ++rev)
                store.submit(lectern::test::selectedScope(store), SaveReflection{module, "reflection-" + std::to_string(r), words(60 + rev * 30, r + rev)});
    }
    store.flush(120000);
}

int64_t fileBytes(const std::string& path) {
    store::SqliteDb db;
    std::string error;
    db.open(path, SQLITE_OPEN_READWRITE, error);
    db.exec("PRAGMA wal_checkpoint(TRUNCATE)", error);
    auto pages = db.queryInt("PRAGMA page_count", error);
    auto size = db.queryInt("PRAGMA page_size", error);
    return pages && size ? *pages * *size : 0;
}

Course benchCourse() {
    Course c;
    c.id = "bench-course";
    c.title = "Bench course";
    for (int m = 1; m <= 3; ++m) {
        auto mod = std::make_shared<Module>();
        mod->meta.id = "module-" + std::to_string(m);
        mod->meta.title = "Module " + std::to_string(m);
        for (int s = 1; s <= 8; ++s) {
            Section sec;
            sec.id = "section-" + std::to_string(s);
            mod->sections.push_back(sec);
        }
        Quiz q;
        q.id = "quiz-" + std::to_string(m);
        for (int i = 1; i <= 10; ++i) {
            Question question;
            question.id = "q" + std::to_string(i);
            q.questions.push_back(question);
        }
        mod->quizzes.push_back(q);
        for (int r = 1; r <= 2; ++r) {
            Reflection refl;
            refl.id = "reflection-" + std::to_string(r);
            mod->reflections.push_back(refl);
        }
        c.modules.push_back(mod);
    }
    return c;
}

// N learners with the same full progress as learner 1: copied in SQL, so generating 10,000
// takes seconds instead of a million commits.
void cloneLearners(const std::string& path, int learners) {
    store::SqliteDb db;
    std::string error;
    db.open(path, SQLITE_OPEN_READWRITE, error);
    db.exec("PRAGMA synchronous=OFF", error);
    std::string n = std::to_string(learners);
    const char* tables[][2] = {
        {"section_progress", "course_id, module_id, section_id, read_ms, seconds, visits, event_seq"},
        {"resume_points", "course_id, module_id, section_id, scroll_y, ts_ms, event_seq"},
        {"bookmarks", "course_id, module_id, section_id, is_on, ts_ms, event_seq"},
        {"notes", "course_id, module_id, section_id, text, ts_ms, event_seq"},
    };
    std::string sql = "BEGIN;"
                      "WITH RECURSIVE ids(i) AS (SELECT 2 UNION ALL SELECT i + 1 FROM ids WHERE i < " + n + ") "
                      "INSERT INTO learners(id, name, created_ms, last_activity_ms) "
                      "SELECT i, 'Learner ' || i, created_ms, last_activity_ms + i FROM ids, learners WHERE id = 1;"
                      "INSERT INTO enrolments SELECT l.id, e.course_id, e.enrolled_ms, e.last_activity_ms + l.id "
                      "FROM learners l, enrolments e WHERE l.id > 1 AND e.learner_id = 1;"
                      "INSERT INTO events(uuid, learner_id, course_id, module_id, item_id, object_id, verb, result, ts_ms) "
                      "SELECT lower(hex(randomblob(16))), l.id, e.course_id, e.module_id, e.item_id, e.object_id, e.verb, "
                      "e.result, e.ts_ms FROM learners l, events e WHERE l.id > 1 AND e.learner_id = 1;";
    for (auto& t : tables)
        sql += std::string("INSERT INTO ") + t[0] + "(learner_id, " + t[1] + ") SELECT l.id, " + t[1] + " FROM learners l, " +
               t[0] + " x WHERE l.id > 1 AND x.learner_id = 1;";
    // Attempts and revisions need a unique event_seq each: point them at the learner's own events.
    sql += "INSERT INTO quiz_attempts SELECT l.id, course_id, module_id, quiz_id, number, responses, score, max_score, "
           "passed, ts_ms, -(l.id * 100000 + x.rowid) FROM learners l, quiz_attempts x WHERE l.id > 1 AND x.learner_id = 1;"
           "INSERT INTO reflection_revisions SELECT l.id, course_id, module_id, reflection_id, revision, text, ts_ms, "
           "-(l.id * 100000 + x.rowid) FROM learners l, reflection_revisions x WHERE l.id > 1 AND x.learner_id = 1;"
           "COMMIT;";
    db.exec("PRAGMA foreign_keys=OFF", error);
    if (db.exec(sql, error) != SQLITE_OK) std::fprintf(stderr, "clone failed: %s\n", error.c_str());
}

} // namespace

int main(int argc, char** argv) {
    int learners = 10000;
    std::string dir = (fs::temp_directory_path() / ("lectern-store-bench-" + std::to_string(getpid()))).string();
    for (int i = 1; i < argc; ++i) {
        std::string a = argv[i];
        if (a == "--learners" && i + 1 < argc) learners = std::stoi(argv[++i]);
        else if (a == "--dir" && i + 1 < argc) dir = argv[++i];
        else {
            std::fprintf(stderr, "usage: store_bench [--learners N] [--dir DIR]\n");
            return 2;
        }
    }
    fs::create_directories(dir);

    benchCommits(dir, "FULL", 500);
    benchCommits(dir, "NORMAL", 500);
    benchStore(dir);

    // Size: an empty database, then 20 learners who finished the course.
    std::string sizePath = dir + "/size.db";
    {
        StoreOpenOptions o;
        o.path = sizePath;
        StoreOpenReport report;
        auto store = ProgressStore::open(o, report);
    }
    int64_t empty = fileBytes(sizePath);
    const int sample = 20;
    {
        StoreOpenOptions o;
        o.path = sizePath;
        StoreOpenReport report;
        auto store = ProgressStore::open(o, report);
        std::string error;
        for (int i = 0; i < sample; ++i) {
            store->selectLearner(store->ensureLearner("learner " + std::to_string(i)), "bench-course", error);
            studyWholeCourse(*store);
        }
    }
    std::printf("bytes_per_learner %lld\n", (long long)((fileBytes(sizePath) - empty) / sample));

    // Report on many learners.
    std::string reportPath = dir + "/report.db";
    {
        StoreOpenOptions o;
        o.path = reportPath;
        StoreOpenReport report;
        auto store = ProgressStore::open(o, report);
        std::string error;
        store->selectLearner(store->ensureLearner("learner 1"), "bench-course", error);
        studyWholeCourse(*store);
    }
    auto t = Clock::now();
    cloneLearners(reportPath, learners);
    std::printf("report_generate_ms %.0f\nreport_db_bytes %lld\n", msSince(t), (long long)fileBytes(reportPath));
    Course course = benchCourse();
    t = Clock::now();
    report::ProgressReport rep;
    std::string error;
    if (!report::buildProgressReport(reportPath, course, rep, error)) std::fprintf(stderr, "report failed: %s\n", error.c_str());
    double buildMs = msSince(t);
    t = Clock::now();
    std::string json = report::toJson(rep);
    double jsonMs = msSince(t);
    t = Clock::now();
    std::string csv = report::toCsv(rep);
    double csvMs = msSince(t);
    std::printf("report_learners %zu\nreport_build_ms %.0f\nreport_json_ms %.0f\nreport_csv_ms %.0f\nreport_ms %.0f\n",
                rep.learners.size(), buildMs, jsonMs, csvMs, buildMs + jsonMs + csvMs);
    std::printf("report_json_bytes %zu\nreport_csv_bytes %zu\n", json.size(), csv.size());

    std::error_code ec;
    fs::remove_all(dir, ec);
    return 0;
}
