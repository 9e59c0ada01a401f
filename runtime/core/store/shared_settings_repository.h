// SharedSettingsRepository: settings that affect every learner of this machine, changed in
// facilitator mode (schema v6, shared_settings). Keys below. Off the UI thread.
#pragma once
#include "store/sqlite_db.h"
#include "store/store_error.h"

#include <optional>
#include <string>

namespace lectern::store {

// "1" (default) or "0": the start screen offers "New learner".
inline constexpr const char* kAllowNewLearners = "allow_new_learners";
// "0" (default) or "1": the start screen lists only the learners of today's session (when a
// session is held today; else every learner).
inline constexpr const char* kShowTodaysSessionOnly = "show_todays_session_only";

class SharedSettingsRepository {
public:
    explicit SharedSettingsRepository(SqliteDb& db) : m_db(db) {}
    StoreResult<std::optional<std::string>> get(const std::string& key);
    StoreResult<bool> flag(const std::string& key, bool fallback);
    StoreStatus set(const std::string& key, const std::string& value, int64_t nowMs);

private:
    SqliteDb& m_db;
};

} // namespace lectern::store
