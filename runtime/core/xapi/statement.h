// One mapping from a recorded event (a row of the `events` table) to xAPI 1.0.3 statements.
// The writer renders each event once with it and stores the text (events.statement); sync and
// export send that text byte for byte. Rows written before schema v4, or without the course at
// hand, have no stored text and are rendered from the row by this same function.
//
// Statement shapes (all: id, actor, verb, object, result, context, timestamp; the actor is
// {"objectType":"Agent","account":{"homePage":<context>,"name":<learner UUID>}}):
//   kind           verb                 object (activity_iri.h)  result
//   section_read   experienced          section                  completion: true
//   time_on_task   progressed           section                  duration "PT12.500S"
//   resume_point   suspended            section                  extensions{scroll-y}
//   quiz_attempt   passed | failed      quiz (assessment)        score{raw,min,max,scaled}, success, completion,
//                                                                extensions{responses: Lectern's answers object}
//     + per answered question: answered, question (cmi.interaction with its definition),
//       result{response: cmi string, success, score}, id = v5(event uuid, question id),
//       context.statement = the quiz statement, timestamp = the attempt's
//   quiz_draft     progressed           quiz                     completion: false, extensions{responses}
//   reflection     responded            reflection (long-fill-in) response: the text
//   bookmark       bookmarked           section                  extensions{bookmark-on: true|false}
//   note           commented            section                  response: the text
//   settings       adjusted             <course>/settings        extensions{settings: object}
//   initialized    initialized          course                   (none)                 a sitting begins (sign-in)
//   terminated     terminated           course                   duration               it ends (sign-out, closing)
//   course_completed completed          course                   completion: true       at most once per registration,
//   course_passed  passed               course                   success, completion    context category "moveon"
// context: platform "Lectern", language (the course's), contextActivities parent (the module,
// or the quiz for a question) and grouping (the course, and the module for a question);
// registration (cmi5): registrationOf(learner UUID, course IRI), the same on every machine;
// extensions{cmi5 sessionid} when the event was recorded in a sitting (a sign-in).
// Timestamps: ISO 8601 UTC with milliseconds ("2026-11-23T19:02:11.123Z").
#pragma once
#include "course/document.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lectern::xapi {

enum class EventKind {
    SectionRead, TimeOnTask, ResumePoint, QuizAttempt, QuizDraft, Reflection, Bookmark, Note, Settings,
    Initialized, Terminated, CourseCompleted, CoursePassed
};

const char* kindName(EventKind kind);  // "section_read", ...: events.kind and the log's "what"
std::optional<EventKind> kindFromName(std::string_view name);

// What statements point at: the course IRI, the learners' account home page, the language of
// names, and (optionally) the course model for names and interaction definitions.
struct StatementContext {
    std::string courseId;
    std::string courseIri;                 // course.yaml "iri:", else defaultCourseIri(courseId)
    std::string homePage;                  // course.yaml "home_page:", else defaultHomePage
    std::string language = "und";          // key of language maps; a valid RFC 5646 tag
    std::shared_ptr<const Course> course;  // may be null: statements then carry ids only
};

// The context of a loaded course (its iri, home_page and language, or the defaults).
StatementContext contextFor(std::shared_ptr<const Course> course);
// The defaults for a course known only by id.
StatementContext contextForId(const std::string& courseId);

// A row of the events table, as the mapping needs it.
struct EventRecord {
    std::string uuid;         // the statement id
    std::string learnerUuid;  // learners.uuid
    std::string courseId;
    std::string moduleId;     // empty for settings
    std::string itemId;       // section, quiz or reflection id
    std::string kind;         // events.kind; empty in rows before v4 (then found from verb and result)
    std::string verb;         // events.verb
    std::string resultJson;   // events.result: the main statement's result (older rows: their shape)
    int64_t timeMs = 0;
    std::string sessionId;    // the sitting the event was recorded in; empty when not known
};

// A learner's registration in a course (cmi5): a name-based UUID of the two, so every machine
// and every import gives the same one without storing it.
std::string registrationOf(std::string_view learnerUuid, std::string_view courseIri);

// The event's statements as compact JSON, the event's own first (id = uuid); a quiz attempt is
// followed by one statement per answered question. Never throws.
std::vector<std::string> renderStatements(const EventRecord& event, const StatementContext& context);

// events.statement holds the statements one per line (compact JSON has no raw newline).
std::string joinStatements(const std::vector<std::string>& statements);
std::vector<std::string> splitStatements(std::string_view column);

// The kind of a row written before schema v4, from its verb and result.
std::optional<EventKind> legacyKind(std::string_view verb, std::string_view resultJson);

} // namespace lectern::xapi
