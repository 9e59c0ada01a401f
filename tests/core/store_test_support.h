// Shared helpers for the store tests: a temporary folder per test, opening a store there, and
// raw SQLite queries to look at what really is on disk.
#pragma once
#include "store/progress_store.h"

#include <catch2/catch.hpp>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <random>
#include <sqlite3.h>
#include <string>
#include <vector>

namespace store_test {

namespace fs = std::filesystem;

// A fresh folder under the system temp dir, removed when the test ends.
class TempDir {
public:
    TempDir() {
        std::random_device rd;
        m_path = fs::temp_directory_path() / ("lectern-store-test-" + std::to_string(rd()) + std::to_string(rd()));
        fs::create_directories(m_path);
    }
    ~TempDir() {
        std::error_code ec;
        fs::permissions(m_path, fs::perms::owner_all, fs::perm_options::add, ec);
        for (auto& e : fs::recursive_directory_iterator(m_path, ec))
            fs::permissions(e.path(), fs::perms::owner_all, fs::perm_options::add, ec);
        fs::remove_all(m_path, ec);
    }
    std::string file(const std::string& name) const { return (m_path / name).string(); }
    const fs::path& path() const { return m_path; }

private:
    fs::path m_path;
};

// Collects the store's JSON log lines (written from the writer thread).
struct LogSink {
    std::mutex mutex;
    std::vector<std::string> lines;
    std::function<void(const std::string&)> fn() {
        return [this](const std::string& line) {
            std::lock_guard lock(mutex);
            lines.push_back(line);
        };
    }
    std::vector<std::string> copy() {
        std::lock_guard lock(mutex);
        return lines;
    }
};

inline lectern::StoreOpenOptions optionsFor(const TempDir& dir, const std::string& name = "progress.db") {
    lectern::StoreOpenOptions o;
    o.path = dir.file(name);
    return o;
}

inline std::unique_ptr<lectern::ProgressStore> openOk(const lectern::StoreOpenOptions& o,
                                                      lectern::StoreOpenReport* reportOut = nullptr) {
    lectern::StoreOpenReport report;
    auto store = lectern::ProgressStore::open(o, report);
    INFO("open error: " << report.error);
    REQUIRE(report.ok);
    REQUIRE(store);
    if (reportOut) *reportOut = report;
    return store;
}

// First column of the first row of `sql` on an open connection; "<error>" (with SQLite's
// message after it) when the query fails.
inline std::string queryText(sqlite3* db, const std::string& sql) {
    std::string out;
    sqlite3_stmt* stmt = nullptr;
    int rc = sqlite3_prepare_v2(db, sql.c_str(), -1, &stmt, nullptr);
    if (rc == SQLITE_OK) rc = sqlite3_step(stmt);
    if (rc == SQLITE_ROW) {
        const unsigned char* t = sqlite3_column_text(stmt, 0);
        out = t ? reinterpret_cast<const char*>(t) : "";
    } else if (rc != SQLITE_DONE) {
        out = std::string("<error> ") + sqlite3_errmsg(db) + " (" + sqlite3_errstr(sqlite3_extended_errcode(db)) + ")";
    }
    sqlite3_finalize(stmt);
    return out;
}

// The same on the file at `path`, through a read-only connection (which cannot roll back a
// hot journal: after a crash, check through a read-write connection instead).
inline std::string queryText(const std::string& path, const std::string& sql) {
    sqlite3* db = nullptr;
    std::string out = "<error>";
    if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        out = queryText(db, sql);
        if (out.rfind("<error>", 0) == 0) out = "<error>";
    }
    sqlite3_close(db);
    return out;
}

inline int64_t queryInt(const std::string& text) {
    return text.empty() || text.rfind("<error>", 0) == 0 ? -1 : std::stoll(text);
}
inline int64_t queryInt(const std::string& path, const std::string& sql) { return queryInt(queryText(path, sql)); }
inline int64_t queryInt(sqlite3* db, const std::string& sql) { return queryInt(queryText(db, sql)); }

inline std::string readBytes(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

// Builds a database from SQL text (a fixture) with the given user_version.
inline void createDatabase(const std::string& path, const std::string& sql, int userVersion) {
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
    char* error = nullptr;
    int rc = sqlite3_exec(db, (sql + "\nPRAGMA user_version = " + std::to_string(userVersion) + ";").c_str(), nullptr,
                          nullptr, &error);
    INFO((error ? error : ""));
    sqlite3_free(error);
    sqlite3_close(db);
    REQUIRE(rc == SQLITE_OK);
}

// Every row of a table over the given columns (comma-separated), in a stable order, as text:
// for comparing a table before and after a migration.
inline std::string dumpTable(const std::string& path, const std::string& table, const std::string& columnList) {
    std::string expr, rest = columnList;
    for (size_t comma; !rest.empty(); rest = comma == std::string::npos ? "" : rest.substr(comma + 1)) {
        comma = rest.find(',');
        expr += (expr.empty() ? "quote(" : " || char(31) || quote(") + rest.substr(0, comma) + ")";
    }
    return queryText(path, "SELECT COALESCE(group_concat(r, char(10)), '') FROM (SELECT " + expr + " AS r FROM " + table +
                               " ORDER BY 1)");
}

inline void writeBytes(const std::string& path, const std::string& bytes) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << bytes;
}

} // namespace store_test
