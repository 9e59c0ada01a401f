// The state tables of some learners rebuilt from their events alone, so merging machines
// gives the same state whatever order their bundles arrive in.
//
// The rule: delete the learner's rows in section_progress, resume_points, quiz_attempts,
// quiz_drafts, reflection_revisions, bookmarks, notes and learner_settings, then replay every
// event of theirs in one total order (ts_ms, then the event's uuid) through the writer's own
// store::applyState (store/command_writer.h), each command turned back from its row by
// store::commandFromEvent. Events without state (sittings, course outcomes) change only the
// last activity, as they did live. text_drafts (typing not yet an event), enrolments (except
// that one starts no later than its first event) and learners are not rebuilt.
#pragma once
#include "store/progress.h"
#include "store/sqlite_db.h"
#include "store/store_error.h"

#include <vector>

namespace lectern::sync {

struct RebuildCounts {
    int learners = 0;
    int eventsReplayed = 0;  // with state
    int eventsWithoutState = 0;
    int eventsUnreadable = 0;  // an unknown kind or a broken result: kept, not replayed
};

// Runs inside the caller's transaction (it begins none and commits none): on an error the
// caller rolls back and nothing of the rebuild stays.
store::StoreResult<RebuildCounts> rebuildState(store::SqliteDb& db, const std::vector<LearnerId>& learners);

} // namespace lectern::sync
