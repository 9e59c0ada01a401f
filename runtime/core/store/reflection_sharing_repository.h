// ReflectionSharingRepository: a learner's reflections are private unless shared with the
// facilitator, one by one; sharing can be taken back. Each change is a profile event written
// in the same transaction. Notes are always private (nothing here can share them).
// Off the UI thread.
#pragma once
#include "store/progress.h"
#include "store/sqlite_db.h"
#include "store/store_error.h"

#include <set>
#include <string>

namespace lectern::store {

struct ReflectionKey {
    std::string courseId, moduleId, reflectionId;
    auto operator<=>(const ReflectionKey&) const = default;
};

class ReflectionSharingRepository {
public:
    explicit ReflectionSharingRepository(SqliteDb& db) : m_db(db) {}

    // Returns true when the state changed (sharing what is already shared changes nothing and
    // records no event). Runs its own transaction.
    StoreResult<bool> setShared(LearnerId learner, const ReflectionKey& key, bool shared, int64_t nowMs);
    StoreResult<bool> isShared(LearnerId learner, const ReflectionKey& key);
    // The learner's shared reflections in a course.
    StoreResult<std::set<ReflectionKey>> shared(LearnerId learner, const std::string& courseId);

private:
    SqliteDb& m_db;
};

} // namespace lectern::store
