// A learner command as the writer thread keeps it: who, which course, the event id and time
// fixed at submit(), so a retried write stores exactly what the learner saw.
#pragma once
#include "store/progress.h"

#include <cstdint>
#include <string>

namespace lectern::store {

struct QueuedCommand {
    ProgressCommand command;
    LearnerId learner = 0;
    std::string courseId;
    std::string uuid;    // xAPI statement id
    int64_t timeMs = 0;  // when the learner acted
};

// How a command appears in the event log: xAPI verb, object ids, and what `what` is in logs.
struct CommandShape {
    const char* what;  // "section_read", "quiz_attempt", ...
    const char* verb;  // IRI
    std::string moduleId;
    std::string itemId;
};
CommandShape shapeOf(const ProgressCommand& command);

// "course/module/item" (module or item omitted when empty).
std::string objectIdOf(const std::string& courseId, const CommandShape& shape);

} // namespace lectern::store
