// The one UTF-8 decoder of Lectern (utf8proc underneath), UTF-8 validation that says where the
// first bad bytes are (so an author can find them), and the Unicode character classes the text
// code needs (spaces, letters, punctuation), from utf8proc's tables rather than our own.
#pragma once
#include "course/diagnostic.h"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace lectern::utf8 {

// One problem found in a byte string: an invalid UTF-8 sequence or a NUL byte.
struct BadByte {
    size_t offset = 0;  // byte offset in the input
    SourcePos pos;      // 1-based line and byte column
    bool nul = false;   // a NUL byte (valid UTF-8, but never text)
};

// Scans `bytes` and returns the first `maxReports` problems; `total` receives how many there are.
// Overlong forms, surrogates and code points above U+10FFFF count as invalid.
std::vector<BadByte> findBadBytes(std::string_view bytes, size_t maxReports, size_t* total = nullptr);

// Replaces every invalid byte and every NUL with '?', keeping byte offsets (and so every line
// and column reported later) unchanged.
std::string sanitize(std::string_view bytes);

// Length of the valid UTF-8 sequence starting at bytes[i], or 0 when it is invalid.
size_t sequenceLength(std::string_view bytes, size_t i);

// Number of code points in a valid UTF-8 string.
size_t countCodePoints(std::string_view s);

// What decode() yields for an invalid or truncated sequence.
inline constexpr char32_t kInvalid = 0xFFFFFFFF;

// Decodes the code point at bytes[i] and advances `i` past it. An invalid or truncated
// sequence yields kInvalid and advances by one byte, so the caller can keep or replace it.
char32_t decode(std::string_view bytes, size_t& i);

// The start of the code point that holds bytes[pos] (pos itself when it starts one): where to
// cut a string without splitting a character.
size_t codePointStart(std::string_view bytes, size_t pos);

// Unicode character classes (kInvalid is none of them).
bool isSpace(char32_t cp);          // Unicode White_Space: ASCII spaces, no-break, U+2000.., U+3000
bool isLetterOrDigit(char32_t cp);  // categories L* and N*
bool isMark(char32_t cp);           // categories M* (combining accents, Arabic harakat)
bool isPunctuation(char32_t cp);    // categories P*, and the ASCII symbols ($ + < = > ^ ` | ~)

} // namespace lectern::utf8
