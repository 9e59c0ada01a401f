// Index
//   [SECTION] UTF-8 decoding
//   [SECTION] Folding table
//   [SECTION] foldDiacritics, normalizeAnswer
//   [SECTION] parseNumber
//   [SECTION] countWords
#include "quiz/normalize.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdint>
#include <cstdlib>

namespace lectern::quiz {
namespace {

//-----------------------------------------------------------------------------
// [SECTION] UTF-8 decoding
//-----------------------------------------------------------------------------

constexpr char32_t kInvalid = 0xFFFFFFFF;

// Decodes one code point at `i` and advances `i`. Invalid or truncated sequences yield
// kInvalid and advance by one byte, so the caller can keep that byte as it is.
char32_t decode(std::string_view s, size_t& i) {
    const auto b0 = static_cast<unsigned char>(s[i]);
    if (b0 < 0x80) { ++i; return b0; }
    int len = 0;
    char32_t cp = 0;
    if ((b0 & 0xE0) == 0xC0) { len = 2; cp = b0 & 0x1F; }
    else if ((b0 & 0xF0) == 0xE0) { len = 3; cp = b0 & 0x0F; }
    else if ((b0 & 0xF8) == 0xF0) { len = 4; cp = b0 & 0x07; }
    else { ++i; return kInvalid; }
    if (i + len > s.size()) { ++i; return kInvalid; }
    for (int k = 1; k < len; ++k) {
        const auto b = static_cast<unsigned char>(s[i + k]);
        if ((b & 0xC0) != 0x80) { ++i; return kInvalid; }
        cp = (cp << 6) | (b & 0x3F);
    }
    // Overlong forms and surrogates are invalid.
    if ((len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) ||
        (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) {
        ++i;
        return kInvalid;
    }
    i += len;
    return cp;
}

//-----------------------------------------------------------------------------
// [SECTION] Folding table
//-----------------------------------------------------------------------------

struct FoldRange {
    char32_t first, last;
    const char* base;
};

// Upper and lower case map to the same lower-case base. U+00D7 (×) and U+00F7 (÷) are
// symbols and are left out on purpose.
constexpr FoldRange kFold[] = {
    {0xC0, 0xC5, "a"}, {0xC6, 0xC6, "ae"}, {0xC7, 0xC7, "c"}, {0xC8, 0xCB, "e"}, {0xCC, 0xCF, "i"},
    {0xD0, 0xD0, "d"}, {0xD1, 0xD1, "n"}, {0xD2, 0xD6, "o"}, {0xD8, 0xD8, "o"}, {0xD9, 0xDC, "u"},
    {0xDD, 0xDD, "y"}, {0xDE, 0xDE, "th"}, {0xDF, 0xDF, "ss"},
    {0xE0, 0xE5, "a"}, {0xE6, 0xE6, "ae"}, {0xE7, 0xE7, "c"}, {0xE8, 0xEB, "e"}, {0xEC, 0xEF, "i"},
    {0xF0, 0xF0, "d"}, {0xF1, 0xF1, "n"}, {0xF2, 0xF6, "o"}, {0xF8, 0xF8, "o"}, {0xF9, 0xFC, "u"},
    {0xFD, 0xFD, "y"}, {0xFE, 0xFE, "th"}, {0xFF, 0xFF, "y"},
    // Latin Extended-A: letters come in upper/lower pairs, grouped by base letter.
    {0x100, 0x105, "a"}, {0x106, 0x10D, "c"}, {0x10E, 0x111, "d"}, {0x112, 0x11B, "e"},
    {0x11C, 0x123, "g"}, {0x124, 0x127, "h"}, {0x128, 0x131, "i"}, {0x132, 0x133, "ij"},
    {0x134, 0x135, "j"}, {0x136, 0x138, "k"}, {0x139, 0x142, "l"}, {0x143, 0x14B, "n"},
    {0x14C, 0x151, "o"}, {0x152, 0x153, "oe"}, {0x154, 0x159, "r"}, {0x15A, 0x161, "s"},
    {0x162, 0x167, "t"}, {0x168, 0x173, "u"}, {0x174, 0x175, "w"}, {0x176, 0x178, "y"},
    {0x179, 0x17E, "z"}, {0x17F, 0x17F, "s"},
    // Romanian comma-below letters (Latin Extended-B).
    {0x218, 0x219, "s"}, {0x21A, 0x21B, "t"},
};

const char* foldOf(char32_t cp) {
    if (cp < 0xC0 || cp > 0x21B) return nullptr;
    for (const FoldRange& r : kFold)
        if (cp >= r.first && cp <= r.last) return r.base;
    return nullptr;
}

bool isCombiningMark(char32_t cp) { return cp >= 0x300 && cp <= 0x36F; }

bool isSpace(char32_t cp) {
    return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == '\v' || cp == 0xA0 ||
           (cp >= 0x2000 && cp <= 0x200A) || cp == 0x202F || cp == 0x205F || cp == 0x3000;
}

// Typographic punctuation mapped to its ASCII form (0 = none).
char asciiOf(char32_t cp) {
    switch (cp) {
    case 0x2018: case 0x2019: case 0x201A: case 0x2032: return '\'';
    case 0x201C: case 0x201D: case 0x201E: case 0x2033: return '"';
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212: return '-';
    default: return 0;
    }
}

// Punctuation stripped at the ends that has no ASCII form.
bool isEndPunctuation(char32_t cp) {
    return cp == 0xAB || cp == 0xBB || cp == 0xBF || cp == 0xA1 || cp == 0x2026 || cp == 0xB7 ||
           cp == 0x2039 || cp == 0x203A || cp == 0x3002;
}

bool isAsciiPunct(unsigned char c) {
    return (c >= 0x21 && c <= 0x2F) || (c >= 0x3A && c <= 0x40) || (c >= 0x5B && c <= 0x60) || (c >= 0x7B && c <= 0x7E);
}

} // namespace

//-----------------------------------------------------------------------------
// [SECTION] foldDiacritics, normalizeAnswer
//-----------------------------------------------------------------------------

std::string foldDiacritics(std::string_view utf8) {
    std::string out;
    out.reserve(utf8.size());
    for (size_t i = 0; i < utf8.size();) {
        const size_t start = i;
        const char32_t cp = decode(utf8, i);
        if (cp == kInvalid) { out += utf8[start]; continue; }
        if (cp >= 'A' && cp <= 'Z') { out += static_cast<char>(cp - 'A' + 'a'); continue; }
        if (isCombiningMark(cp)) continue;
        if (const char* base = foldOf(cp)) { out += base; continue; }
        out.append(utf8.substr(start, i - start));
    }
    return out;
}

std::string normalizeAnswer(std::string_view utf8) {
    // Fold, map spaces and typographic punctuation, collapse spaces: one pass.
    std::string folded = foldDiacritics(utf8);
    std::string mid;
    mid.reserve(folded.size());
    bool pendingSpace = false;
    for (size_t i = 0; i < folded.size();) {
        const size_t start = i;
        const char32_t cp = decode(folded, i);
        if (cp != kInvalid && isSpace(cp)) { pendingSpace = !mid.empty(); continue; }
        if (pendingSpace) { mid += ' '; pendingSpace = false; }
        if (cp != kInvalid) {
            if (char a = asciiOf(cp)) { mid += a; continue; }
        }
        mid.append(folded, start, i - start);
    }
    // Strip punctuation and spaces at both ends. Ends are checked per code point so a
    // multi-byte mark such as "»" goes as a whole.
    size_t begin = 0, end = mid.size();
    while (begin < end) {
        size_t j = begin;
        const char32_t cp = decode(mid, j);
        const bool strip = cp == ' ' || (cp < 0x80 && isAsciiPunct(static_cast<unsigned char>(cp))) ||
                           (cp != kInvalid && isEndPunctuation(cp));
        if (!strip) break;
        begin = j;
    }
    while (end > begin) {
        size_t k = end - 1;
        while (k > begin && (static_cast<unsigned char>(mid[k]) & 0xC0) == 0x80) --k;  // start of last code point
        size_t j = k;
        const char32_t cp = decode(mid, j);
        const bool strip = j == end && (cp == ' ' || (cp < 0x80 && isAsciiPunct(static_cast<unsigned char>(cp))) ||
                                        (cp != kInvalid && isEndPunctuation(cp)));
        if (!strip) break;
        end = k;
    }
    return mid.substr(begin, end - begin);
}

//-----------------------------------------------------------------------------
// [SECTION] parseNumber
//-----------------------------------------------------------------------------

std::optional<double> parseNumber(std::string_view text) {
    std::string s;
    // Drop every kind of space: "1 000" and " 12 " are both fine.
    for (size_t i = 0; i < text.size();) {
        const size_t start = i;
        const char32_t cp = decode(text, i);
        if (cp != kInvalid && isSpace(cp)) continue;
        if (cp == 0x2212) { s += '-'; continue; }  // typographic minus
        s.append(text.substr(start, i - start));
    }
    if (s.empty()) return std::nullopt;
    const size_t commas = std::count(s.begin(), s.end(), ',');
    const bool hasDot = s.find('.') != std::string::npos;
    if (commas > 0) {
        // Thousands separators when every comma is followed by exactly three digits and then
        // the end, a dot or another comma; otherwise a lone comma is the decimal separator.
        bool grouping = true;
        for (size_t p = s.find(','); p != std::string::npos; p = s.find(',', p + 1)) {
            size_t digits = 0;
            size_t q = p + 1;
            while (q < s.size() && std::isdigit(static_cast<unsigned char>(s[q]))) { ++digits; ++q; }
            if (digits != 3 || (q < s.size() && s[q] != ',' && s[q] != '.') || p == 0) grouping = false;
        }
        if (grouping) {
            std::erase(s, ',');
        } else if (commas == 1 && !hasDot) {
            std::replace(s.begin(), s.end(), ',', '.');
        } else {
            return std::nullopt;
        }
    }
    if (s[0] == '+') s.erase(0, 1);
    if (s.empty()) return std::nullopt;
    // Only digits, one dot, a leading minus and an exponent: strtod alone would accept
    // "inf", "nan" and hex.
    for (char c : s)
        if (!(std::isdigit(static_cast<unsigned char>(c)) || c == '.' || c == '-' || c == 'e' || c == 'E' || c == '+'))
            return std::nullopt;
    char* endPtr = nullptr;
    const double v = std::strtod(s.c_str(), &endPtr);
    if (endPtr != s.c_str() + s.size() || !std::isfinite(v)) return std::nullopt;
    return v;
}

//-----------------------------------------------------------------------------
// [SECTION] countWords
//-----------------------------------------------------------------------------

int countWords(std::string_view utf8) {
    int words = 0;
    bool inWord = false, wordHasLetter = false;
    for (size_t i = 0; i <= utf8.size();) {
        char32_t cp = ' ';
        if (i < utf8.size()) cp = decode(utf8, i); else ++i;
        if (cp != kInvalid && isSpace(cp)) {
            if (inWord && wordHasLetter) ++words;
            inWord = wordHasLetter = false;
            continue;
        }
        inWord = true;
        const bool letter = (cp < 0x80 && std::isalnum(static_cast<int>(cp))) ||
                            (cp != kInvalid && cp >= 0xC0 && !(cp >= 0x2000 && cp <= 0x206F) &&
                             !(cp >= 0x3000 && cp <= 0x303F));
        wordHasLetter = wordHasLetter || letter;
    }
    return words;
}

} // namespace lectern::quiz
