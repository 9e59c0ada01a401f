// The verbs, activity types and extension keys of Lectern's statements. Verbs and types come
// from ADL's and the Tin Can registry's vocabularies; Lectern's own extension keys are URNs
// (no web site to dereference them; an IRI is what xAPI asks for).
#pragma once

namespace lectern::xapi::vocab {

// Verbs
inline constexpr const char* experienced = "http://adlnet.gov/expapi/verbs/experienced";
inline constexpr const char* progressed = "http://adlnet.gov/expapi/verbs/progressed";
inline constexpr const char* suspended = "http://adlnet.gov/expapi/verbs/suspended";
inline constexpr const char* answered = "http://adlnet.gov/expapi/verbs/answered";
inline constexpr const char* passed = "http://adlnet.gov/expapi/verbs/passed";
inline constexpr const char* failed = "http://adlnet.gov/expapi/verbs/failed";
inline constexpr const char* responded = "http://adlnet.gov/expapi/verbs/responded";
inline constexpr const char* commented = "http://adlnet.gov/expapi/verbs/commented";
inline constexpr const char* bookmarked = "http://id.tincanapi.com/verb/bookmarked";
inline constexpr const char* adjusted = "http://id.tincanapi.com/verb/adjusted";
// cmi5's verbs for a sitting and the course's outcome (Lectern is not a cmi5 AU: docs/sync.md)
inline constexpr const char* initialized = "http://adlnet.gov/expapi/verbs/initialized";
inline constexpr const char* terminated = "http://adlnet.gov/expapi/verbs/terminated";
inline constexpr const char* completed = "http://adlnet.gov/expapi/verbs/completed";

// Activity types
inline constexpr const char* courseType = "http://adlnet.gov/expapi/activities/course";
inline constexpr const char* moduleType = "http://adlnet.gov/expapi/activities/module";
inline constexpr const char* sectionType = "http://id.tincanapi.com/activitytype/section";
inline constexpr const char* assessmentType = "http://adlnet.gov/expapi/activities/assessment";
inline constexpr const char* interactionType = "http://adlnet.gov/expapi/activities/cmi.interaction";
inline constexpr const char* settingsType = "urn:lectern:xapi:activity-type:settings";

// Extension keys (result.extensions)
inline constexpr const char* scrollExtension = "urn:lectern:xapi:extension:scroll-y";        // resume point, pixels
inline constexpr const char* bookmarkOnExtension = "urn:lectern:xapi:extension:bookmark-on";  // true = set, false = removed
inline constexpr const char* settingsExtension = "urn:lectern:xapi:extension:settings";      // the learner's UI settings object
// A quiz attempt's or draft's answers in Lectern's own form (quiz/responses.h), so an importer
// can rebuild the attempt from the quiz statement alone.
inline constexpr const char* responsesExtension = "urn:lectern:xapi:extension:responses";

// cmi5's context: the sitting's id (context.extensions) and the category of the statements that
// decide whether a learner may move on (completed, passed).
inline constexpr const char* sessionIdExtension = "https://w3id.org/xapi/cmi5/context/extensions/sessionid";
inline constexpr const char* moveOnCategory = "https://w3id.org/xapi/cmi5/context/categories/moveon";

inline constexpr const char* platform = "Lectern";

} // namespace lectern::xapi::vocab
