// Writes learner commands to the database: each command's event and state rows in ONE
// transaction, so after any crash either both exist or neither does.
#pragma once
#include "store/queued_command.h"
#include "store/sqlite_db.h"

#include <string>
#include <vector>

namespace lectern::store {

struct WriteResult {
    bool ok = false;
    int code = 0;         // SQLite extended result code on failure
    std::string message;  // SQLite's message on failure
    std::vector<std::string> logLines;  // on success, one per command: {"event":"saved",...}
};

WriteResult writeCommand(SqliteDb& db, const QueuedCommand& queued);

// Group commit: several commands in one transaction (one fsync instead of one each), when the
// queue has backed up. All or nothing: a command is never split, and on failure none is saved.
WriteResult writeCommands(SqliteDb& db, const std::vector<QueuedCommand>& commands);

// text_drafts.kind: "reflection" or "note".
const char* draftKindName(DraftOf of);

// The JSON log line for a command that could not be saved before the store closed, so the
// learner's work is at least in the log.
std::string unsavedLogLine(const QueuedCommand& queued, const std::string& reason);

// {"event":"save_failed","code":N,"message":"...","pending":N,"ts":"..."}
std::string failureLogLine(int code, const std::string& message, size_t pending);

} // namespace lectern::store
