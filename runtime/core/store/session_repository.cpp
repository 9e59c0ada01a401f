#include "store/session_repository.h"

#include "store/statements.h"
#include "store/store_connection.h"

#include <sqlite3.h>

namespace lectern::store {

namespace {

std::string_view sql(std::string_view name) { return statementIn("profiles.sql", name); }

OnboardingSession readSession(const SqliteStmt& s) {
    return {s.columnInt(0), s.columnText(1), s.columnText(2), int(s.columnInt(3))};
}

} // namespace

StoreResult<std::vector<OnboardingSession>> SessionRepository::list() {
    SqliteStmt s(m_db, sql("list_sessions"));
    std::vector<OnboardingSession> out;
    int rc;
    while ((rc = s.step()) == SQLITE_ROW) out.push_back(readSession(s));
    if (rc != SQLITE_DONE) return lastError(m_db, "Could not list the sessions");
    return out;
}

StoreResult<std::optional<OnboardingSession>> SessionRepository::find(const std::string& name, const std::string& day) {
    SqliteStmt s(m_db, sql("find_session"));
    s.bind(1, name).bind(2, day);
    int rc = s.step();
    if (rc == SQLITE_ROW) return std::optional<OnboardingSession>(readSession(s));
    if (rc == SQLITE_DONE) return std::optional<OnboardingSession>();
    return lastError(m_db, "Could not read the session");
}

StoreResult<std::vector<OnboardingSession>> SessionRepository::onDay(const std::string& day) {
    SqliteStmt s(m_db, sql("sessions_on_day"));
    s.bind(1, day);
    std::vector<OnboardingSession> out;
    int rc;
    while ((rc = s.step()) == SQLITE_ROW) out.push_back(readSession(s));
    if (rc != SQLITE_DONE) return lastError(m_db, "Could not list the sessions");
    return out;
}

StoreResult<int64_t> SessionRepository::findOrCreate(const std::string& name, const std::string& day, int64_t nowMs) {
    SqliteStmt insert(m_db, sql("insert_session"));
    insert.bind(1, name).bind(2, day).bind(3, nowMs);
    if (insert.step() != SQLITE_DONE) return lastError(m_db, "Could not create the session");
    auto found = find(name, day);
    if (!found) return found.error();
    if (!*found) return StoreError{StoreErrorCode::Internal, "The session just created cannot be found."};
    return (*found)->id;
}

StoreResult<bool> SessionRepository::addMember(int64_t sessionId, LearnerId learner, int64_t nowMs) {
    SqliteStmt s(m_db, sql("add_member"));
    s.bind(1, sessionId).bind(2, learner).bind(3, nowMs);
    if (s.step() != SQLITE_DONE) return lastError(m_db, "Could not add the learner to the session");
    return m_db.changes() > 0;
}

StoreResult<bool> SessionRepository::isMember(int64_t sessionId, LearnerId learner) {
    SqliteStmt s(m_db, sql("is_member"));
    s.bind(1, sessionId).bind(2, learner);
    int rc = s.step();
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) return lastError(m_db, "Could not read the session");
    return rc == SQLITE_ROW;
}

} // namespace lectern::store
