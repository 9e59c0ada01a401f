#include "session/name_filter.h"

#include "quiz/normalize.h"
#include "util/utf8.h"

namespace lectern::session {

namespace {

std::vector<std::string> foldedWords(std::string_view text) {
    const std::string folded = quiz::foldDiacritics(text);
    std::vector<std::string> words;
    std::string word;
    for (size_t i = 0; i < folded.size();) {
        const size_t start = i;
        const char32_t cp = utf8::decode(folded, i);
        if (i == start) ++i;  // never stall on a bad byte
        if (utf8::isLetterOrDigit(cp) || utf8::isMark(cp)) {
            word.append(folded, start, i - start);
        } else if (!word.empty()) {
            words.push_back(std::move(word));
            word.clear();
        }
    }
    if (!word.empty()) words.push_back(std::move(word));
    return words;
}

} // namespace

NameKey nameKey(std::string_view name) { return {foldedWords(name)}; }

std::vector<std::string> queryWords(std::string_view typed) { return foldedWords(typed); }

bool matchesQuery(const NameKey& name, const std::vector<std::string>& query) {
    for (const std::string& q : query) {
        bool found = false;
        for (const std::string& w : name.words)
            if (w.compare(0, q.size(), q) == 0) {
                found = true;
                break;
            }
        if (!found) return false;
    }
    return true;
}

} // namespace lectern::session
