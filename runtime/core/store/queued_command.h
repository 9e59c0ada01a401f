// A learner command as the writer thread keeps it: who, which course, the event id and time
// fixed at submit(), so a retried write stores exactly what the learner saw.
#pragma once
#include "store/progress.h"
#include "xapi/statement.h"

#include <cstdint>
#include <memory>
#include <string>

namespace lectern::store {

struct QueuedCommand {
    ProgressCommand command;
    LearnerId learner = 0;
    std::string courseId;
    std::string uuid;    // xAPI statement id
    int64_t timeMs = 0;  // when the learner acted
    // What the writer renders the statement with (the course when the learner acted); null for
    // commands replayed from an unsaved file: their event is stored without a statement and
    // rendered from its row when read.
    std::shared_ptr<const xapi::StatementContext> context;
    // Who `learner` is, written only into an unsaved file (store/unsaved_file.h): the file it
    // is replayed into may number its learners differently (a replaced or restored copy).
    std::string learnerUuid;
    std::string learnerName;
    // The learner's sitting when the command was submitted (cmi5 session id); empty outside one.
    std::string sessionId;
};

// How a command appears in the event log: its kind, xAPI verb and object ids.
struct CommandShape {
    const char* what;  // the kind: "section_read", "quiz_attempt", ... (events.kind, the log's "what")
    const char* verb;  // IRI (xapi/vocabulary.h)
    std::string moduleId;
    std::string itemId;
};
CommandShape shapeOf(const ProgressCommand& command);

// "course/module/item" (module or item omitted when empty).
std::string objectIdOf(const std::string& courseId, const CommandShape& shape);

} // namespace lectern::store
