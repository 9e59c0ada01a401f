// The outline of a course as JSON, for `lectern inspect --json` and for tools:
// {"modules":[{"id","title","file","sections":[{"id","title","line"}],"reflections":[{"id","line"}],
//   "quizzes":[{"id","questions":[{"id","type","line"}]}],"words"}],"glossary":[{"id","term"}]}
#pragma once
#include "course/document.h"

#include <string>

namespace lectern {

std::string inspectJson(const Course& course);

} // namespace lectern
