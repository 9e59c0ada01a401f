// The outline of a course as JSON, for `lectern inspect --json` and for tools:
// {"course":{"id","iri"},
//  "modules":[{"id","iri","title","file","sections":[{"id","iri","title","line"}],"reflections":[{"id","iri","line"}],
//   "quizzes":[{"id","iri","questions":[{"id","iri","type","line"}]}],"words"}],"glossary":[{"id","term"}]}
// "iri" is the xAPI activity id of each (xapi/activity_iri.h): built from ids only, so it stays
// the same across runs and across edits that keep the ids.
#pragma once
#include "course/document.h"

#include <string>

namespace lectern {

std::string inspectJson(const Course& course);

} // namespace lectern
