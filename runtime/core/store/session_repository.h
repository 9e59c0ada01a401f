// SessionRepository: named, dated onboarding sessions and their learners (schema v6).
// Off the UI thread.
#pragma once
#include "store/progress.h"
#include "store/sqlite_db.h"
#include "store/store_error.h"

#include <optional>
#include <string>
#include <vector>

namespace lectern::store {

struct OnboardingSession {
    int64_t id = 0;
    std::string name;
    std::string day;  // YYYY-MM-DD
    int memberCount = 0;
};

class SessionRepository {
public:
    explicit SessionRepository(SqliteDb& db) : m_db(db) {}

    // Newest day first.
    StoreResult<std::vector<OnboardingSession>> list();
    // `day` empty: the session of that name with the latest day.
    StoreResult<std::optional<OnboardingSession>> find(const std::string& name, const std::string& day = {});
    // The sessions held on `day` (the start screen's "today only").
    StoreResult<std::vector<OnboardingSession>> onDay(const std::string& day);
    StoreResult<int64_t> findOrCreate(const std::string& name, const std::string& day, int64_t nowMs);
    // Adding a learner twice is not an error. Returns true when the learner was added now.
    StoreResult<bool> addMember(int64_t sessionId, LearnerId learner, int64_t nowMs);
    StoreResult<bool> isMember(int64_t sessionId, LearnerId learner);

private:
    SqliteDb& m_db;
};

} // namespace lectern::store
