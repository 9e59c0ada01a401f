// Small UTF-8 helpers for the learner's text (the editor model and its lines). Pure.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>

namespace lectern::ui::text {

// Decodes the code point at `pos` (invalid bytes come back as U+FFFD, one byte long).
char32_t decodeAt(std::string_view s, size_t pos, size_t* length = nullptr);
// The start of the code point before / after `pos` (clamped to the text).
size_t prevCodePoint(std::string_view s, size_t pos);
size_t nextCodePoint(std::string_view s, size_t pos);
void appendUtf8(std::string& out, char32_t c);
// The learner's text as it may be stored: valid UTF-8 (a byte that is not becomes U+FFFD),
// line breaks as '\n', no control characters but tab and line break. Every other code
// point, supplementary planes included, is kept as it is.
std::string cleanText(std::string_view utf8);
// Letters, digits and marks of any script (and '_'): what Ctrl+arrows and double-click treat
// as a word. Everything else (spaces, punctuation, symbols) separates words.
bool isWordCodePoint(char32_t c);
bool isSpaceCodePoint(char32_t c);

} // namespace lectern::ui::text
