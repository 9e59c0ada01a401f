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

} // namespace lectern::util
