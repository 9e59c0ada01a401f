#include "store/learner_repository.h"

#include "store/statements.h"
#include "store/store_connection.h"

#include <sqlite3.h>

namespace lectern::store {

namespace {

std::string_view sql(std::string_view name) { return statementIn("profiles.sql", name); }

LearnerProfile readProfile(const SqliteStmt& s) {
    LearnerProfile p;
    p.id = s.columnInt(0);
    p.uuid = s.columnText(1);
    p.name = s.columnText(2);
    p.fullName = s.columnText(3);
    p.externalId = s.columnText(4);
    p.group = s.columnText(5);
    p.hasPin = s.columnInt(6) != 0;
    p.archivedMs = s.columnInt(7);
    p.lastActivityMs = s.columnInt(8);
    p.createdMs = s.columnInt(9);
    p.pinResetPending = s.columnInt(10) != 0;
    return p;
}

std::string_view orNull(const std::string& s) { return s; }

} // namespace

StoreError LearnerRepository::failure(const char* what) const { return lastError(m_db, what); }

StoreResult<std::vector<LearnerProfile>> LearnerRepository::list(const LearnerFilter& filter) {
    std::string where = filter.onlyArchived ? " WHERE archived_ms IS NOT NULL"
                        : filter.includeArchived ? " WHERE 1"
                                                 : " WHERE archived_ms IS NULL";
    if (filter.sessionId != 0) where += " AND id IN (SELECT learner_id FROM session_members WHERE session_id = ?1)";
    SqliteStmt s(m_db, std::string(sql("learner_columns")) + where + " " + std::string(sql("learner_order")));
    if (filter.sessionId != 0) s.bind(1, filter.sessionId);
    std::vector<LearnerProfile> out;
    int rc;
    while ((rc = s.step()) == SQLITE_ROW) out.push_back(readProfile(s));
    if (rc != SQLITE_DONE) return failure("Could not list the learners");
    return out;
}

namespace {

// The one learner matching `where` (a condition on one bound parameter), or none.
template <typename Key>
StoreResult<std::optional<LearnerProfile>> findOne(SqliteDb& db, const char* where, const Key& key) {
    SqliteStmt s(db, std::string(sql("learner_columns")) + where);
    s.bind(1, key);
    int rc = s.step();
    if (rc == SQLITE_ROW) return std::optional<LearnerProfile>(readProfile(s));
    if (rc == SQLITE_DONE) return std::optional<LearnerProfile>();
    return lastError(db, "Could not read the learner");
}

} // namespace

StoreResult<std::optional<LearnerProfile>> LearnerRepository::find(LearnerId id) {
    return findOne(m_db, " WHERE id = ?", id);
}

StoreResult<std::optional<LearnerProfile>> LearnerRepository::findByExternalId(const std::string& externalId) {
    return findOne(m_db, " WHERE external_id = ?", std::string_view(externalId));
}

StoreResult<std::optional<LearnerProfile>> LearnerRepository::findByName(const std::string& name) {
    return findOne(m_db, " WHERE name = ?", std::string_view(name));
}

StoreResult<std::string> LearnerRepository::freeProfileName(const std::string& fullName, const std::string& externalId,
                                                            LearnerId self) {
    const std::string base = externalId.empty() ? fullName : fullName + " (" + externalId + ")";
    for (int n = 0;; ++n) {
        std::string candidate = n == 0 ? fullName : n == 1 ? base : base + " " + std::to_string(n);
        if (n == 1 && base == fullName) continue;
        SqliteStmt taken(m_db, sql("name_taken"));
        taken.bind(1, candidate).bind(2, self);
        int rc = taken.step();
        if (rc == SQLITE_DONE) return candidate;
        if (rc != SQLITE_ROW) return failure("Could not check the learner's name");
    }
}

StoreResult<LearnerId> LearnerRepository::create(const NewLearner& learner, int64_t nowMs) {
    if (learner.fullName.empty()) return StoreError{StoreErrorCode::Internal, "A learner needs a name."};
    auto name = freeProfileName(learner.fullName, learner.externalId, 0);
    if (!name) return name.error();
    SqliteStmt s(m_db, sql("insert_learner"));
    s.bind(1, *name).bind(2, orNull(learner.fullName));
    if (learner.group.empty()) s.bindNull(3); else s.bind(3, learner.group);
    if (learner.externalId.empty()) s.bindNull(4); else s.bind(4, learner.externalId);
    s.bind(5, nowMs);
    if (s.step() != SQLITE_DONE) return failure("Could not add the learner");
    return m_db.lastInsertRowId();
}

StoreStatus LearnerRepository::update(LearnerId id, const std::string& fullName, const std::string& group) {
    if (fullName.empty()) return StoreError{StoreErrorCode::Internal, "A learner needs a name."};
    auto current = find(id);
    if (!current) return current.error();
    if (!*current) return StoreError{StoreErrorCode::NotFound, "There is no such learner."};
    auto name = freeProfileName(fullName, (*current)->externalId, id);
    if (!name) return name.error();
    SqliteStmt s(m_db, sql("update_learner"));
    s.bind(1, id).bind(2, *name).bind(3, fullName);
    if (group.empty()) s.bindNull(4); else s.bind(4, group);
    if (s.step() != SQLITE_DONE) return failure("Could not change the learner");
    return done();
}

StoreStatus LearnerRepository::archive(LearnerId id, int64_t nowMs) {
    SqliteStmt s(m_db, sql("archive_learner"));
    s.bind(1, id).bind(2, nowMs);
    if (s.step() != SQLITE_DONE) return failure("Could not archive the learner");
    return done();
}

StoreStatus LearnerRepository::restore(LearnerId id) {
    SqliteStmt s(m_db, sql("restore_learner"));
    s.bind(1, id);
    if (s.step() != SQLITE_DONE) return failure("Could not restore the learner");
    return done();
}

} // namespace lectern::store
