// Drafts left in text_drafts by a session that ended without saving them (a crash, a power
// cut, kill -9): what the learner was typing, at most a few hundred milliseconds old. When
// the store opens they become what they would have become a moment later, the reflection's
// next revision or the note, saved to the learner who typed them.
#pragma once
#include "store/queued_command.h"
#include "store/sqlite_db.h"

#include <vector>

namespace lectern::store {

struct DraftRecovery {
    std::vector<QueuedCommand> toSave;  // SaveReflection / SaveNote, at the draft's time
    int unchanged = 0;                  // drafts equal to what is saved: only removed
};

// Reads the drafts; those equal to the saved text are deleted at once (nothing to keep).
DraftRecovery recoverTextDrafts(SqliteDb& db);

} // namespace lectern::store
