// The IRIs of Lectern's xAPI activities, derived from one course IRI (docs/module-format.md,
// "Records for a learning record store"):
//
//   course       <course-iri>                                  course.yaml "iri:", else urn:lectern:course:<id>
//   module       <course-iri>/modules/<module>
//   section      <course-iri>/modules/<module>/sections/<section>
//   quiz         <course-iri>/modules/<module>/quizzes/<quiz>
//   question     <course-iri>/modules/<module>/quizzes/<quiz>/questions/<question>
//   reflection   <course-iri>/modules/<module>/reflections/<reflection>
//   settings     <course-iri>/settings
//
// Built only from ids, so an IRI stays the same as long as the ids do (prose edits, reordering).
// Characters outside RFC 3987's unreserved set are percent-encoded (ids are mostly slugs).
#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace lectern::xapi {

// "urn:lectern:course:<id>": the course IRI when course.yaml declares none.
std::string defaultCourseIri(std::string_view courseId);

// The learners' account home page when neither the course nor the deployment names one. Fixed,
// not derived from the course IRI: adding "iri:" to a course must not change who a learner is.
inline constexpr const char* defaultHomePage = "urn:lectern:learners";

// Why `iri` cannot be a course IRI (an absolute IRI without query or fragment, no spaces or
// control characters), or nullopt when it can. Used by the manifest for "iri:" and "home_page:".
std::optional<std::string> courseIriProblem(std::string_view iri);

// One id as an IRI path segment.
std::string iriSegment(std::string_view id);

std::string moduleIri(std::string_view courseIri, std::string_view moduleId);
std::string sectionIri(std::string_view courseIri, std::string_view moduleId, std::string_view sectionId);
std::string quizIri(std::string_view courseIri, std::string_view moduleId, std::string_view quizId);
std::string questionIri(std::string_view courseIri, std::string_view moduleId, std::string_view quizId,
                        std::string_view questionId);
std::string reflectionIri(std::string_view courseIri, std::string_view moduleId, std::string_view reflectionId);
std::string settingsIri(std::string_view courseIri);

} // namespace lectern::xapi
