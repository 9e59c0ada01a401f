// Reads a GIFT bank (gift_question.h). Every problem is a diagnostic at FILE:LINE:COL; where
// Moodle silently accepts something meaningless (`{#abc}` accepts every answer, a weight above
// 100 %, an unescaped `}` in HTML text ending the answers early) Lectern says so.
// Errors: not UTF-8, a brace without its pair, an empty answer list, matching with fewer than
// two pairs, a numeric answer that is not a number, answers not starting with '=' or '~'.
// Linear in the input, no recursion, bounded (kMaxBankBytes, kMaxQuestions, kMaxAnswers).
#pragma once
#include "gift/gift_question.h"

#include <string_view>

namespace lectern::gift {

Bank parseGift(std::string_view bytes, const std::string& fileName, Diagnostics& diags);

// Text formats: HTML (and Moodle's auto-format, which may hold HTML) becomes Markdown-ish text:
// <p>/<br> line breaks, <b>/<strong> **, <i>/<em> *, <a href> [text](url), <code> `...`, lists
// "- ", entities decoded; every other tag dropped, <script>/<style> with their content.
std::string htmlToText(std::string_view html);

} // namespace lectern::gift
