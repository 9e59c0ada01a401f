#include "sync/outbox.h"

#include "store/statements.h"
#include "store/store_connection.h"

#include <chrono>
#include <nlohmann/json.hpp>
#include <thread>
#include <sqlite3.h>

namespace lectern::sync {

using store::SqliteStmt;
using store::StoreResult;
using store::StoreStatus;

namespace {

std::string_view sql(std::string_view name) { return store::statementIn("outbox.sql", name); }

// Small transactions with a pause between them: the learner's writer waits for the write lock
// while one runs (WAL has one writer), and SQLite's busy handler retries after 1, 2, 5... ms,
// so back-to-back transactions would starve it.
constexpr int kEventsPerTransaction = 250;
constexpr auto kPauseBetweenTransactions = std::chrono::milliseconds(5);

// Learners' own words stay on this machine: notes always, reflections until shared.
bool isPrivateKind(const std::string& kind, const std::string& verb, const std::string& result) {
    std::optional<xapi::EventKind> k = xapi::kindFromName(kind);
    if (!k) k = xapi::legacyKind(verb, result);
    return k == xapi::EventKind::Note || k == xapi::EventKind::Reflection;
}

// The statement's "id": the writer puts it first; anything else is parsed properly.
std::string statementIdOf(const std::string& body, const std::string& fallback) {
    static const std::string lead = "{\"id\":\"";
    if (body.rfind(lead, 0) == 0) {
        size_t end = body.find('"', lead.size());
        if (end != std::string::npos) return body.substr(lead.size(), end - lead.size());
    }
    auto parsed = nlohmann::json::parse(body, nullptr, false);
    if (parsed.is_object() && parsed.contains("id") && parsed["id"].is_string()) return parsed["id"].get<std::string>();
    return fallback;
}

} // namespace

StoreResult<int64_t> Outbox::enqueueNewEvents(const ContextFor& contextFor, int64_t nowMs) {
    int64_t added = 0;
    for (;;) {
        int events = 0;
        StoreStatus chunk = store::inTransaction(m_db, [&]() -> StoreStatus {
            SqliteStmt cursor(m_db, sql("get_enqueued_seq"));
            if (cursor.step() != SQLITE_ROW) return store::lastError(m_db, "Could not read the outbox");
            int64_t seq = cursor.columnInt(0);
            SqliteStmt rows(m_db, sql("events_after"));
            rows.bind(1, seq).bind(2, kEventsPerTransaction);
            SqliteStmt insert(m_db, sql("insert_outbox"));
            int rc;
            while ((rc = rows.step()) == SQLITE_ROW) {
                ++events;
                seq = rows.columnInt(0);
                std::vector<std::string> statements;
                if (!rows.columnIsNull(10)) {
                    statements = xapi::splitStatements(rows.columnText(10));
                } else {
                    xapi::EventRecord e{rows.columnText(1), rows.columnText(2), rows.columnText(3), rows.columnText(4),
                                        rows.columnText(5), rows.columnText(6), rows.columnText(7), rows.columnText(8),
                                        rows.columnInt(9)};
                    statements = xapi::renderStatements(e, contextFor(e.courseId));
                }
                const bool kept = isPrivateKind(rows.columnText(6), rows.columnText(7), rows.columnText(8));
                const std::string eventUuid = rows.columnText(1);
                for (const std::string& body : statements) {
                    insert.reset();
                    insert.bind(1, statementIdOf(body, eventUuid)).bind(2, seq).bind(3, body)
                        .bind(4, kept ? "private" : "waiting").bind(5, nowMs);
                    if (insert.step() != SQLITE_DONE) return store::lastError(m_db, "Could not fill the outbox");
                    added += m_db.changes();
                }
            }
            if (rc != SQLITE_DONE) return store::lastError(m_db, "Could not read the event log");
            if (events == 0) return store::done();
            SqliteStmt advance(m_db, sql("set_enqueued_seq"));
            advance.bind(1, seq);
            if (advance.step() != SQLITE_DONE) return store::lastError(m_db, "Could not fill the outbox");
            return store::done();
        });
        if (!chunk) return chunk.error();
        if (events < kEventsPerTransaction) break;
        std::this_thread::sleep_for(kPauseBetweenTransactions);
    }
    StoreStatus released = store::inTransaction(m_db, [&]() -> StoreStatus {
        SqliteStmt release(m_db, sql("release_shared_reflections"));
        if (release.step() != SQLITE_DONE) return store::lastError(m_db, "Could not fill the outbox");
        return store::done();
    });
    if (!released) return released.error();
    return added;
}

StoreResult<std::vector<OutboxEntry>> Outbox::nextWaiting(int limit) {
    SqliteStmt s(m_db, sql("next_waiting"));
    s.bind(1, limit);
    std::vector<OutboxEntry> out;
    int rc;
    while ((rc = s.step()) == SQLITE_ROW) out.push_back({s.columnText(0), s.columnText(1)});
    if (rc != SQLITE_DONE) return store::lastError(m_db, "Could not read the outbox");
    return out;
}

StoreStatus Outbox::markSent(const std::vector<std::string>& ids, int httpStatus, int64_t nowMs) {
    return store::inTransaction(m_db, [&]() -> StoreStatus {
        SqliteStmt s(m_db, sql("mark_sent"));
        for (const std::string& id : ids) {
            s.reset();
            s.bind(1, id).bind(2, httpStatus).bind(3, nowMs);
            if (s.step() != SQLITE_DONE) return store::lastError(m_db, "Could not record what the LRS holds");
        }
        return store::done();
    });
}

StoreStatus Outbox::markFlagged(const std::string& id, const std::string& state, int httpStatus, const std::string& message) {
    return store::inTransaction(m_db, [&]() -> StoreStatus {
        SqliteStmt s(m_db, sql("mark_flagged"));
        s.bind(1, id).bind(2, state).bind(3, httpStatus).bind(4, message);
        if (s.step() != SQLITE_DONE) return store::lastError(m_db, "Could not record what the LRS said");
        return store::done();
    });
}

StoreStatus Outbox::recordSuccess(std::optional<int64_t> sentMs, int64_t nowMs) {
    return store::inTransaction(m_db, [&]() -> StoreStatus {
        SqliteStmt s(m_db, sql("record_sync_success"));
        if (sentMs) s.bind(1, *sentMs);
        else s.bindNull(1);
        s.bind(2, nowMs);
        if (s.step() != SQLITE_DONE) return store::lastError(m_db, "Could not record the sync");
        return store::done();
    });
}

StoreStatus Outbox::recordError(const std::string& error, std::optional<int64_t> sentMs, int64_t nowMs) {
    return store::inTransaction(m_db, [&]() -> StoreStatus {
        SqliteStmt s(m_db, sql("record_sync_error"));
        s.bind(1, error).bind(2, nowMs);
        if (sentMs) s.bind(3, *sentMs);
        else s.bindNull(3);
        if (s.step() != SQLITE_DONE) return store::lastError(m_db, "Could not record the sync");
        return store::done();
    });
}

StoreResult<OutboxStatus> Outbox::status(int flaggedLimit) {
    OutboxStatus st;
    SqliteStmt counts(m_db, sql("count_by_state"));
    int rc;
    while ((rc = counts.step()) == SQLITE_ROW) {
        const std::string state = counts.columnText(0);
        const int64_t n = counts.columnInt(1);
        if (state == "waiting") st.waiting += n;
        else if (state == "sent") st.sent = n;
        else if (state == "conflict") st.conflicts = n;
        else if (state == "rejected") st.rejected = n;
        else if (state == "private") st.kept = n;
        else if (state == "received") st.received = n;
    }
    if (rc != SQLITE_DONE) return store::lastError(m_db, "Could not read the outbox");
    SqliteStmt unqueued(m_db, sql("count_unqueued_events"));
    if (unqueued.step() != SQLITE_ROW) return store::lastError(m_db, "Could not read the outbox");
    st.waiting += unqueued.columnInt(0);
    SqliteStmt state(m_db, sql("get_sync_state"));
    if (state.step() != SQLITE_ROW) return store::lastError(m_db, "Could not read the outbox");
    if (!state.columnIsNull(0)) st.lastSentMs = state.columnInt(0);
    st.lastError = state.columnText(1);
    if (!state.columnIsNull(2)) st.errorSinceMs = state.columnInt(2);
    SqliteStmt flagged(m_db, sql("list_flagged"));
    flagged.bind(1, flaggedLimit);
    while ((rc = flagged.step()) == SQLITE_ROW)
        st.flagged.push_back({flagged.columnText(0), flagged.columnText(1), int(flagged.columnInt(2)), flagged.columnText(3)});
    if (rc != SQLITE_DONE) return store::lastError(m_db, "Could not read the outbox");
    return st;
}

} // namespace lectern::sync
