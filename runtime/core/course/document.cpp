// Lookups on the immutable document model. See document.h.
#include "course/document.h"

namespace lectern {

const char* questionTypeName(QuestionType type) {
    switch (type) {
    case QuestionType::Single: return "single";
    case QuestionType::Multiple: return "multiple";
    case QuestionType::TrueFalse: return "true_false";
    case QuestionType::ShortText: return "short_text";
    case QuestionType::Numeric: return "numeric";
    case QuestionType::Ordering: return "ordering";
    case QuestionType::Matching: return "matching";
    }
    return "single";
}

const Section* Module::findSection(std::string_view wanted) const {
    for (const Section& s : sections)
        if (s.id == wanted) return &s;
    return nullptr;
}

const Choice* Question::findChoice(std::string_view wanted) const {
    for (const Choice& c : choices)
        if (c.id == wanted) return &c;
    return nullptr;
}

const MatchPair* Question::findPair(std::string_view wanted) const {
    for (const MatchPair& p : pairs)
        if (p.id == wanted) return &p;
    for (const MatchPair& p : distractors)
        if (p.id == wanted) return &p;
    return nullptr;
}

bool Question::weighted() const {
    for (const Choice& c : choices)
        if (c.weight) return true;
    return false;
}

const Quiz* Module::findQuiz(std::string_view wanted) const {
    for (const Quiz& q : quizzes)
        if (q.id == wanted) return &q;
    return nullptr;
}

const Reflection* Module::findReflection(std::string_view wanted) const {
    for (const Reflection& r : reflections)
        if (r.id == wanted) return &r;
    return nullptr;
}

const Section* Module::sectionOfBlock(size_t blockIndex) const {
    for (const Section& s : sections)
        if (blockIndex >= s.firstBlock && blockIndex < s.endBlock) return &s;
    return nullptr;
}

const Module* Course::findModule(std::string_view wanted) const {
    for (const auto& m : modules)
        if (m && m->meta.id == wanted) return m.get();
    return nullptr;
}

const GlossaryEntry* Course::findTerm(std::string_view wanted) const {
    for (const GlossaryEntry& g : glossary)
        if (g.id == wanted) return &g;
    return nullptr;
}

const std::vector<std::string>& variantLanguageTags() {
    static const std::vector<std::string> tags{"ar", "es", "fr", "ru", "zh-Hans"};
    return tags;
}

bool isVariantLanguageTag(std::string_view tag) {
    for (const std::string& t : variantLanguageTags())
        if (t == tag) return true;
    return false;
}

std::shared_ptr<const Module> moduleIn(const std::shared_ptr<const Module>& base, std::string_view tag) {
    if (!base || tag.empty()) return base;
    auto it = base->variants.find(std::string(tag));
    return it == base->variants.end() || !it->second ? base : it->second;
}

std::shared_ptr<const Course> courseIn(const std::shared_ptr<const Course>& base, std::string_view tag) {
    if (!base || tag.empty()) return base;
    const std::string want(tag);
    bool any = base->textVariants.count(want) || base->glossaryVariants.count(want);
    for (const auto& m : base->modules) any = any || (m && m->variants.count(want));
    if (!any) return base;
    auto view = std::make_shared<Course>(*base);
    view->contentLanguage = want;
    for (auto& m : view->modules) m = moduleIn(m, want);
    if (auto t = base->textVariants.find(want); t != base->textVariants.end()) {
        if (!t->second.title.empty()) view->title = t->second.title;
        if (!t->second.summary.empty()) view->summary = t->second.summary;
    }
    if (auto g = base->glossaryVariants.find(want); g != base->glossaryVariants.end()) {
        std::map<std::string_view, const GlossaryEntry*> translated;
        for (const GlossaryEntry& t : g->second) translated.emplace(t.id, &t);
        for (GlossaryEntry& e : view->glossary)
            if (auto t = translated.find(e.id); t != translated.end()) {
                e.term = t->second->term;
                e.definition = t->second->definition;
            }
    }
    return view;
}

} // namespace lectern
