// A thin RAII layer over the SQLite C API: a connection (SqliteDb) and a prepared statement
// (SqliteStmt). Errors are returned as codes plus messages, never thrown, because every caller
// must turn them into something a learner can act on (see save_errors.h).
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace lectern::store {

class SqliteDb {
public:
    SqliteDb() = default;
    ~SqliteDb() { close(); }
    SqliteDb(SqliteDb&& other) noexcept : m_db(other.m_db) { other.m_db = nullptr; }
    SqliteDb& operator=(SqliteDb&& other) noexcept;
    SqliteDb(const SqliteDb&) = delete;
    SqliteDb& operator=(const SqliteDb&) = delete;

    // flags: SQLITE_OPEN_* ; returns an SQLite result code; `error` gets a message on failure.
    int open(const std::string& path, int flags, std::string& error);
    void close();
    bool isOpen() const { return m_db != nullptr; }
    sqlite3* handle() const { return m_db; }

    // Runs one or more statements without results. Returns the SQLite result code.
    int exec(std::string_view sql, std::string& error);
    // The first column of the first row as text/integer, or nullopt (error filled) on failure.
    std::optional<std::string> queryText(const std::string& sql, std::string& error);
    // Every row's first column, joined with '\n' (integrity_check lists one problem per row).
    std::optional<std::string> queryLines(const std::string& sql, std::string& error);
    std::optional<int64_t> queryInt(const std::string& sql, std::string& error);

    int extendedErrorCode() const;
    std::string errorMessage() const;
    int64_t lastInsertRowId() const;
    int changes() const;  // rows changed by the last statement

private:
    sqlite3* m_db = nullptr;
};

class SqliteStmt {
public:
    SqliteStmt(SqliteDb& db, std::string_view sql);
    ~SqliteStmt();
    SqliteStmt(const SqliteStmt&) = delete;
    SqliteStmt& operator=(const SqliteStmt&) = delete;

    bool ok() const { return m_stmt != nullptr; }
    int prepareCode() const { return m_prepareCode; }

    SqliteStmt& bind(int index, int64_t value);
    SqliteStmt& bind(int index, int value) { return bind(index, int64_t(value)); }
    SqliteStmt& bind(int index, double value);
    SqliteStmt& bind(int index, std::string_view value);
    SqliteStmt& bindNull(int index);

    // SQLITE_ROW, SQLITE_DONE or an error code.
    int step();
    void reset();

    int64_t columnInt(int col) const;
    double columnDouble(int col) const;
    std::string columnText(int col) const;
    bool columnIsNull(int col) const;

private:
    sqlite3_stmt* m_stmt = nullptr;
    int m_prepareCode = 0;
};

// Escapes a string for use inside single quotes in SQL text (for PRAGMA/ATTACH arguments,
// which cannot be bound).
std::string sqlQuote(std::string_view text);

} // namespace lectern::store
