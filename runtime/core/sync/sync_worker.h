// SyncWorker: the app's background sync to the learning record store, on a thread of its own
// (the network, SQLite and the configuration files never on the UI thread). Every cycle it
// reads the configuration (so `lectern config set` takes effect without a restart), sends
// what is waiting (lrs_sync.h) and publishes the outbox's state for facilitator mode. After a
// failure it waits with exponential back-off and jitter (2 s doubling to 5 min); when all is
// sent it looks again every 30 s, or at once on syncNow(). It calls `wake` (glfwPostEmptyEvent)
// only when what it publishes changed, so an idle app draws nothing.
#pragma once
#include "sync/outbox.h"

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <mutex>
#include <string>
#include <thread>

namespace lectern::sync {

struct SyncWorkerState {
    bool checked = false;     // the first cycle has run
    bool configured = false;  // an endpoint is set
    std::string endpoint;
    std::string configError;  // lrs.conf unreadable or the endpoint refused
    bool running = false;     // sending now
    OutboxStatus outbox;
    int64_t nextTryMs = 0;    // when the next attempt is due after a failure (0: none planned)
    bool operator==(const SyncWorkerState& o) const;
};

struct SyncWorkerOptions {
    std::string dbPath;                 // the progress file the app's store opened (and migrated)
    std::filesystem::path configDir;    // where lrs.conf is (default: defaultLrsConfigDir())
    ContextFor contextFor;              // for rows written without a stored statement
    std::function<void()> wake;
    int64_t idlePollMs = 30'000;
    int64_t firstRetryMs = 2'000;
    int64_t maxRetryMs = 5 * 60'000;
};

class SyncWorker {
public:
    explicit SyncWorker(SyncWorkerOptions options);
    ~SyncWorker();  // stops the thread; a request in flight is abandoned, not marked sent
    SyncWorker(const SyncWorker&) = delete;
    SyncWorker& operator=(const SyncWorker&) = delete;

    SyncWorkerState state() const;
    void syncNow();  // the panel's "Send now": the next cycle starts at once

private:
    void run();
    void cycle(int& failures);
    void publish(const SyncWorkerState& next);
    SyncWorkerOptions m_options;
    mutable std::mutex m_mutex;
    std::condition_variable m_cv;
    SyncWorkerState m_state;
    bool m_now = false;
    std::atomic<bool> m_stop{false};
    std::thread m_thread;
};

} // namespace lectern::sync
