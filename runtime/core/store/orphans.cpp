#include "store/orphans.h"

#include "store/database_open.h"
#include "store/sqlite_db.h"

#include <sqlite3.h>

namespace lectern {

namespace {

enum class ItemKind { Section, Quiz, Reflection };

const Module* moduleById(const Course& course, const std::string& id) {
    for (const auto& m : course.modules)
        if (m && m->meta.id == id) return m.get();
    return nullptr;
}

bool moduleHas(const Module& m, ItemKind kind, const std::string& id) {
    switch (kind) {
    case ItemKind::Section:
        for (const Section& s : m.sections)
            if (s.id == id) return true;
        return false;
    case ItemKind::Quiz:
        for (const Quiz& q : m.quizzes)
            if (q.id == id) return true;
        return false;
    case ItemKind::Reflection:
        for (const Reflection& r : m.reflections)
            if (r.id == id) return true;
        return false;
    }
    return false;
}

const char* kindWord(ItemKind kind) {
    switch (kind) {
    case ItemKind::Section: return "section";
    case ItemKind::Quiz: return "quiz";
    case ItemKind::Reflection: return "reflection";
    }
    return "item";
}

struct Source {
    const char* kind;
    ItemKind item;
    const char* sql;  // learner, module, item, time; ?1 = course id
};

const Source kSources[] = {
    {"section_progress", ItemKind::Section,
     "SELECT learner_id, module_id, section_id, COALESCE(read_ms, 0) FROM section_progress WHERE course_id = ?1"},
    {"resume_point", ItemKind::Section,
     "SELECT learner_id, module_id, section_id, ts_ms FROM resume_points WHERE course_id = ?1"},
    {"quiz_attempt", ItemKind::Quiz,
     "SELECT learner_id, module_id, quiz_id, ts_ms FROM quiz_attempts WHERE course_id = ?1"},
    {"reflection_revision", ItemKind::Reflection,
     "SELECT learner_id, module_id, reflection_id, ts_ms FROM reflection_revisions WHERE course_id = ?1"},
    {"bookmark", ItemKind::Section, "SELECT learner_id, module_id, section_id, ts_ms FROM bookmarks WHERE course_id = ?1"},
    {"note", ItemKind::Section, "SELECT learner_id, module_id, section_id, ts_ms FROM notes WHERE course_id = ?1"},
};

} // namespace

bool findOrphanedRecords(const std::string& dbPath, const Course& course, std::vector<OrphanedRecord>& out,
                         std::string& error) {
    out.clear();
    store::SqliteDb db;
    if (!store::openForReading(dbPath, db, error)) return false;
    for (const Source& source : kSources) {
        store::SqliteStmt stmt(db, source.sql);
        if (!stmt.ok()) {
            error = db.errorMessage();
            return false;
        }
        stmt.bind(1, course.id);
        int rc;
        while ((rc = stmt.step()) == SQLITE_ROW) {
            std::string moduleId = stmt.columnText(1), itemId = stmt.columnText(2);
            const Module* module = moduleById(course, moduleId);
            std::string reason;
            if (!module) reason = "module '" + moduleId + "' is no longer in the course";
            else if (!moduleHas(*module, source.item, itemId))
                reason = std::string(kindWord(source.item)) + " '" + itemId + "' is no longer in module '" + moduleId + "'";
            if (reason.empty()) continue;
            out.push_back({source.kind, stmt.columnInt(0), moduleId, itemId, reason, stmt.columnInt(3)});
        }
        if (rc != SQLITE_DONE) {
            error = db.errorMessage();
            return false;
        }
    }
    return true;
}

} // namespace lectern
