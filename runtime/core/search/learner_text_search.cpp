#include "search/learner_text_search.h"

#include "quiz/normalize.h"
#include "util/utf8.h"
#include "util/words.h"

#include <algorithm>

namespace lectern::search {
namespace {

struct Word {
    size_t begin, end;  // bytes in the original text
    std::string folded;
};

std::vector<Word> wordsOf(std::string_view text) {
    std::vector<Word> out;
    for (auto [b, e] : util::searchTerms(text)) out.push_back({b, e, quiz::foldDiacritics(text.substr(b, e - b))});
    return out;
}

bool startsWith(const std::string& s, const std::string& prefix) { return s.compare(0, prefix.size(), prefix) == 0; }

// The hit's snippet: ~16 words around the first match, matched words between the markers,
// as the index's snippet() gives them.
std::string snippetOf(std::string_view text, const std::vector<Word>& words, const std::vector<bool>& matched) {
    size_t first = 0;
    while (first < words.size() && !matched[first]) ++first;
    const size_t from = first > 5 ? first - 5 : 0;
    const size_t to = std::min(words.size(), from + 16);
    std::string out = from > 0 ? "\u2026" : "";
    size_t at = words[from].begin;
    for (size_t w = from; w < to; ++w) {
        out.append(text.substr(at, words[w].begin - at));
        if (matched[w]) out += kHighlightBegin;
        out.append(text.substr(words[w].begin, words[w].end - words[w].begin));
        if (matched[w]) out += kHighlightEnd;
        at = words[w].end;
    }
    if (to < words.size()) out += "\u2026";
    else out.append(text.substr(at));
    for (char& c : out)
        if (c == '\n' || c == '\r' || c == '\t') c = ' ';
    return out;
}

} // namespace

std::vector<SearchHit> searchLearnerText(const Course& course, const ProgressSnapshot& progress,
                                         std::string_view userText, int limit) {
    std::vector<SearchHit> hits;
    if (matchExpression(userText).empty() || limit <= 0) return hits;
    std::vector<std::string> terms;
    for (const Word& w : wordsOf(userText))
        if (terms.size() < 16) terms.push_back(w.folded);
    if (terms.empty()) return hits;
    const bool stillTyping = !userText.empty() && !utf8::isSpace(static_cast<unsigned char>(userText.back()));

    const auto consider = [&](HitKind kind, const Module& m, const std::string& sectionId, std::string title,
                              const std::string& text) {
        if (text.empty() || static_cast<int>(hits.size()) >= limit) return;
        const std::vector<Word> words = wordsOf(text);
        std::vector<bool> matched(words.size(), false);
        for (size_t t = 0; t < terms.size(); ++t) {
            const bool prefix = stillTyping && t + 1 == terms.size();
            bool found = false;
            for (size_t w = 0; w < words.size(); ++w)
                if (prefix ? startsWith(words[w].folded, terms[t]) : words[w].folded == terms[t] ||
                                                                          (terms[t].size() >= 4 && startsWith(words[w].folded, terms[t])))
                    matched[w] = found = true;
            if (!found) return;  // every word must be there
        }
        SearchHit hit;
        hit.kind = kind;
        hit.moduleId = m.meta.id;
        hit.moduleTitle = m.meta.title;
        hit.sectionId = sectionId;
        hit.title = std::move(title);
        hit.snippet = snippetOf(text, words, matched);
        hits.push_back(std::move(hit));
    };
    for (const auto& mp : course.modules) {
        if (!mp) continue;
        const Module& m = *mp;
        for (const Section& s : m.sections)
            if (auto it = progress.notes.find(SectionRef{m.meta.id, s.id}); it != progress.notes.end())
                consider(HitKind::LearnerNote, m, s.id, s.title.empty() ? s.id : s.title, it->second);
        for (const Reflection& r : m.reflections) {
            const Section* s = m.findSection(r.sectionId);
            consider(HitKind::LearnerReflection, m, r.sectionId, s ? (s->title.empty() ? s->id : s->title) : r.id,
                     progress.reflectionText(m.meta.id, r.id));
        }
    }
    return hits;
}

} // namespace lectern::search
