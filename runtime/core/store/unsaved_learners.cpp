#include "store/unsaved_learners.h"

#include "store/store_clock.h"

#include <map>
#include <optional>
#include <sqlite3.h>

namespace lectern::store {

void labelLearners(SqliteDb& db, std::vector<QueuedCommand>& commands) {
    std::map<LearnerId, std::pair<std::string, std::string>> known;
    for (QueuedCommand& q : commands) {
        auto it = known.find(q.learner);
        if (it == known.end()) {
            SqliteStmt find(db, "SELECT uuid, name FROM learners WHERE id = ?");
            find.bind(1, q.learner);
            std::pair<std::string, std::string> who;
            if (find.step() == SQLITE_ROW) who = {find.columnText(0), find.columnText(1)};
            it = known.emplace(q.learner, std::move(who)).first;
        }
        q.learnerUuid = it->second.first;
        q.learnerName = it->second.second;
    }
}

static std::optional<LearnerId> idOfUuid(SqliteDb& db, const std::string& uuid) {
    SqliteStmt find(db, "SELECT id FROM learners WHERE uuid = ?");
    find.bind(1, uuid);
    if (find.step() == SQLITE_ROW) return find.columnInt(0);
    return std::nullopt;
}

static bool nameIsFree(SqliteDb& db, const std::string& name) {
    SqliteStmt find(db, "SELECT 1 FROM learners WHERE name = ?");
    find.bind(1, name);
    return find.step() != SQLITE_ROW;
}

bool placeLearners(SqliteDb& db, std::vector<QueuedCommand>& commands, std::string& error) {
    std::map<std::string, LearnerId> placed;
    for (const QueuedCommand& q : commands) {
        if (q.learnerUuid.empty() || placed.count(q.learnerUuid)) continue;
        if (auto id = idOfUuid(db, q.learnerUuid)) {
            placed[q.learnerUuid] = *id;
            continue;
        }
        std::string name = q.learnerName.empty() ? "Learner" : q.learnerName;
        if (!nameIsFree(db, name)) name += " (" + q.learnerUuid.substr(0, 8) + ")";
        SqliteStmt insert(db, "INSERT INTO learners(name, uuid, created_ms) VALUES(?, ?, ?)");
        insert.bind(1, name).bind(2, q.learnerUuid).bind(3, nowMs());
        if (insert.step() != SQLITE_DONE) {
            error = db.errorMessage();
            return false;
        }
        placed[q.learnerUuid] = db.lastInsertRowId();
    }
    for (QueuedCommand& q : commands)
        if (!q.learnerUuid.empty()) q.learner = placed[q.learnerUuid];
    return true;
}

} // namespace lectern::store
