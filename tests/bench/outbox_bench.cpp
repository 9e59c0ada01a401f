// Outbox benchmark: what the learning record store's outbox costs a learner. Prints figures,
// asserts nothing. The writer renders statements already (xapi/statement.h); the outbox rows
// are made by the sync worker on its own connection, so the question is whether that worker
// slows a learner's save.
//
//   outbox_enqueue_us_per_event      turning 10,000 events into outbox rows (the worker's part)
//   save_p50_ms / save_p99_ms        one saved answer (submit -> Saved), nothing else running
//   save_sync_p50_ms / _p99_ms       the same while another connection enqueues and marks
//                                    20,000 statements sent in batches of 250, 50 ms apart (a
//                                    batch's round trip to a fast LRS on loopback: 80-210 ms)
#include "../common/selected_scope.h"
#include "bench_store.h"
#include "bench_timing.h"
#include "store/store_connection.h"
#include "sync/outbox.h"
#include "xapi/statement.h"

#include <atomic>
#include <cstdio>
#include <filesystem>
#include <thread>
#include <unistd.h>

using namespace lectern;
namespace fs = std::filesystem;
using bench::msSince;
using bench::percentile;

namespace {

ProgressCommand commandFor(int n) {
    switch (n % 3) {
    case 0: return MarkSectionRead{{"module-1", "section-" + std::to_string(n % 20)}};
    case 1: return AddTimeOnTask{{"module-1", "section-" + std::to_string(n % 20)}, 30};
    default: return RecordQuizAttempt{"module-1", "quiz-1", R"({"q1":"a","q2":"b"})", double(n % 3), 2, n % 3 == 2};
    }
}

std::vector<double> timedSaves(ProgressStore& store, int count) {
    std::vector<double> ms;
    for (int i = 0; i < count; ++i) {
        auto t = bench::Clock::now();
        store.submit(lectern::test::selectedScope(store), commandFor(i));
        store.flush(10000);
        ms.push_back(msSince(t));
    }
    return ms;
}

} // namespace

int main() {
    const fs::path dir = fs::temp_directory_path() / ("lectern-outbox-bench-" + std::to_string(getpid()));
    fs::create_directories(dir);
    const std::string path = (dir / "progress.db").string();
    auto store = bench::openBenchStore(path, "outbox_bench");
    if (!store) return 1;
    store->setStatementContext(std::make_shared<const xapi::StatementContext>(xapi::contextForId("bench")));
    std::string error;
    LearnerId learner = store->ensureLearner("Bench");
    store->selectLearner(learner, "bench", error);
    for (int i = 0; i < 10000; ++i) store->submit(lectern::test::selectedScope(*store), commandFor(i));
    store->flush(120000);

    auto db = store::openStoreConnection(path);
    if (!db) return 1;
    sync::Outbox outbox(*db);
    const sync::ContextFor contexts = [](const std::string& id) { return xapi::contextForId(id); };
    auto t = bench::Clock::now();
    (void)outbox.enqueueNewEvents(contexts, 0);
    std::printf("outbox_enqueue_us_per_event %.1f us\n", msSince(t) * 1000.0 / 10000);

    std::vector<double> alone = timedSaves(*store, 300);
    std::printf("save_p50_ms %.3f ms\nsave_p99_ms %.3f ms\n", percentile(alone, 0.5), percentile(alone, 0.99));

    // A sync beside the learner: new events enqueued and batches of 250 marked sent, on and on.
    std::atomic<bool> stop{false};
    std::thread syncer([&] {
        while (!stop) {
            (void)outbox.enqueueNewEvents(contexts, 0);
            auto batch = outbox.nextWaiting(250);
            if (!batch || batch->empty()) {
                std::this_thread::sleep_for(std::chrono::milliseconds(5));
                continue;
            }
            std::vector<std::string> ids;
            for (const auto& e : *batch) ids.push_back(e.statementId);
            (void)outbox.markSent(ids, 200, 0);
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
        }
    });
    for (int i = 0; i < 10000; ++i) store->submit(lectern::test::selectedScope(*store), commandFor(i));  // 20,000 statements to send
    store->flush(120000);
    std::vector<double> beside = timedSaves(*store, 300);
    stop = true;
    syncer.join();
    std::printf("save_sync_p50_ms %.3f ms\nsave_sync_p99_ms %.3f ms\n", percentile(beside, 0.5), percentile(beside, 0.99));
    store.reset();
    std::error_code ec;
    fs::remove_all(dir, ec);
    return 0;
}
