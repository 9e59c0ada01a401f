// Draft bench: how far the text kept on disk trails the keyboard while a learner types a
// reflection (ReflectionEditor's DebouncedText + the real store, as in the app). A key every
// 80 ms (a quick typist, 150 words a minute) for 8 s; a second connection watches text_drafts
// and notes when each keystroke is first on disk. That lag is what a kill -9 would lose.
//
//   build/draft_bench
//
//   draft_lag_p50_ms / _p99_ms / _max_ms   keystroke -> committed in text_drafts
//   draft_writes                           drafts committed (one per 0.25 s, not per key)
#include "bench_store.h"
#include "bench_timing.h"
#include "platform/thread_role.h"
#include "store/progress_store.h"
#include "ui/widgets/reflection_editor.h"

#include <sqlite3.h>

#include <atomic>
#include <cstdio>
#include <filesystem>
#include <random>
#include <string>
#include <thread>
#include <vector>

namespace fs = std::filesystem;
using namespace lectern;
using bench::Clock;

int main() {
    const fs::path tmp = fs::temp_directory_path() / ("lectern-draft-bench-" + std::to_string(std::random_device{}()));
    fs::create_directories(tmp);
    const std::string dbPath = (tmp / "bench.db").string();
    auto store = bench::openBenchStore(dbPath, "draft_bench");
    if (!store) return 1;
    const LearnerId learner = store->ensureLearner("bench");
    std::string error;
    store->selectLearner(learner, "c", error);
    const ProgressScope scope{learner, "c"};

    constexpr int kKeys = 100;
    constexpr double kKeySeconds = 0.08;
    const auto t0 = Clock::now();
    auto now = [&] { return std::chrono::duration<double>(Clock::now() - t0).count(); };
    std::vector<double> typedAt(kKeys + 1, -1), onDiskAt(kKeys + 1, -1);
    std::atomic<bool> done{false};
    std::atomic<int> writes{0};

    // The watcher: its own read-only connection, as another process would read the file.
    std::thread watcher([&] {
        sqlite3* db = nullptr;
        sqlite3_open_v2(dbPath.c_str(), &db, SQLITE_OPEN_READONLY, nullptr);
        sqlite3_busy_timeout(db, 100);
        int seen = 0, lastLen = -1;
        while (!done) {
            sqlite3_stmt* st = nullptr;
            sqlite3_prepare_v2(db, "SELECT length(text) FROM text_drafts", -1, &st, nullptr);
            if (sqlite3_step(st) == SQLITE_ROW) {
                const int len = sqlite3_column_int(st, 0);
                if (len != lastLen) ++writes, lastLen = len;
                for (; seen < len && seen < kKeys; ++seen) onDiskAt[size_t(seen) + 1] = now();
            }
            sqlite3_finalize(st);
            std::this_thread::sleep_for(std::chrono::milliseconds(2));
        }
        sqlite3_close(db);
    });

    {
        UiThreadScope uiThread;
        ui::DebouncedText saver;
        auto save = [&](const std::string& t) { store->submit(scope, SaveReflection{"m", "r", t}); };
        auto keep = [&](const std::string& t) { store->submit(scope, KeepTextDraft{DraftOf::Reflection, "m", "r", t}); };
        std::string text;
        for (int k = 1; k <= kKeys; ++k) {
            text += 'a';
            typedAt[size_t(k)] = now();
            saver.edited(now(), text, save, keep);
            // Frames as the app draws them while typing (it wakes when poll() asks).
            const double until = now() + kKeySeconds;
            while (now() < until) {
                saver.poll(now());
                std::this_thread::sleep_for(std::chrono::milliseconds(16));
            }
        }
        const double until = now() + 1.0;
        while (now() < until) {
            saver.poll(now());
            std::this_thread::sleep_for(std::chrono::milliseconds(16));
        }
        done = true;
    }
    watcher.join();
    std::vector<double> lag;
    for (int k = 1; k <= kKeys; ++k)
        if (onDiskAt[size_t(k)] >= 0) lag.push_back((onDiskAt[size_t(k)] - typedAt[size_t(k)]) * 1000.0);
    std::printf("draft_lag_p50_ms %.0f ms\ndraft_lag_p99_ms %.0f ms\ndraft_lag_max_ms %.0f ms\n", bench::percentile(lag, 0.5),
                bench::percentile(lag, 0.99), lag.empty() ? 0.0 : *std::max_element(lag.begin(), lag.end()));
    std::printf("draft_keys_on_disk %zu of %d\ndraft_writes %d for %d keys\n", lag.size(), kKeys, writes.load(), kKeys);
    store.reset();
    std::error_code ec;
    fs::remove_all(tmp, ec);
    return 0;
}
