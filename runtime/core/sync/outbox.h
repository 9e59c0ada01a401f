// The outbox to a learning record store (store/sql/008_outbox.sql): the event log's
// statements, each kept as the exact text the writer stored, with what the LRS said of it.
// Used by the sync engine (lrs_sync.h) on its own connection; never on the UI thread.
#pragma once
#include "store/sqlite_db.h"
#include "store/store_error.h"
#include "xapi/statement.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace lectern::sync {

// The context to render an event of a course with, for rows written without a stored text.
using ContextFor = std::function<xapi::StatementContext(const std::string& courseId)>;

struct OutboxEntry {
    std::string statementId;
    std::string body;
};

struct FlaggedStatement {
    std::string statementId;
    std::string state;  // "conflict" or "rejected"
    int httpStatus = 0;
    std::string message;
};

struct OutboxStatus {
    int64_t waiting = 0;   // including events not yet turned into outbox rows
    int64_t sent = 0;
    int64_t conflicts = 0;
    int64_t rejected = 0;
    int64_t kept = 0;      // private: notes and unshared reflections
    int64_t received = 0;  // pulled from the LRS
    std::optional<int64_t> lastSentMs;
    std::string lastError;
    std::optional<int64_t> errorSinceMs;
    std::vector<FlaggedStatement> flagged;  // the first few, oldest first
    int64_t flaggedTotal() const { return conflicts + rejected; }
};

class Outbox {
public:
    explicit Outbox(store::SqliteDb& db) : m_db(db) {}

    // Turns the events recorded since the last call into outbox rows (waiting, or private for
    // notes and unshared reflections) and releases reflections shared since. Returns how many
    // rows it added. In transactions of a few thousand events, so a writer is never held long.
    store::StoreResult<int64_t> enqueueNewEvents(const ContextFor& contextFor, int64_t nowMs);

    // The oldest waiting statements, at most `limit`.
    store::StoreResult<std::vector<OutboxEntry>> nextWaiting(int limit);

    // What the LRS said, in one transaction. Only rows still waiting change.
    store::StoreStatus markSent(const std::vector<std::string>& statementIds, int httpStatus, int64_t nowMs);
    store::StoreStatus markFlagged(const std::string& statementId, const std::string& state, int httpStatus,
                                   const std::string& message);

    store::StoreStatus recordSuccess(std::optional<int64_t> sentMs, int64_t nowMs);
    store::StoreStatus recordError(const std::string& error, std::optional<int64_t> sentMs, int64_t nowMs);

    store::StoreResult<OutboxStatus> status(int flaggedLimit = 20);

private:
    store::SqliteDb& m_db;
};

} // namespace lectern::sync
