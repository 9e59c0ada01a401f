// Sending the outbox to a learning record store (docs/sync.md). The rules:
//   200/204      sent: only then is a statement marked so
//   409          a conflict, flagged for the facilitator with the statement id, never resent
//   400          refused for good, flagged with the LRS's message
//   401/403      stop: the key or secret is wrong; nothing is marked
//   5xx, no answer, a timeout: retried with back-off, then the run stops, still waiting
// Batches of up to `batchSize` go in one POST; one that the LRS refuses (an xAPI batch is all
// or nothing) is split in halves until the statement at fault is alone, so one bad statement
// never holds back the rest. A single statement goes by PUT ?statementId=.
#pragma once
#include "store/sqlite_db.h"
#include "sync/lrs_client.h"
#include "sync/outbox.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <string>

namespace lectern::sync {

enum class SyncStop {
    AllSent,       // nothing waiting
    Credentials,   // 401/403
    Unreachable,   // no answer, a timeout, 5xx, after the retries
    LrsRefused,    // another answer the LRS gives to everything (404: a wrong endpoint...)
    StoreError,    // the progress file could not be read or written
    Cancelled,
};

struct SyncOptions {
    int batchSize = 250;
    int attemptsPerBatch = 3;  // for answers worth retrying
    int64_t firstRetryMs = 500;
    const std::atomic<bool>* cancel = nullptr;
    std::function<int64_t()> nowMs;                 // default: the system clock
    std::function<void(int64_t sentSoFar)> progress;  // after each acknowledged batch
};

struct SyncRun {
    SyncStop stop = SyncStop::AllSent;
    int64_t sent = 0;
    int64_t conflicts = 0;  // flagged in this run
    int64_t rejected = 0;
    std::string error;      // for every stop but AllSent: what happened and what to do
};

// Enqueues new events, then sends everything waiting. `db` is a store connection
// (store::openStoreConnection or openProgressDatabase); `contextFor` renders rows that have
// no stored statement. Records the outcome in sync_state for `--status` and the UI.
SyncRun sendOutbox(store::SqliteDb& db, LrsClient& client, const ContextFor& contextFor, const SyncOptions& options = {});

// "the LRS at URL refused the key and secret (401): ..." for messages and the status line.
std::string describeStop(const SyncRun& run);

} // namespace lectern::sync
