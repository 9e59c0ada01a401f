#include "ui/text/term_match.h"

#include "quiz/normalize.h"
#include "util/utf8.h"

#include <algorithm>

namespace lectern::ui {
namespace {

// The words of `text`: byte ranges of runs of letters and digits (any script).
template <class F>
void forEachWord(std::string_view text, F&& f) {
    size_t i = 0;
    while (i < text.size()) {
        size_t start = i;
        char32_t cp = utf8::decode(text, i);
        if (!utf8::isLetterOrDigit(cp) && !utf8::isMark(cp)) continue;
        size_t end = i;
        while (end < text.size()) {
            size_t j = end;
            cp = utf8::decode(text, j);
            if (!utf8::isLetterOrDigit(cp) && !utf8::isMark(cp) && cp != U'\'') break;
            end = j;
        }
        f(start, end);
        i = end;
    }
}

size_t commonPrefix(std::string_view a, std::string_view b) {
    size_t n = 0;
    while (n < a.size() && n < b.size() && a[n] == b[n]) ++n;
    return n;
}

} // namespace

TermMatch::TermMatch(std::string_view query) : m_query(query) {
    forEachWord(query, [&](size_t b, size_t e) {
        std::string t = quiz::foldDiacritics(query.substr(b, e - b));
        if (!t.empty() && std::find(m_terms.begin(), m_terms.end(), t) == m_terms.end() && m_terms.size() < 16)
            m_terms.push_back(std::move(t));
    });
}

void TermMatch::find(std::string_view text, std::vector<std::pair<size_t, size_t>>& out) const {
    if (m_terms.empty()) return;
    forEachWord(text, [&](size_t b, size_t e) {
        const std::string word = quiz::foldDiacritics(text.substr(b, e - b));
        for (const std::string& t : m_terms) {
            const size_t need = t.size() <= 4 ? t.size() : std::max<size_t>(4, t.size() - 2);
            if (commonPrefix(word, t) >= need) {
                out.emplace_back(b, e);
                return;
            }
        }
    });
}

} // namespace lectern::ui
