#include "util/words.h"

#include "util/utf8.h"

namespace lectern::util {
namespace {

// Chinese and Japanese put no spaces between words: each ideograph or kana is one word there
// (as word counts of Chinese text usually go: characters), and Hangul syllables the same.
bool isWordCharacter(char32_t cp) {
    return (cp >= 0x4E00 && cp <= 0x9FFF)       // CJK Unified Ideographs
           || (cp >= 0x3400 && cp <= 0x4DBF)    // Extension A
           || (cp >= 0x20000 && cp <= 0x3134F)  // Extensions B to G
           || (cp >= 0xF900 && cp <= 0xFAFF)    // Compatibility Ideographs
           || (cp >= 0x2F800 && cp <= 0x2FA1F)  // Compatibility Ideographs Supplement
           || cp == 0x3005 || cp == 0x3007      // 々 (iteration mark) and 〇
           || (cp >= 0x3041 && cp <= 0x3096)    // hiragana letters
           || (cp >= 0x30A1 && cp <= 0x30FA)    // katakana letters (not ・ or ー)
           || (cp >= 0x31F0 && cp <= 0x31FF)    // small katakana for Ainu
           || (cp >= 0xFF66 && cp <= 0xFF9D)    // half-width katakana
           || (cp >= 0xAC00 && cp <= 0xD7A3);   // Hangul syllables
}

} // namespace

int countWords(std::string_view text) {
    int words = 0;
    bool wordHasLetter = false;
    for (size_t i = 0; i < text.size();) {
        const char32_t cp = utf8::decode(text, i);
        if (isWordCharacter(cp)) {
            words += wordHasLetter ? 2 : 1;  // ends the word before it ("UN会议": UN, 会, 议)
            wordHasLetter = false;
        } else if (utf8::isSpace(cp)) {
            if (wordHasLetter) ++words;
            wordHasLetter = false;
        } else {
            wordHasLetter = wordHasLetter || utf8::isLetterOrDigit(cp);
        }
    }
    return words + (wordHasLetter ? 1 : 0);
}

std::vector<std::pair<size_t, size_t>> searchTerms(std::string_view text) {
    std::vector<std::pair<size_t, size_t>> out;
    size_t i = 0;
    while (i < text.size()) {
        const size_t start = i;
        if (!utf8::isLetterOrDigit(utf8::decode(text, i))) continue;
        size_t end = i;
        while (end < text.size()) {
            size_t next = end;
            const char32_t cp = utf8::decode(text, next);
            if (!utf8::isLetterOrDigit(cp) && !utf8::isMark(cp)) break;
            end = next;
        }
        out.emplace_back(start, end);
        i = end;
    }
    return out;
}

} // namespace lectern::util
