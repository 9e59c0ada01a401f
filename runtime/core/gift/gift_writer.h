// A GIFT bank (gift_question.h) -> a Lectern module (docs/module-format.md) that passes
// `lectern check`: front matter, one "##" section per $CATEGORY (or "Questions"), a quiz block
// for each run of scored questions, a reflection block per essay, prose per description.
//   ids       "// [id:X]" when it is a valid id, else the title's slug, else q1, q2...; made
//             unique (quiz and reflection ids share the course's namespace)
//   MC        single (an '=' answer) or multiple; Moodle weights become `weight:`
//   TF        true_false; the first feedback -> incorrect_feedback, the second -> correct_feedback
//   Short     short_text `accept:`, weighted entries as {text, weight, feedback}
//   Numerical numeric `answer`/`tolerance`, `min`/`max`, or weighted `answers:`
//   Matching  matching `pairs:`; pairs with an empty left side -> `distractors:`
//   ####      explanation; text after the braces -> prompt_after; ::title:: -> title
#pragma once
#include "gift/gift_question.h"

#include <string>

namespace lectern::gift {

struct WriteOptions {
    std::string moduleId = "imported";
    std::string title;  // empty: the module id
};

std::string writeModule(const Bank& bank, const WriteOptions& options);

} // namespace lectern::gift
