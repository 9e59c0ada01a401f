#include "ui/text/term_match.h"

#include "quiz/normalize.h"
#include "util/words.h"

#include <algorithm>

namespace lectern::ui {
namespace {

size_t commonPrefix(std::string_view a, std::string_view b) {
    size_t n = 0;
    while (n < a.size() && n < b.size() && a[n] == b[n]) ++n;
    return n;
}

} // namespace

TermMatch::TermMatch(std::string_view query) : m_query(query) {
    for (auto [b, e] : util::searchTerms(query)) {
        std::string t = quiz::foldDiacritics(query.substr(b, e - b));
        if (!t.empty() && std::find(m_terms.begin(), m_terms.end(), t) == m_terms.end() && m_terms.size() < 16)
            m_terms.push_back(std::move(t));
    }
}

void TermMatch::find(std::string_view text, std::vector<std::pair<size_t, size_t>>& out) const {
    if (m_terms.empty()) return;
    for (auto [b, e] : util::searchTerms(text)) {
        const std::string word = quiz::foldDiacritics(text.substr(b, e - b));
        for (const std::string& t : m_terms) {
            const size_t need = t.size() <= 4 ? t.size() : std::max<size_t>(4, t.size() - 2);
            if (commonPrefix(word, t) >= need) {
                out.emplace_back(b, e);
                break;
            }
        }
    }
}

} // namespace lectern::ui
