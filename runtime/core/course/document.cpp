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

} // namespace lectern
