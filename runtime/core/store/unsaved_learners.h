// Learners of an unsaved file, by identity rather than by row number. An unsaved file may be
// replayed into another file than the one it was written beside (issue 11, item 3: a sync
// tool replaced the progress file), where learner 3 may be somebody else: each command carries
// its learner's uuid and name, and is given the id that learner has in the file it lands in.
#pragma once
#include "store/queued_command.h"
#include "store/sqlite_db.h"

#include <vector>

namespace lectern::store {

// Fills learnerUuid and learnerName of every command from `db` (where `learner` ids are valid).
void labelLearners(SqliteDb& db, std::vector<QueuedCommand>& commands);

// Sets `learner` of every labelled command to that learner's id in `db`, adding the learner
// when the file does not know them (a name taken by someone else gets the uuid's first
// characters after it). Unlabelled commands (older files) keep their id. False on an SQLite
// error, with `error` set; the commands are then unchanged.
bool placeLearners(SqliteDb& db, std::vector<QueuedCommand>& commands, std::string& error);

} // namespace lectern::store
