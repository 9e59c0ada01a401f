// Writes learner commands to the database: each command's event and state rows in ONE
// transaction, so after any crash either both exist or neither does.
#pragma once
#include "store/queued_command.h"
#include "store/sqlite_db.h"

#include <optional>
#include <string>
#include <string_view>
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

// How a command's state is applied: Live by the writer; Replay by a state rebuild
// (sync/state_rebuild.h), which leaves text_drafts alone (a draft is newer typing, not an event).
enum class ApplyMode { Live, Replay };

// The state part of writing a command whose event is stored as `seq`: its state rows and the
// learner's last activity, exactly as the writer does it. Runs inside the caller's transaction;
// false when a statement failed (the connection holds SQLite's error).
bool applyState(SqliteDb& db, const QueuedCommand& queued, int64_t seq, ApplyMode mode = ApplyMode::Live);

// An event row turned back into the command that made it (the inverse of the writer's kind,
// verb and result). Kinds with no state (initialized, terminated, course_completed,
// course_passed) come back with hasState false; an unknown kind or a result that is not a
// JSON object gives no command and an error. Lossy where the result is: time on task comes
// back to the millisecond of its ISO duration.
struct EventCommand {
    std::optional<ProgressCommand> command;
    bool hasState = false;
    std::string error;
};
EventCommand commandFromEvent(std::string_view kind, std::string_view verb, const std::string& moduleId,
                              const std::string& itemId, std::string_view resultJson);

// text_drafts.kind: "reflection" or "note".
const char* draftKindName(DraftOf of);

// The JSON log line for a command that could not be saved before the store closed, so the
// learner's work is at least in the log.
std::string unsavedLogLine(const QueuedCommand& queued, const std::string& reason);

// {"event":"save_failed","code":N,"message":"...","pending":N,"ts":"..."}
std::string failureLogLine(int code, const std::string& message, size_t pending);

} // namespace lectern::store
