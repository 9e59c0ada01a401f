#include "store/pin_repository.h"

#include "store/statements.h"
#include "store/store_connection.h"

#include <sqlite3.h>

namespace lectern::store {

namespace {
std::string_view sql(std::string_view name) { return statementIn("profiles.sql", name); }
}

StoreResult<PinRecord> PinRepository::load(PinOwner owner) {
    SqliteStmt s(m_db, sql(owner.isFacilitator() ? "load_facilitator_pin" : "load_learner_pin"));
    if (!owner.isFacilitator()) s.bind(1, owner.learner);
    int rc = s.step();
    PinRecord r;
    if (rc == SQLITE_DONE) {
        if (owner.isFacilitator()) return r;  // never set
        return StoreError{StoreErrorCode::NotFound, "There is no such learner."};
    }
    if (rc != SQLITE_ROW) return lastError(m_db, "Could not read the PIN's state");
    r.exists = !s.columnIsNull(0);
    r.hash = s.columnText(0);
    r.failures = int(s.columnInt(1));
    r.lockedUntilMs = s.columnInt(2);
    return r;
}

StoreStatus PinRepository::saveHash(PinOwner owner, const std::string& hash, int64_t nowMs) {
    if (owner.isFacilitator()) {
        SqliteStmt s(m_db, sql("save_facilitator_pin"));
        s.bind(1, hash).bind(2, nowMs);
        if (s.step() != SQLITE_DONE) return lastError(m_db, "Could not save the facilitator PIN");
        return done();
    }
    SqliteStmt s(m_db, sql("save_learner_pin"));
    s.bind(1, owner.learner);
    if (hash.empty()) s.bindNull(2); else s.bind(2, hash);
    if (s.step() != SQLITE_DONE) return lastError(m_db, "Could not save the PIN");
    if (m_db.changes() == 0) return StoreError{StoreErrorCode::NotFound, "There is no such learner."};
    return done();
}

StoreStatus PinRepository::saveFailures(PinOwner owner, int failures, int64_t lockedUntilMs) {
    SqliteStmt s(m_db, sql(owner.isFacilitator() ? "save_facilitator_failures" : "save_learner_failures"));
    if (owner.isFacilitator())
        s.bind(1, failures).bind(2, lockedUntilMs);
    else
        s.bind(1, owner.learner).bind(2, failures).bind(3, lockedUntilMs);
    if (s.step() != SQLITE_DONE) return lastError(m_db, "Could not save the wrong PIN count");
    return done();
}

} // namespace lectern::store
