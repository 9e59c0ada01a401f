// Translation checks. See variant_checks.h.
#include "check/variant_checks.h"

#include <filesystem>
#include <set>

namespace lectern {
namespace {

std::string baseName(const Module& base) { return std::filesystem::path(base.file).filename().string(); }

std::string where(const Module& base, SourcePos pos) {
    return baseName(base) + (pos.line > 0 ? " line " + std::to_string(pos.line) : std::string());
}

// Ids of `variantItems` absent from `baseItems` are reported where the variant has them; ids of
// the base the variant lacks are reported at `lackPos` ("lacks section 'x'"). `what`: "section",
// `of`: what holds them (" of question 'q1'") or "".
template <class T>
void compareIds(const std::vector<T>& baseItems, const std::vector<T>& variantItems, const std::string& what,
                const std::string& of, const Module& base, const Module& variant, SourcePos lackPos, Diagnostics& diags) {
    std::set<std::string> baseIds, variantIds;
    for (const T& b : baseItems) baseIds.insert(b.id);
    for (const T& v : variantItems) {
        variantIds.insert(v.id);
        if (!baseIds.count(v.id))
            diags.error(variant.file, v.pos, what + " '" + v.id + "'" + of + " is not in " + baseName(base) +
                                                 "; a translation keeps the ids of the base module");
    }
    for (const T& b : baseItems)
        if (!variantIds.count(b.id))
            diags.error(variant.file, lackPos, "lacks " + what + " '" + b.id + "'" + of + " (" + where(base, b.pos) + ")");
}

template <class T>
const T* findById(const std::vector<T>& items, const std::string& id) {
    for (const T& i : items)
        if (i.id == id) return &i;
    return nullptr;
}

void compareQuestion(const Module& base, const Module& variant, const Question& b, const Question& v, Diagnostics& diags) {
    const std::string name = "question '" + v.id + "'";
    if (b.type != v.type) {
        diags.error(variant.file, v.pos, name + " is " + questionTypeName(v.type) + " here but " +
                                             questionTypeName(b.type) + " in " + where(base, b.pos));
        return;
    }
    compareIds(b.choices, v.choices, "choice", " of " + name, base, variant, v.pos, diags);
    compareIds(b.pairs, v.pairs, "pair", " of " + name, base, variant, v.pos, diags);
    for (const Choice& vc : v.choices)
        if (const Choice* bc = findById(b.choices, vc.id); bc && bc->correct != vc.correct)
            diags.error(variant.file, vc.pos, "choice '" + vc.id + "' of " + name + " is " +
                                                  (vc.correct ? "right" : "wrong") + " here but " +
                                                  (bc->correct ? "right" : "wrong") + " in " + where(base, bc->pos));
    if (b.type == QuestionType::Ordering && b.choices.size() == v.choices.size()) {
        for (size_t i = 0; i < b.choices.size(); ++i)
            if (b.choices[i].id != v.choices[i].id) {
                diags.error(variant.file, v.choices[i].pos, "the order of " + name + " differs from " + where(base, b.pos) +
                                                                "; the correct order must be the same in every language");
                break;
            }
    }
    if (b.type == QuestionType::Numeric && (b.number != v.number || b.tolerance != v.tolerance))
        diags.error(variant.file, v.pos, "the answer of " + name + " differs from " + where(base, b.pos));
}

} // namespace

void checkModuleVariant(const Module& base, const Module& variant, Diagnostics& diags) {
    const SourcePos top{1, 1};
    compareIds(base.sections, variant.sections, "section", "", base, variant, top, diags);
    compareIds(base.reflections, variant.reflections, "reflection", "", base, variant, top, diags);
    compareIds(base.quizzes, variant.quizzes, "quiz", "", base, variant, top, diags);
    for (const Quiz& vq : variant.quizzes) {
        const Quiz* bq = findById(base.quizzes, vq.id);
        if (!bq) continue;
        compareIds(bq->questions, vq.questions, "question", " of quiz '" + vq.id + "'", base, variant, vq.pos, diags);
        for (const Question& v : vq.questions)
            if (const Question* b = findById(bq->questions, v.id)) compareQuestion(base, variant, *b, v, diags);
    }
    // Same ids in another order: not wrong for progress, but the reader's place and "next
    // section" would differ between languages.
    bool sameSet = base.sections.size() == variant.sections.size();
    for (size_t i = 0; sameSet && i < base.sections.size(); ++i) sameSet = base.findSection(variant.sections[i].id) != nullptr;
    if (sameSet)
        for (size_t i = 0; i < base.sections.size(); ++i)
            if (base.sections[i].id != variant.sections[i].id) {
                diags.warning(variant.file, variant.sections[i].pos,
                              "sections are in another order than in " + baseName(base) + " (there, section '" +
                                  base.sections[i].id + "' comes here)");
                break;
            }
}

void checkVariantLanguage(const std::string& file, const std::string& tag, const std::string& language, bool given,
                          SourcePos pos, Diagnostics& diags) {
    if (!given) diags.warning(file, {1, 1}, "front matter has no 'language: " + tag + "'; add it so the file says what it is");
    else if (language != tag)
        diags.error(file, pos, "'language: " + language + "' does not match the file name, which says '" + tag +
                                   "'; rename the file or fix the language");
}

void checkGlossaryVariant(const std::vector<GlossaryEntry>& base, const std::vector<GlossaryEntry>& variant,
                          const std::string& file, const std::string& baseFile, Diagnostics& diags) {
    std::set<std::string> ids;
    for (const GlossaryEntry& b : base) ids.insert(b.id);
    for (const GlossaryEntry& v : variant)
        if (!ids.count(v.id))
            diags.error(file, v.pos, "term '" + v.id + "' is not in " + baseFile +
                                         "; a translated term keeps the base's id ({#" + v.id + "})");
}

} // namespace lectern
