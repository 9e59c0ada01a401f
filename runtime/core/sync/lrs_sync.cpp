#include "sync/lrs_sync.h"

#include "sync/backoff.h"

#include <chrono>
#include <random>
#include <thread>

namespace lectern::sync {

namespace {

int64_t systemNowMs() {
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch()).count();
}

// What an LRS said, kept short: a 400's message goes to the facilitator, not a whole page.
std::string shortBody(const std::string& body) {
    constexpr size_t kMax = 400;
    std::string s = body.substr(0, kMax);
    for (char& c : s)
        if (c == '\n' || c == '\r' || c == '\t') c = ' ';
    return body.size() > kMax ? s + "..." : s;
}

enum class Verdict { Sent, Split, Conflict, Rejected, Credentials, Retry, Refused };

Verdict judge(const LrsAnswer& a, size_t batchSize) {
    if (a.status == 200 || a.status == 204) return Verdict::Sent;
    if (a.status == 401 || a.status == 403) return Verdict::Credentials;
    if (a.status == 0 || a.status >= 500 || a.status == 408 || a.status == 429) return Verdict::Retry;
    if (a.status == 409) return batchSize > 1 ? Verdict::Split : Verdict::Conflict;
    if (a.status == 400) return batchSize > 1 ? Verdict::Split : Verdict::Rejected;
    if (a.status == 413) return batchSize > 1 ? Verdict::Split : Verdict::Rejected;
    return Verdict::Refused;
}

class Sender {
public:
    Sender(store::SqliteDb& db, LrsClient& client, const SyncOptions& options, SyncRun& run)
        : m_outbox(db), m_client(client), m_options(options), m_run(run), m_random(std::random_device{}()) {}

    Outbox& outbox() { return m_outbox; }
    int64_t now() const { return m_options.nowMs ? m_options.nowMs() : systemNowMs(); }
    bool cancelled() const { return m_options.cancel && m_options.cancel->load(); }

    // Sends entries[begin, end); false when the run must stop (m_run.stop says why).
    bool send(const std::vector<OutboxEntry>& entries, size_t begin, size_t end) {
        const size_t n = end - begin;
        LrsAnswer answer;
        Verdict verdict = Verdict::Retry;
        Backoff backoff{m_options.firstRetryMs, 30'000};
        for (int attempt = 1;; ++attempt) {
            if (cancelled()) return stop(SyncStop::Cancelled, "stopped before everything was sent");
            answer = n == 1 ? m_client.putStatement(entries[begin].statementId, entries[begin].body)
                            : m_client.postStatements(joined(entries, begin, end));
            verdict = judge(answer, n);
            if (verdict != Verdict::Retry || attempt >= m_options.attemptsPerBatch) break;
            sleepMs(backoff.nextDelayMs(m_random));
        }
        switch (verdict) {
        case Verdict::Sent: {
            std::vector<std::string> ids;
            for (size_t i = begin; i < end; ++i) ids.push_back(entries[i].statementId);
            if (auto r = m_outbox.markSent(ids, int(answer.status), now()); !r) return stop(SyncStop::StoreError, r.error().message);
            m_run.sent += int64_t(n);
            if (m_options.progress) m_options.progress(m_run.sent);
            return true;
        }
        case Verdict::Split: {
            const size_t mid = begin + n / 2;
            return send(entries, begin, mid) && send(entries, mid, end);
        }
        case Verdict::Conflict:
        case Verdict::Rejected: {
            const bool conflict = verdict == Verdict::Conflict;
            const std::string message = conflict ? "the LRS already holds a different statement with this id" +
                                                       (answer.body.empty() ? "" : ": " + shortBody(answer.body))
                                                 : shortBody(answer.body);
            auto r = m_outbox.markFlagged(entries[begin].statementId, conflict ? "conflict" : "rejected", int(answer.status), message);
            if (!r) return stop(SyncStop::StoreError, r.error().message);
            (conflict ? m_run.conflicts : m_run.rejected) += 1;
            return true;
        }
        case Verdict::Credentials:
            return stop(SyncStop::Credentials, "the LRS at " + m_client.config().endpoint + " refused the key and secret (HTTP " +
                                                   std::to_string(answer.status) +
                                                   "); check them with `lectern config get` and set them again with "
                                                   "`lectern config set lrs.key KEY` and `lectern config set lrs.secret`");
        case Verdict::Retry:
            return stop(SyncStop::Unreachable,
                        answer.status == 0 ? "the LRS at " + m_client.config().endpoint + " cannot be reached: " + answer.error
                                           : "the LRS at " + m_client.config().endpoint + " answered HTTP " +
                                                 std::to_string(answer.status) + " (" + shortBody(answer.body) + ")");
        case Verdict::Refused:
            return stop(SyncStop::LrsRefused, "the LRS at " + m_client.config().endpoint + " answered HTTP " +
                                                  std::to_string(answer.status) + " (" + shortBody(answer.body) +
                                                  "); is lrs.endpoint the xAPI base address (it ends before /statements)?");
        }
        return true;
    }

    bool stop(SyncStop why, const std::string& error) {
        m_run.stop = why;
        m_run.error = error;
        return false;
    }

private:
    static std::string joined(const std::vector<OutboxEntry>& entries, size_t begin, size_t end) {
        std::string out = "[";
        for (size_t i = begin; i < end; ++i) {
            if (i > begin) out += ',';
            out += entries[i].body;  // byte for byte, as the writer stored it
        }
        out += ']';
        return out;
    }

    void sleepMs(int64_t ms) {
        // In small steps, so a cancel (the app closing) is not held up by a long wait.
        for (int64_t waited = 0; waited < ms && !cancelled(); waited += 50)
            std::this_thread::sleep_for(std::chrono::milliseconds(std::min<int64_t>(50, ms - waited)));
    }

    Outbox m_outbox;
    LrsClient& m_client;
    const SyncOptions& m_options;
    SyncRun& m_run;
    std::mt19937_64 m_random;
};

} // namespace

SyncRun sendOutbox(store::SqliteDb& db, LrsClient& client, const ContextFor& contextFor, const SyncOptions& options) {
    SyncRun run;
    Sender sender(db, client, options, run);
    if (auto queued = sender.outbox().enqueueNewEvents(contextFor, sender.now()); !queued) {
        run.stop = SyncStop::StoreError;
        run.error = queued.error().message;
        return run;
    }
    for (;;) {
        auto batch = sender.outbox().nextWaiting(options.batchSize);
        if (!batch) {
            sender.stop(SyncStop::StoreError, batch.error().message);
            break;
        }
        if (batch->empty()) break;
        if (!sender.send(*batch, 0, batch->size())) break;
    }
    const int64_t now = sender.now();
    if (run.stop == SyncStop::AllSent) {
        (void)sender.outbox().recordSuccess(run.sent > 0 ? std::optional<int64_t>(now) : std::nullopt, now);
    } else if (run.stop != SyncStop::Cancelled) {  // a store error too: recorded if the file lets us
        (void)sender.outbox().recordError(run.error, run.sent > 0 ? std::optional<int64_t>(now) : std::nullopt, now);
    }
    return run;
}

std::string describeStop(const SyncRun& run) { return run.stop == SyncStop::AllSent ? "everything was sent" : run.error; }

} // namespace lectern::sync
