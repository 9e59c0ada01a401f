#include "store/shared_settings_repository.h"

#include "store/statements.h"
#include "store/store_connection.h"

#include <sqlite3.h>

namespace lectern::store {

StoreResult<std::optional<std::string>> SharedSettingsRepository::get(const std::string& key) {
    SqliteStmt s(m_db, statementIn("profiles.sql", "get_shared_setting"));
    s.bind(1, key);
    int rc = s.step();
    if (rc == SQLITE_ROW) return std::optional<std::string>(s.columnText(0));
    if (rc == SQLITE_DONE) return std::optional<std::string>();
    return lastError(m_db, "Could not read the shared settings");
}

StoreResult<bool> SharedSettingsRepository::flag(const std::string& key, bool fallback) {
    auto value = get(key);
    if (!value) return value.error();
    return *value ? **value == "1" : fallback;
}

StoreStatus SharedSettingsRepository::set(const std::string& key, const std::string& value, int64_t nowMs) {
    SqliteStmt s(m_db, statementIn("profiles.sql", "set_shared_setting"));
    s.bind(1, key).bind(2, value).bind(3, nowMs);
    if (s.step() != SQLITE_DONE) return lastError(m_db, "Could not save the shared settings");
    return done();
}

} // namespace lectern::store
