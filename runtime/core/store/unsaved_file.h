// The last resort for commands the store could not save before it closed (a full disk at
// exit): they are written as JSON lines to <db>.unsaved.jsonl beside the database, and the
// next open() saves them. Each keeps its event uuid, so replaying twice stores it once.
#pragma once
#include "store/queued_command.h"

#include <string>
#include <vector>

namespace lectern::store {

std::string unsavedFilePath(const std::string& dbPath);

// Replaces the file with `commands` (through a temporary file and a rename). With no commands,
// removes the file. False with `error` when it cannot be written.
bool writeUnsavedFile(const std::string& dbPath, const std::vector<QueuedCommand>& commands, std::string& error);

// Reads the file; a missing file gives no commands. Lines that cannot be read are skipped and
// counted in `skipped` (the file itself is left as it is).
std::vector<QueuedCommand> readUnsavedFile(const std::string& dbPath, int& skipped);

// One command as a JSON object and back (false when the object is not a command).
std::string commandToJson(const QueuedCommand& command);
bool commandFromJson(const std::string& line, QueuedCommand& out);

} // namespace lectern::store
