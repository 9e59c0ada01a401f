#include "store/reflection_sharing_repository.h"

#include "store/profile_event_repository.h"
#include "store/statements.h"
#include "store/store_connection.h"

#include <sqlite3.h>

namespace lectern::store {

namespace {
std::string_view sql(std::string_view name) { return statementIn("profiles.sql", name); }
}

StoreResult<bool> ReflectionSharingRepository::isShared(LearnerId learner, const ReflectionKey& key) {
    SqliteStmt s(m_db, sql("reflection_shared"));
    s.bind(1, learner).bind(2, key.courseId).bind(3, key.moduleId).bind(4, key.reflectionId);
    int rc = s.step();
    if (rc == SQLITE_ROW) return s.columnInt(0) != 0;
    if (rc == SQLITE_DONE) return false;
    return lastError(m_db, "Could not read whether the reflection is shared");
}

StoreResult<bool> ReflectionSharingRepository::setShared(LearnerId learner, const ReflectionKey& key, bool shared,
                                                         int64_t nowMs) {
    bool changed = false;
    StoreStatus status = inTransaction(m_db, [&]() -> StoreStatus {
        auto now = isShared(learner, key);
        if (!now) return now.error();
        if (*now == shared) return done();
        ProfileEventRepository events(m_db);
        auto seq = events.append(shared ? ProfileEventKind::ReflectionShared : ProfileEventKind::ReflectionUnshared,
                                 Actor::Learner, learner, nowMs, "{}", key.courseId, key.moduleId, key.reflectionId);
        if (!seq) return seq.error();
        SqliteStmt s(m_db, sql("set_reflection_shared"));
        s.bind(1, learner).bind(2, key.courseId).bind(3, key.moduleId).bind(4, key.reflectionId);
        s.bind(5, shared ? 1 : 0).bind(6, nowMs).bind(7, *seq);
        if (s.step() != SQLITE_DONE) return lastError(m_db, "Could not save the sharing of the reflection");
        changed = true;
        return done();
    });
    if (!status) return status.error();
    return changed;
}

StoreResult<std::set<ReflectionKey>> ReflectionSharingRepository::shared(LearnerId learner, const std::string& courseId) {
    SqliteStmt s(m_db, sql("shared_reflections"));
    s.bind(1, learner).bind(2, courseId);
    std::set<ReflectionKey> out;
    int rc;
    while ((rc = s.step()) == SQLITE_ROW) out.insert({courseId, s.columnText(0), s.columnText(1)});
    if (rc != SQLITE_DONE) return lastError(m_db, "Could not read the shared reflections");
    return out;
}

} // namespace lectern::store
