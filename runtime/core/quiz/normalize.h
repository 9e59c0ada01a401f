// Text normalisation for answers the learner types.
//
// Why: a short_text answer is right when it matches an accepted answer "in substance":
// "  the G.G.E. " is not a different answer from "the G.G.E", nor "Genève" from "geneve",
// "МОСКВА" from "Москва", or "كِتَاب" (with harakat) from "كتاب". Both sides are compared in
// normalised form.
//
// normalizeAnswer() does, in order:
//   1. utf8proc: NFKC (compatibility forms: fullwidth letters, ligatures), Unicode case folding
//      (any script: Latin, Greek, Cyrillic... "ß" -> "ss", final sigma -> sigma), marks stripped
//      (accents, Arabic harakat, Hebrew points; decomposed or precomposed), default-ignorable
//      characters dropped (soft hyphen, zero-width joiner), and typographic quotes, dashes and
//      spaces lumped to ASCII (’ -> ', “ -> ", – -> -), so "don’t" equals "don't";
//   2. the few Latin letters Unicode does not decompose are spelt as a reader of the language
//      would type them without the letter: æ -> ae, œ -> oe, ø -> o, ł -> l, đ/ð -> d, þ -> th;
//   3. every kind of space becomes one space, and runs of them collapse;
//   4. punctuation and spaces are stripped at both ends (Unicode punctuation and the ASCII
//      symbols), not inside: "U.N." -> "u.n", "«Group»" -> "group".
// Invalid UTF-8 bytes are kept as they are (they then only match themselves).
#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace lectern::quiz {

// Steps 1 and 2 above: case folded, marks stripped, compatibility forms and typographic
// punctuation unified; spacing and end punctuation unchanged.
std::string foldDiacritics(std::string_view utf8);

// The full normalisation described above.
std::string normalizeAnswer(std::string_view utf8);

// Parses a number as a learner types it: spaces around are ignored, "1,5" is 1.5 (a lone
// comma is a decimal separator), "1,000" and "12,500,000" use commas as thousands separators
// (groups of exactly three digits), "1 000" (spaces between digit groups) is 1000, and a
// leading "+" or minus sign (U+2212) is allowed. Any script's digits count: Arabic-Indic
// (U+0660-0669), Eastern Arabic-Indic (U+06F0-06F9) and full-width (U+FF10-FF19); the Arabic
// decimal separator U+066B is a dot, the Arabic comma U+060C is read as a comma, and the Arabic
// thousands separator U+066C only groups three digits. Returns nothing for text that is not a
// finite number.
std::optional<double> parseNumber(std::string_view text);

} // namespace lectern::quiz
