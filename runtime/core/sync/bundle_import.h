// Merging a verified progress bundle (sync/progress_bundle.h) into this machine's database,
// in ONE transaction: after a crash at any moment the file holds the state before or after.
//
//   learners   matched by UUID only, never by name. A new UUID whose name is taken here by
//              another learner is added as "Name (2)" (then (3), ...) and a note says so; an
//              external id already held here by another learner is left off, with a note.
//   events     inserted by uuid, every column as it came (the statement byte for byte);
//              one already here for the same learner is "already present"; one whose uuid is
//              here for another learner, or whose kind/result this Lectern cannot read, is
//              "refused" (not written).
//   state      the learners who got a new event are rebuilt from all their events
//              (sync/state_rebuild.h), so the result does not depend on the order of imports.
#pragma once
#include "store/sqlite_db.h"
#include "store/store_error.h"
#include "sync/progress_bundle.h"

#include <string>
#include <vector>

namespace lectern::sync {

struct ImportSummary {
    int newEvents = 0;
    int alreadyPresent = 0;
    int refused = 0;
    int newLearners = 0;
    std::vector<std::string> notes;  // one sentence each: a learner renamed, an id left off
    // "N new, M already present, K refused"
    std::string line() const;
};

// `db` is a writable connection at the latest schema (store::openProgressDatabase). Begins and
// commits its own transaction; on any failure it rolls back and nothing was written.
store::StoreResult<ImportSummary> importBundle(store::SqliteDb& db, const Bundle& bundle);

} // namespace lectern::sync
