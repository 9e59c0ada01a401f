#include "gift/gift_export.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace lectern::gift {
namespace {

std::string num(double v) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.15g", v);
    return buf;
}

std::string weight(double w) { return "%" + num(w) + "%"; }

std::string feedback(const std::string& f) { return f.empty() ? std::string() : "#" + escapeGift(f); }

// A paragraph's text, inline styling dropped (Markdown marks are not kept: GIFT gets text).
std::string flatten(const Inlines& spans) {
    std::string out;
    for (const Span& s : spans) {
        if (s.flags & SpanSoftBreak) out += ' ';
        else if (s.flags & SpanHardBreak) out += '\n';
        else out += s.text;
    }
    return out;
}

void question(const Question& qn, std::string& out, std::vector<std::string>* notes, const std::string& where) {
    auto note = [&](const std::string& n) { if (notes) notes->push_back(where + " question '" + qn.id + "': " + n); };
    std::string answers;
    switch (qn.type) {
    case QuestionType::Single:
    case QuestionType::Multiple: {
        const bool weighted = qn.weighted();
        size_t correct = 0;
        for (const Choice& c : qn.choices) correct += c.correct ? 1 : 0;
        for (const Choice& c : qn.choices) {
            std::string mark;
            if (weighted) {
                const double w = c.weight.value_or(0);
                mark = qn.type == QuestionType::Single && w >= 100 ? "=" : w == 0 ? "~" : "~" + weight(w);
            } else if (qn.type == QuestionType::Single) {
                mark = c.correct ? "=" : "~";
            } else {
                mark = c.correct ? "~" + weight(100.0 / double(std::max<size_t>(1, correct))) : "~%-100%";
            }
            answers += "\n\t" + mark + escapeGift(c.text) + feedback(c.feedback);
        }
        if (qn.type == QuestionType::Multiple && !weighted)
            note("all-or-nothing 'multiple' written with weights (right choices share 100 %, wrong ones -100 %)");
        break;
    }
    case QuestionType::TrueFalse: {
        const Choice* t = qn.findChoice("true");
        answers = t && t->correct ? "TRUE" : "FALSE";
        if (!qn.incorrectFeedback.empty() || !qn.correctFeedback.empty())
            answers += "#" + escapeGift(qn.incorrectFeedback) + "#" + escapeGift(qn.correctFeedback);
        break;
    }
    case QuestionType::ShortText:
        if (qn.acceptedKeys.empty())
            for (const std::string& a : qn.accepted) answers += "\n\t=" + escapeGift(a);
        else
            for (const AcceptedText& a : qn.acceptedKeys)
                answers += "\n\t=" + (a.weight >= 100 ? std::string() : weight(a.weight)) + escapeGift(a.text) + feedback(a.feedback);
        break;
    case QuestionType::Numeric:
        answers = "#";
        if (qn.numericKeys.empty()) {
            answers += num(qn.number) + (qn.tolerance > 0 ? ":" + num(qn.tolerance) : "");
        } else if (qn.numericKeys.size() == 1 && qn.numericKeys[0].weight >= 100 && qn.numericKeys[0].feedback.empty()) {
            const NumericKey& k = qn.numericKeys[0];
            answers += k.range ? num(k.min) + ".." + num(k.max) : num(k.centre()) + (k.halfWidth() > 0 ? ":" + num(k.halfWidth()) : "");
        } else {
            for (const NumericKey& k : qn.numericKeys)
                if (k.range && k.min <= -1e15 && k.max >= 1e15 && k.weight <= 0)  // the catch-all (gift_question.h kAnyNumber)
                    answers += "\n\t~" + feedback(k.feedback);
                else
                answers += "\n\t=" + (k.weight >= 100 ? std::string() : weight(k.weight)) +
                           (k.range ? num(k.min) + ".." + num(k.max) : num(k.centre()) + ":" + num(k.halfWidth())) + feedback(k.feedback);
        }
        break;
    case QuestionType::Matching:
        for (const MatchPair& p : qn.pairs) answers += "\n\t=" + escapeGift(p.left) + " -> " + escapeGift(p.right);
        for (const MatchPair& p : qn.distractors) answers += "\n\t= -> " + escapeGift(p.right);
        break;
    case QuestionType::Ordering:
        note("ordering questions have no GIFT form; left out");
        return;
    }
    if (!qn.explanation.empty()) answers += "\n\t####" + escapeGift(qn.explanation);
    if (answers.find('\n') != std::string::npos) answers += "\n";
    if (!qn.hint.empty()) note("the hint is left out (GIFT has none)");
    out += "// [id:" + qn.id + "]\n";
    for (const std::string& tag : qn.tags) {
        if (tag.find_first_of("]\n") == std::string::npos) out += "// [tag:" + tag + "]\n";
        else note("the tag '" + tag + "' is left out (a GIFT tag cannot hold ']' or a line break)");
    }
    if (!qn.title.empty()) out += "::" + escapeGift(qn.title) + "::";
    out += "[markdown]" + escapeGift(qn.prompt) + " {" + answers + "}";
    if (!qn.promptAfter.empty()) out += " " + escapeGift(qn.promptAfter);
    out += "\n\n";
}

} // namespace

std::string escapeGift(const std::string& text) {
    std::string out;
    for (char c : text) {
        switch (c) {
        case '~': case '=': case '#': case '{': case '}': case ':': case '\\': out += '\\'; out += c; break;
        case '\n': out += "\\n"; break;
        case '\r': break;
        default: out += c;
        }
    }
    return out;
}

std::string exportModule(const Module& m, std::vector<std::string>* notes) {
    std::string out = "// " + m.meta.title + " (module " + m.meta.id + "), written by `lectern export-gift`.\n\n";
    for (const Section& sec : m.sections) {
        bool category = false;
        auto openCategory = [&] {
            if (category) return;
            out += "$CATEGORY: " + sec.title + "\n\n";
            category = true;
        };
        for (size_t b = sec.firstBlock; b < sec.endBlock && b < m.blocks.size(); ++b) {
            const Block& block = m.blocks[b];
            if (block.kind == BlockKind::Quiz && block.payload >= 0 && size_t(block.payload) < m.quizzes.size()) {
                openCategory();
                for (const Question& qn : m.quizzes[size_t(block.payload)].questions)
                    question(qn, out, notes, "quiz '" + m.quizzes[size_t(block.payload)].id + "'");
            } else if (block.kind == BlockKind::Reflection && block.payload >= 0 && size_t(block.payload) < m.reflections.size()) {
                openCategory();
                const Reflection& r = m.reflections[size_t(block.payload)];
                out += "// [id:" + r.id + "]\n[markdown]" + escapeGift(r.prompt) + " {}\n\n";
            } else if (block.kind == BlockKind::Paragraph) {
                const std::string text = flatten(block.inlines);
                if (text.empty()) continue;
                openCategory();
                out += "[markdown]" + escapeGift(text) + "\n\n";
            }
        }
    }
    return out;
}

} // namespace lectern::gift
