// The way back from a statement to an event row (the inverse of statement.h's mapping), for
// statements that come from elsewhere: `lectern import-xapi FILE.jsonl` and `lectern sync
// --pull`. A statement is Lectern's when its object is an activity of the course at hand
// (activity_iri.h) and its actor an account whose name is a learner UUID; the kind follows from
// the verb and the object. A quiz's `answered` statements are not events of their own: they
// travel with their attempt (context.statement) and are kept beside it.
#pragma once
#include "xapi/statement.h"

#include <optional>
#include <string>
#include <string_view>

namespace lectern::xapi {

struct ReadStatement {
    EventRecord event;       // uuid = the statement id; kind, verb, module, item, result, time...
    std::string objectId;    // events.object_id, as the writer builds it
    std::string attemptId;   // for an `answered` statement: the attempt it belongs to (no event)
};

// Reads one statement (compact JSON text). nullopt with `why` when it is not one of the
// course's statements or is malformed: "not a statement of course X", "no timestamp"...
std::optional<ReadStatement> readStatement(std::string_view text, const StatementContext& context, std::string& why);

} // namespace lectern::xapi
