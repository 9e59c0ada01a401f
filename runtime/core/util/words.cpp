#include "util/words.h"

#include "util/utf8.h"

namespace lectern::util {

int countWords(std::string_view text) {
    int words = 0;
    bool wordHasLetter = false;
    for (size_t i = 0; i < text.size();) {
        const char32_t cp = utf8::decode(text, i);
        if (utf8::isSpace(cp)) {
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
