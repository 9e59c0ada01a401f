// Index
//   [SECTION] utf8proc folding
//   [SECTION] foldDiacritics, normalizeAnswer
//   [SECTION] parseNumber
#include "quiz/normalize.h"

#include "util/utf8.h"

#include <utf8proc.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <memory>

namespace lectern::quiz {
namespace {

//-----------------------------------------------------------------------------
// [SECTION] utf8proc folding
//-----------------------------------------------------------------------------

constexpr int kFoldOptions = UTF8PROC_STABLE | UTF8PROC_COMPAT | UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD |
                             UTF8PROC_STRIPMARK | UTF8PROC_IGNORE | UTF8PROC_LUMP;

// Folds a run of valid UTF-8 (utf8proc refuses invalid input, which the caller keeps aside).
void foldValidRun(std::string_view run, std::string& out) {
    if (run.empty()) return;
    utf8proc_uint8_t* mapped = nullptr;
    const utf8proc_ssize_t n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(run.data()),
                                            static_cast<utf8proc_ssize_t>(run.size()), &mapped,
                                            static_cast<utf8proc_option_t>(kFoldOptions));
    std::unique_ptr<utf8proc_uint8_t, decltype(&std::free)> owned(mapped, &std::free);
    if (n < 0) {  // out of memory: compare the text as typed rather than fail
        out.append(run);
        return;
    }
    out.append(reinterpret_cast<const char*>(mapped), static_cast<size_t>(n));
}

// Latin letters with no Unicode decomposition, after case folding, as typed without them.
struct Spelling {
    std::string_view letter, ascii;
};
constexpr Spelling kUndecomposed[] = {{"æ", "ae"}, {"œ", "oe"}, {"ø", "o"}, {"ł", "l"},
                                      {"đ", "d"},  {"ð", "d"},  {"þ", "th"}, {"ı", "i"}};

void spellUndecomposed(std::string& s) {
    for (const Spelling& sp : kUndecomposed)
        for (size_t at = s.find(sp.letter); at != std::string::npos; at = s.find(sp.letter, at + sp.ascii.size()))
            s.replace(at, sp.letter.size(), sp.ascii);
}

bool stripsAtEnds(char32_t cp) { return cp == ' ' || utf8::isPunctuation(cp); }

} // namespace

//-----------------------------------------------------------------------------
// [SECTION] foldDiacritics, normalizeAnswer
//-----------------------------------------------------------------------------

std::string foldDiacritics(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    size_t runStart = 0;
    for (size_t i = 0; i < text.size();) {
        const size_t at = i;
        if (utf8::decode(text, i) != utf8::kInvalid) continue;
        foldValidRun(text.substr(runStart, at - runStart), out);
        out += text[at];  // an invalid byte stays as it is
        runStart = i;
    }
    foldValidRun(text.substr(runStart), out);
    spellUndecomposed(out);
    return out;
}

std::string normalizeAnswer(std::string_view text) {
    const std::string folded = foldDiacritics(text);
    // Collapse every kind of space into one.
    std::string mid;
    mid.reserve(folded.size());
    bool pendingSpace = false;
    for (size_t i = 0; i < folded.size();) {
        const size_t start = i;
        if (utf8::isSpace(utf8::decode(folded, i))) {
            pendingSpace = !mid.empty();
            continue;
        }
        if (pendingSpace) mid += ' ';
        pendingSpace = false;
        mid.append(folded, start, i - start);
    }
    // Strip punctuation and spaces at both ends, a whole code point at a time.
    size_t begin = 0, end = mid.size();
    while (begin < end) {
        size_t next = begin;
        if (!stripsAtEnds(utf8::decode(mid, next))) break;
        begin = next;
    }
    while (end > begin) {
        const size_t last = std::max(begin, utf8::codePointStart(mid, end - 1));
        size_t next = last;
        if (!stripsAtEnds(utf8::decode(mid, next)) || next != end) break;
        end = last;
    }
    return mid.substr(begin, end - begin);
}

//-----------------------------------------------------------------------------
// [SECTION] parseNumber
//-----------------------------------------------------------------------------

namespace {

// Digits of other scripts a learner may type: Arabic-Indic (U+0660..), Eastern Arabic-Indic
// (Persian, Urdu: U+06F0..) and full-width (CJK input methods: U+FF10..). -1: not a digit.
int digitValue(char32_t cp) {
    for (char32_t zero : {char32_t(0x0660), char32_t(0x06F0), char32_t(0xFF10)})
        if (cp >= zero && cp <= zero + 9) return int(cp - zero);
    return -1;
}

// Stands for U+066C (Arabic thousands separator) until its groups are checked; a control
// byte typed as such is refused before.
constexpr char kThousands = '\x01';

} // namespace

std::optional<double> parseNumber(std::string_view text) {
    std::string s;
    // Drop every kind of space: "1 000" and " 12 " are both fine.
    for (size_t i = 0; i < text.size();) {
        const size_t start = i;
        const char32_t cp = utf8::decode(text, i);
        if (utf8::isSpace(cp)) continue;
        if (cp < 0x20) return std::nullopt;        // control bytes (kThousands stands for U+066C)
        if (cp == 0x2212) { s += '-'; continue; }  // typographic minus
        if (const int d = digitValue(cp); d >= 0) { s += char('0' + d); continue; }
        if (cp == 0x066B) { s += '.'; continue; }  // Arabic decimal separator
        if (cp == 0x060C) { s += ','; continue; }  // Arabic comma: read like ','
        if (cp == 0x066C) { s += kThousands; continue; }
        s.append(text.substr(start, i - start));
    }
    if (s.empty()) return std::nullopt;
    // The Arabic thousands separator can only group: exactly three digits after each one.
    for (size_t p = s.find(kThousands); p != std::string::npos; p = s.find(kThousands, p + 1)) {
        size_t q = p + 1;
        while (q < s.size() && std::isdigit(static_cast<unsigned char>(s[q]))) ++q;
        if (p == 0 || !std::isdigit(static_cast<unsigned char>(s[p - 1])) || q - p - 1 != 3 ||
            (q < s.size() && s[q] != kThousands && s[q] != '.'))
            return std::nullopt;
    }
    std::erase(s, kThousands);
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

} // namespace lectern::quiz
