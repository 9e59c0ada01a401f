#include "sync/sync_worker.h"

#include "platform/thread_role.h"
#include "store/store_connection.h"
#include "sync/backoff.h"
#include "sync/lrs_client.h"
#include "sync/lrs_config.h"
#include "sync/lrs_sync.h"
#include "util/time_format.h"

#include <random>

namespace lectern::sync {

bool SyncWorkerState::operator==(const SyncWorkerState& o) const {
    return checked == o.checked && configured == o.configured && endpoint == o.endpoint && configError == o.configError &&
           running == o.running && nextTryMs == o.nextTryMs && outbox.waiting == o.outbox.waiting &&
           outbox.sent == o.outbox.sent && outbox.conflicts == o.outbox.conflicts && outbox.rejected == o.outbox.rejected &&
           outbox.kept == o.outbox.kept && outbox.lastSentMs == o.outbox.lastSentMs &&
           outbox.lastError == o.outbox.lastError && outbox.errorSinceMs == o.outbox.errorSinceMs;
}

SyncWorker::SyncWorker(SyncWorkerOptions options) : m_options(std::move(options)) {
    if (m_options.configDir.empty()) m_options.configDir = defaultLrsConfigDir();
    m_thread = std::thread([this] { run(); });
}

SyncWorker::~SyncWorker() {
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_cv.notify_all();
    if (m_thread.joinable()) m_thread.join();
}

SyncWorkerState SyncWorker::state() const {
    std::lock_guard lock(m_mutex);
    return m_state;
}

void SyncWorker::syncNow() {
    {
        std::lock_guard lock(m_mutex);
        m_now = true;
    }
    m_cv.notify_all();
}

void SyncWorker::publish(const SyncWorkerState& next) {
    bool changed;
    {
        std::lock_guard lock(m_mutex);
        changed = !(next == m_state);
        m_state = next;
    }
    if (changed && m_options.wake) m_options.wake();
}

void SyncWorker::run() {
    std::mt19937_64 random(std::random_device{}());
    Backoff backoff{m_options.firstRetryMs, m_options.maxRetryMs};
    while (!m_stop) {
        int failures = backoff.failures;
        cycle(failures);
        int64_t waitMs = m_options.idlePollMs;
        if (failures > backoff.failures) {
            waitMs = backoff.nextDelayMs(random);
            SyncWorkerState s = state();
            s.nextTryMs = util::nowMs() + waitMs;
            publish(s);
        } else {
            backoff.reset();
        }
        std::unique_lock lock(m_mutex);
        m_cv.wait_for(lock, std::chrono::milliseconds(waitMs), [this] { return m_stop.load() || m_now; });
        m_now = false;
    }
}

// One attempt: `failures` goes up by one when the LRS could not take what was waiting.
void SyncWorker::cycle(int& failures) {
    SyncWorkerState s = state();
    s.checked = true;
    s.nextTryMs = 0;
    LrsConfigRead config = readLrsConfig(m_options.configDir);
    s.configured = config.error.empty() && config.config.isConfigured();
    s.endpoint = config.config.endpoint;
    s.configError = config.error;
    if (s.configError.empty() && s.configured) s.configError = endpointProblem(config.config.endpoint, config.config.allowHttp);
    auto db = store::openStoreConnection(m_options.dbPath);
    if (!db) {
        s.configError = db.error().message;
        publish(s);
        ++failures;
        return;
    }
    Outbox outbox(*db);
    if (!s.configured || !s.configError.empty()) {
        // Not configured: still count what would be sent (in statements, notes kept apart), for the panel.
        (void)outbox.enqueueNewEvents(m_options.contextFor, util::nowMs());
        if (auto st = outbox.status()) s.outbox = *st;
        publish(s);
        return;
    }
    s.running = true;
    publish(s);
    LrsClient client(config.config);
    client.setCancel(&m_stop);
    SyncOptions options;
    options.attemptsPerBatch = 1;  // the worker's own back-off spaces the retries
    options.cancel = &m_stop;
    SyncRun run = sendOutbox(*db, client, m_options.contextFor, options);
    if (run.stop != SyncStop::AllSent && run.stop != SyncStop::Cancelled) ++failures;
    // The progress file could not be read or written: not in sync_state, so said here.
    if (run.stop == SyncStop::StoreError) s.configError = run.error;
    s.running = false;
    if (auto st = outbox.status()) s.outbox = *st;
    publish(s);
}

} // namespace lectern::sync
