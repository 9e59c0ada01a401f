// Progress bundle benchmark (the USB-stick merge, docs/sync.md): prints figures, asserts nothing.
//
//   bundle_bench [--events N] [--dir DIR]      (default 100,000 events: 1,000 learners x 100)
//
//   bundle_events / bundle_mib          the bundle: events, size
//   export_progress_ms                  read every learner and event, render, hash (unsigned)
//   bundle_verify_ms                    parse and verify the whole bundle (hash, every line)
//   import_progress_ms                  the one transaction: learners, events, state rebuilt
//   import_progress_events_per_second   events / (verify + import), as `lectern import-progress` runs
// The events are written by the real writer (store::writeCommands, statements rendered), a mix of
// sections read, time on task, quiz attempts with 10 answers, reflections and notes.
#include "bench_store.h"
#include "bench_timing.h"
#include "store/command_writer.h"
#include "store/database_open.h"
#include "store/sqlite_db.h"
#include "store/store_clock.h"
#include "store/uuid.h"
#include "sync/bundle_import.h"
#include "sync/progress_bundle.h"
#include "xapi/statement.h"

#include <cstdio>
#include <filesystem>
#include <sqlite3.h>
#include <string>
#include <unistd.h>
#include <vector>

using namespace lectern;
namespace fs = std::filesystem;
using bench::Clock;
using bench::msSince;

namespace {

const std::shared_ptr<const xapi::StatementContext> kContext =
    std::make_shared<const xapi::StatementContext>(xapi::contextForId("bench-course"));

ProgressCommand commandFor(int n) {
    const std::string section = "section-" + std::to_string(n % 8);
    switch (n % 5) {
    case 0: return MarkSectionRead{{"module-1", section}};
    case 1: return AddTimeOnTask{{"module-1", section}, 30.5};
    case 2: {
        std::string responses = "{";
        for (int q = 1; q <= 10; ++q)
            responses += (q > 1 ? "," : "") + std::string("\"q") + std::to_string(q) + "\":\"choice-" + std::to_string((n + q) % 4) + "\"";
        return RecordQuizAttempt{"module-1", "quiz-1", responses + "}", double(n % 11), 10, n % 11 >= 7};
    }
    case 3: return SaveReflection{"module-1", "reflection-1", "A reflection of a few words, revision " + std::to_string(n)};
    default: return SaveNote{{"module-1", section}, "A note on this section"};
    }
}

bool seed(const std::string& path, int events) {
    auto store = bench::openBenchStore(path, "bundle_bench");
    if (!store) return false;
    const int learners = std::max(1, events / 100);
    std::vector<LearnerId> ids;
    for (int i = 0; i < learners; ++i) ids.push_back(store->ensureLearner("learner " + std::to_string(i)));
    store.reset();
    store::SqliteDb db;
    std::string error;
    if (db.open(path, SQLITE_OPEN_READWRITE, error) != SQLITE_OK || store::configureConnection(db, error) != SQLITE_OK) return false;
    std::vector<store::QueuedCommand> batch;
    const int64_t start = store::nowMs() - int64_t(events) * 1000;
    for (int n = 0; n < events; ++n) {
        batch.push_back({commandFor(n / learners), ids[size_t(n % learners)], "bench-course", store::makeUuidV4(),
                         start + n * 1000, kContext});
        if (batch.size() == 2000 || n + 1 == events) {
            if (!store::writeCommands(db, batch).ok) return false;
            batch.clear();
        }
    }
    return true;
}

} // namespace

int main(int argc, char** argv) {
    int events = 100000;
    std::string dir;
    for (int i = 1; i + 1 < argc; i += 2) {
        std::string a = argv[i];
        if (a == "--events") events = std::stoi(argv[i + 1]);
        else if (a == "--dir") dir = argv[i + 1];
    }
    const bool ownDir = dir.empty();
    if (ownDir) dir = (fs::temp_directory_path() / ("lectern-bundle-bench-" + std::to_string(getpid()))).string();
    fs::create_directories(dir);
    const std::string source = dir + "/source.db", target = dir + "/target.db";
    if (!seed(source, events)) {
        std::fprintf(stderr, "bundle_bench: could not write the events\n");
        return 1;
    }

    auto t = Clock::now();
    store::SqliteDb ro;
    std::string error;
    ro.open(source, SQLITE_OPEN_READONLY, error);
    auto bundle = sync::readBundleFrom(ro);
    auto bytes = bundle ? sync::renderBundle(*bundle, nullptr) : store::StoreResult<std::string>(bundle.error());
    const double exportMs = msSince(t);
    if (!bytes) {
        std::fprintf(stderr, "bundle_bench: export failed: %s\n", bytes.error().message.c_str());
        return 1;
    }

    t = Clock::now();
    auto parsed = sync::parseBundle(*bytes);
    const double verifyMs = msSince(t);
    if (!parsed) {
        std::fprintf(stderr, "bundle_bench: %s\n", parsed.error().message.c_str());
        return 1;
    }
    StoreOpenOptions options;
    options.path = target;
    options.backupEveryMinutes = 0;
    StoreOpenReport report;
    store::SqliteDb db;
    if (!store::openProgressDatabase(options, db, report)) {
        std::fprintf(stderr, "bundle_bench: %s\n", report.error.c_str());
        return 1;
    }
    t = Clock::now();
    auto summary = sync::importBundle(db, *parsed);
    const double importMs = msSince(t);
    if (!summary || summary->newEvents != events) {
        std::fprintf(stderr, "bundle_bench: import failed: %s\n", summary ? summary->line().c_str() : summary.error().message.c_str());
        return 1;
    }
    std::printf("bundle_events %d\n", events);
    std::printf("bundle_mib %.1f MiB\n", double(bytes->size()) / 1048576.0);
    std::printf("export_progress_ms %.0f ms\n", exportMs);
    std::printf("bundle_verify_ms %.0f ms\n", verifyMs);
    std::printf("import_progress_ms %.0f ms\n", importMs);
    std::printf("import_progress_events_per_second %.0f events/s\n", events / ((verifyMs + importMs) / 1000.0));
    if (ownDir) fs::remove_all(dir);
    return 0;
}
