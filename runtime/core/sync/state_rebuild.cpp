#include "sync/state_rebuild.h"

#include "store/command_writer.h"
#include "store/statements.h"
#include "store/store_connection.h"

#include <sqlite3.h>

namespace lectern::sync {

namespace {

std::string_view sql(std::string_view name) { return store::statementIn("offline_sync.sql", name); }

const char* const kStateDeletes[] = {"delete_section_progress", "delete_resume_points", "delete_quiz_attempts",
                                     "delete_quiz_drafts",      "delete_reflection_revisions", "delete_bookmarks",
                                     "delete_notes",            "delete_learner_settings"};

bool clearState(store::SqliteDb& db, LearnerId learner) {
    for (const char* name : kStateDeletes) {
        store::SqliteStmt s(db, sql(name));
        s.bind(1, learner);
        if (s.step() != SQLITE_DONE) return false;
    }
    return true;
}

} // namespace

store::StoreResult<RebuildCounts> rebuildState(store::SqliteDb& db, const std::vector<LearnerId>& learners) {
    RebuildCounts counts;
    for (LearnerId learner : learners) {
        if (!clearState(db, learner)) return store::lastError(db, "Could not clear a learner's progress to rebuild it");
        store::SqliteStmt events(db, sql("learner_events_in_order"));
        events.bind(1, learner);
        int rc;
        while ((rc = events.step()) == SQLITE_ROW) {
            store::EventCommand back = store::commandFromEvent(events.columnText(8), events.columnText(5),
                                                               events.columnText(3), events.columnText(4),
                                                               events.columnText(6));
            if (!back.command) {
                ++counts.eventsUnreadable;
                continue;
            }
            store::QueuedCommand q;
            q.command = std::move(*back.command);
            q.learner = learner;
            q.courseId = events.columnText(2);
            q.uuid = events.columnText(1);
            q.timeMs = events.columnInt(7);
            if (!store::applyState(db, q, events.columnInt(0), store::ApplyMode::Replay))
                return store::lastError(db, "Could not rebuild a learner's progress from the event log");
            ++(back.hasState ? counts.eventsReplayed : counts.eventsWithoutState);
        }
        if (rc != SQLITE_DONE) return store::lastError(db, "Could not read the event log");
        store::SqliteStmt enrol(db, sql("enrolment_starts_at_first_event"));
        enrol.bind(1, learner);
        if (enrol.step() != SQLITE_DONE) return store::lastError(db, "Could not update an enrolment");
        ++counts.learners;
    }
    return counts;
}

} // namespace lectern::sync
