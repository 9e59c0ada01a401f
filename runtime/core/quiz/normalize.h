// Text normalisation for answers the learner types, and word counting for reflections.
//
// Why: a short_text answer is right when it matches an accepted answer "in substance":
// "  the G.G.E. " is not a different answer from "the G.G.E", nor "Genève" from "geneve".
// The comparison is done on normalised forms of both sides.
//
// normalizeAnswer() does, in order:
//   1. folds common Latin letters with accents to their base letters by a fixed table
//      (Latin-1 Supplement, Latin Extended-A, Romanian ș/ț): é->e, ü->u, ç->c, ß->ss,
//      æ->ae, œ->oe, ø->o, ł->l, đ->d, þ->th; combining accents (U+0300-U+036F, decomposed
//      text) are dropped. A table instead of full Unicode normalisation: no ICU dependency,
//      and it covers the languages of the course audience written in Latin script. Other
//      scripts (Cyrillic, Arabic, CJK...) pass through unchanged, including their case.
//   2. lower-cases ASCII letters (the table already yields lower case);
//   3. turns every kind of space (tab, newline, no-break space, U+2000-U+200A, U+3000) into
//      one space, and collapses runs of them;
//   4. maps typographic quotes and dashes to ASCII (’ -> ', “ -> ", – -> -), so "don’t"
//      equals "don't";
//   5. strips punctuation and spaces at both ends (ASCII punctuation, « » ¿ ¡ … ·), not
//      inside: "U.N." -> "u.n", "Group." -> "group".
// Invalid UTF-8 bytes are kept as they are (they then only match themselves).
#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace lectern::quiz {

// Accents folded and case lowered; nothing else changes.
std::string foldDiacritics(std::string_view utf8);

// The full normalisation described above.
std::string normalizeAnswer(std::string_view utf8);

// Parses a number as a learner types it: spaces around are ignored, "1,5" is 1.5 (a lone
// comma is a decimal separator), "1,000" and "12,500,000" use commas as thousands separators
// (groups of exactly three digits), "1 000" (spaces between digit groups) is 1000, and a
// leading "+" is allowed. Returns nothing for text that is not a finite number.
std::optional<double> parseNumber(std::string_view text);

// Words in a text: runs of non-space characters that hold at least one letter or digit
// (so a lone "-" or "—" is not a word).
int countWords(std::string_view utf8);

} // namespace lectern::quiz
