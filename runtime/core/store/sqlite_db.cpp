#include "store/sqlite_db.h"

#include "platform/thread_role.h"

#include <sqlite3.h>

namespace lectern::store {

SqliteDb& SqliteDb::operator=(SqliteDb&& other) noexcept {
    if (this != &other) {
        close();
        m_db = other.m_db;
        other.m_db = nullptr;
    }
    return *this;
}

int SqliteDb::open(const std::string& path, int flags, std::string& error) {
    assertNotUiThread("SqliteDb::open");
    close();
    int rc = sqlite3_open_v2(path.c_str(), &m_db, flags | SQLITE_OPEN_FULLMUTEX, nullptr);
    if (rc != SQLITE_OK) {
        error = m_db ? sqlite3_errmsg(m_db) : sqlite3_errstr(rc);
        rc = m_db ? sqlite3_extended_errcode(m_db) : rc;
        close();
        return rc;
    }
    sqlite3_extended_result_codes(m_db, 1);
    return SQLITE_OK;
}

void SqliteDb::close() {
    if (m_db) {
        // close_v2 defers the close until every statement is finalized; our statements are
        // RAII-scoped, so in practice this closes at once.
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
}

int SqliteDb::exec(std::string_view sql, std::string& error) {
    assertNotUiThread("SqliteDb::exec");
    if (!m_db) {
        error = "database is not open";
        return SQLITE_MISUSE;
    }
    std::string text(sql);
    char* message = nullptr;
    int rc = sqlite3_exec(m_db, text.c_str(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        error = message ? message : sqlite3_errstr(rc);
        rc = sqlite3_extended_errcode(m_db);
    }
    sqlite3_free(message);
    return rc;
}

std::optional<std::string> SqliteDb::queryText(const std::string& sql, std::string& error) {
    SqliteStmt stmt(*this, sql);
    if (!stmt.ok()) {
        error = errorMessage();
        return std::nullopt;
    }
    int rc = stmt.step();
    if (rc == SQLITE_ROW) return stmt.columnText(0);
    if (rc == SQLITE_DONE) return std::string();
    error = errorMessage();
    return std::nullopt;
}

std::optional<std::string> SqliteDb::queryLines(const std::string& sql, std::string& error) {
    SqliteStmt stmt(*this, sql);
    if (!stmt.ok()) {
        error = errorMessage();
        return std::nullopt;
    }
    std::string out;
    int rc;
    while ((rc = stmt.step()) == SQLITE_ROW) {
        if (!out.empty()) out += '\n';
        out += stmt.columnText(0);
    }
    if (rc != SQLITE_DONE) {
        error = errorMessage();
        return std::nullopt;
    }
    return out;
}

std::optional<int64_t> SqliteDb::queryInt(const std::string& sql, std::string& error) {
    SqliteStmt stmt(*this, sql);
    if (!stmt.ok()) {
        error = errorMessage();
        return std::nullopt;
    }
    int rc = stmt.step();
    if (rc == SQLITE_ROW) return stmt.columnInt(0);
    if (rc == SQLITE_DONE) return int64_t(0);
    error = errorMessage();
    return std::nullopt;
}

int SqliteDb::extendedErrorCode() const { return m_db ? sqlite3_extended_errcode(m_db) : SQLITE_MISUSE; }
std::string SqliteDb::errorMessage() const { return m_db ? sqlite3_errmsg(m_db) : "database is not open"; }
int64_t SqliteDb::lastInsertRowId() const { return m_db ? sqlite3_last_insert_rowid(m_db) : 0; }
int SqliteDb::changes() const { return m_db ? sqlite3_changes(m_db) : 0; }

SqliteStmt::SqliteStmt(SqliteDb& db, std::string_view sql) {
    assertNotUiThread("SqliteStmt");
    if (!db.handle()) {
        m_prepareCode = SQLITE_MISUSE;
        return;
    }
    m_prepareCode = sqlite3_prepare_v2(db.handle(), sql.data(), int(sql.size()), &m_stmt, nullptr);
    if (m_prepareCode != SQLITE_OK) {
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    }
}

SqliteStmt::~SqliteStmt() { sqlite3_finalize(m_stmt); }

SqliteStmt& SqliteStmt::bind(int index, int64_t value) {
    if (m_stmt) sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}
SqliteStmt& SqliteStmt::bind(int index, double value) {
    if (m_stmt) sqlite3_bind_double(m_stmt, index, value);
    return *this;
}
SqliteStmt& SqliteStmt::bind(int index, std::string_view value) {
    if (m_stmt) sqlite3_bind_text(m_stmt, index, value.data(), int(value.size()), SQLITE_TRANSIENT);
    return *this;
}
SqliteStmt& SqliteStmt::bindNull(int index) {
    if (m_stmt) sqlite3_bind_null(m_stmt, index);
    return *this;
}

int SqliteStmt::step() { return m_stmt ? sqlite3_step(m_stmt) : m_prepareCode; }
void SqliteStmt::reset() {
    if (m_stmt) {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    }
}

int64_t SqliteStmt::columnInt(int col) const { return sqlite3_column_int64(m_stmt, col); }
double SqliteStmt::columnDouble(int col) const { return sqlite3_column_double(m_stmt, col); }
std::string SqliteStmt::columnText(int col) const {
    const unsigned char* text = sqlite3_column_text(m_stmt, col);
    int size = sqlite3_column_bytes(m_stmt, col);
    return text ? std::string(reinterpret_cast<const char*>(text), size_t(size)) : std::string();
}
bool SqliteStmt::columnIsNull(int col) const { return sqlite3_column_type(m_stmt, col) == SQLITE_NULL; }

std::string sqlQuote(std::string_view text) {
    std::string out = "'";
    for (char c : text) {
        out += c;
        if (c == '\'') out += '\'';
    }
    out += "'";
    return out;
}

} // namespace lectern::store
