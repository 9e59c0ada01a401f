#include "store/read/room_reader.h"

#include "store/read/read_only_open.h"
#include "store/statements.h"

#include <sqlite3.h>

namespace lectern::store::read {

namespace {

std::string_view sql(std::string_view name) { return statementIn("room.sql", name); }

class RoomScan {
public:
    RoomScan(SqliteDb& db, std::string path) : m_db(db), m_path(std::move(path)) {}

    StoreError failure(const std::string& what) const {
        StoreErrorCode typed = errorCodeFromSqlite(m_db.extendedErrorCode());
        std::string hint = typed == StoreErrorCode::Busy ? " Another program holds it locked; try again in a moment."
                           : typed == StoreErrorCode::Damaged
                               ? " The file is damaged: start Lectern on it to restore its latest backup."
                               : "";
        return StoreError{typed, "Cannot read " + what + " from the progress file " + m_path + ": " +
                                     m_db.errorMessage() + "." + hint};
    }

    bool hasTable(const std::string& table) {
        SqliteStmt stmt(m_db, "SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?1");
        return stmt.ok() && stmt.bind(1, table).step() == SQLITE_ROW;
    }

    bool hasColumn(const std::string& table, const std::string& column) {
        SqliteStmt stmt(m_db, "SELECT 1 FROM pragma_table_info(?1) WHERE name = ?2");
        return stmt.ok() && stmt.bind(1, table).bind(2, column).step() == SQLITE_ROW;
    }

    // Runs `text` with ?1 = courseId, calling row(stmt) per row; false on an SQLite error.
    template <class Row> bool each(const std::string& text, const std::string& courseId, Row row) {
        SqliteStmt stmt(m_db, text);
        if (!stmt.ok()) return false;
        if (text.find("?1") != std::string::npos) stmt.bind(1, courseId);
        int rc;
        while ((rc = stmt.step()) == SQLITE_ROW) row(stmt);
        return rc == SQLITE_DONE;
    }

    // room_learners with each profile column, or NULL when this file's schema has none.
    std::string learnerSql() {
        std::string text(sql("room_learners"));
        for (const char* column : {"uuid", "full_name", "external_id", "group_name", "archived_ms"}) {
            std::string placeholder = std::string("{") + column + "}";
            size_t at = text.find(placeholder);
            if (at != std::string::npos)
                text.replace(at, placeholder.size(), hasColumn("learners", column) ? std::string("l.") + column : "NULL");
        }
        return text;
    }

private:
    SqliteDb& m_db;
    std::string m_path;
};

} // namespace

StoreResult<RoomRows> readRoom(const std::string& dbPath, const std::string& courseId) {
    auto opened = openReadOnly(dbPath);
    if (!opened) return opened.error();
    SqliteDb& db = opened->db;
    RoomScan scan(db, dbPath);
    RoomRows rows;

    if (!scan.each(scan.learnerSql(), courseId, [&](SqliteStmt& r) {
            RoomLearnerRow l;
            l.id = r.columnInt(0);
            l.name = r.columnText(1);
            if (!r.columnIsNull(2)) l.uuid = r.columnText(2);
            if (!r.columnIsNull(3)) l.fullName = r.columnText(3);
            if (!r.columnIsNull(4)) l.externalId = r.columnText(4);
            if (!r.columnIsNull(5)) l.group = r.columnText(5);
            if (!r.columnIsNull(6)) l.archivedMs = r.columnInt(6);
            l.lastActivityMs = r.columnInt(7);
            l.enrolled = r.columnInt(8) != 0;
            rows.learners.push_back(std::move(l));
        }))
        return scan.failure("the learners");

    if (scan.hasTable("onboarding_sessions")) {
        if (!scan.each(std::string(sql("room_sessions")), courseId, [&](SqliteStmt& r) {
                rows.sessions.push_back({r.columnInt(0), r.columnText(1), r.columnText(2)});
            }))
            return scan.failure("the onboarding sessions");
        if (!scan.each(std::string(sql("room_session_members")), courseId, [&](SqliteStmt& r) {
                rows.members.push_back({r.columnInt(0), r.columnInt(1)});
            }))
            return scan.failure("the onboarding sessions");
    }

    if (!scan.each(std::string(sql("room_sections")), courseId, [&](SqliteStmt& r) {
            rows.sections.push_back(
                {r.columnInt(0), r.columnText(1), r.columnText(2), r.columnInt(3), r.columnDouble(4), r.columnInt(5)});
        }))
        return scan.failure("the sections read");

    if (!scan.each(std::string(sql("room_attempts")), courseId, [&](SqliteStmt& r) {
            rows.attempts.push_back({r.columnInt(0), r.columnText(1), r.columnText(2), int(r.columnInt(3)),
                                     r.columnText(4), r.columnDouble(5), r.columnDouble(6), r.columnInt(7) != 0,
                                     r.columnInt(8)});
        }))
        return scan.failure("the quiz attempts");

    if (!scan.each(std::string(sql("room_revisions")), courseId, [&](SqliteStmt& r) {
            rows.revisions.push_back({r.columnInt(0), r.columnText(1), r.columnText(2), int(r.columnInt(3)),
                                      r.columnInt(4) != 0, r.columnInt(5)});
        }))
        return scan.failure("the reflections");

    if (scan.hasTable("certificates") &&
        !scan.each(std::string(sql("room_certificates")), courseId, [&](SqliteStmt& r) {
            rows.certificates.push_back({r.columnInt(0), r.columnText(1), r.columnInt(2)});
        }))
        return scan.failure("the certificates");
    return rows;
}

StoreResult<std::vector<SharedReflectionRow>> readSharedReflections(const std::string& dbPath, const std::string& courseId,
                                                                   LearnerId learner) {
    auto opened = openReadOnly(dbPath);
    if (!opened) return opened.error();
    SqliteDb& db = opened->db;
    RoomScan scan(db, dbPath);
    std::vector<SharedReflectionRow> out;
    if (!scan.hasTable("reflection_sharing")) return out;  // before schema 6 nothing was shared
    SqliteStmt stmt(db, std::string(sql("room_shared_reflections")));
    if (!stmt.ok()) return scan.failure("the shared reflections");
    stmt.bind(1, courseId).bind(2, int64_t(learner));
    int rc;
    while ((rc = stmt.step()) == SQLITE_ROW)
        out.push_back({stmt.columnText(0), stmt.columnText(1), stmt.columnText(2), stmt.columnInt(3)});
    if (rc != SQLITE_DONE) return scan.failure("the shared reflections");
    return out;
}

} // namespace lectern::store::read
