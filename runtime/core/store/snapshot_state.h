// Building a ProgressSnapshot: from the state tables (loadSnapshot), and by applying a command
// in memory (applyToSnapshot) exactly as the writer will store it, so what the UI shows before
// the commit equals what it would load after a restart.
#pragma once
#include "store/queued_command.h"
#include "store/sqlite_db.h"

#include <map>
#include <string>

namespace lectern::store {

void applyToSnapshot(ProgressSnapshot& snapshot, const ProgressCommand& command, int64_t timeMs);
// False for a command the snapshot does not show (a text draft): submit() then copies nothing.
bool changesSnapshot(const ProgressCommand& command);

// Fills `out` (learner, name, course and all state) from the database.
bool loadSnapshot(SqliteDb& db, LearnerId learner, const std::string& courseId, ProgressSnapshot& out,
                  std::string& error);

// Snapshots of every learner enrolled in the course (only = 0), or of one learner, from a
// handful of queries over the whole database: what reports over thousands of learners use.
bool loadSnapshots(SqliteDb& db, const std::string& courseId, LearnerId only,
                   std::map<LearnerId, ProgressSnapshot>& out, std::string& error);

} // namespace lectern::store
