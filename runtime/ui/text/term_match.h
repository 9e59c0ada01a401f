// Finds the words of a text that a search matched, to mark them on the page the learner
// jumped to from a search (and nowhere else). The search index folds case and accents and,
// for English, stems words ("states" finds "state"); this matcher does the same cheaply: both
// sides folded (quiz::foldDiacritics), and a word matches a search word when they share a
// prefix at least as long as the search word, less two letters for words over four letters.
#pragma once
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace lectern::ui {

class TermMatch {
public:
    TermMatch() = default;
    explicit TermMatch(std::string_view query);  // the words the learner searched for
    bool active() const { return !m_terms.empty(); }
    const std::string& query() const { return m_query; }
    // Appends the byte ranges [begin, end) of the words of `text` that match.
    void find(std::string_view text, std::vector<std::pair<size_t, size_t>>& out) const;

private:
    std::string m_query;
    std::vector<std::string> m_terms;  // folded
};

} // namespace lectern::ui
