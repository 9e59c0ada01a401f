// A Lectern module -> a GIFT bank Moodle imports (`lectern export-gift`).
//   each "##" section       $CATEGORY: <section title> (when it holds questions)
//   prose paragraphs        descriptions
//   quiz questions          GIFT questions, "// [id:X]" before each so ids survive a round trip;
//                           title -> ::title::, explanation -> ####, prompt_after -> text after {}
//   reflections             essays {}
// Texts are written in [markdown] and every GIFT special character is escaped.
// What GIFT cannot say is reported in `notes` (one line each) and left out or approximated:
// ordering questions (no GIFT kind: left out), `multiple` without weights (GIFT has no
// all-or-nothing: right choices share 100 %, wrong ones -100 %), hints, revisit and points.
#pragma once
#include "course/document.h"

#include <string>
#include <vector>

namespace lectern::gift {

std::string exportModule(const Module& module, std::vector<std::string>* notes = nullptr);

// GIFT's escapes for text: \~ \= \# \{ \} \: \\ and \n for a line break.
std::string escapeGift(const std::string& text);

} // namespace lectern::gift
