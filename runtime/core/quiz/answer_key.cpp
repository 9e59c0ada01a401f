#include "quiz/answer_key.h"

#include <algorithm>
#include <cstdio>

namespace lectern::quiz {
namespace {

std::string choiceText(const Choice& c) {
    if (!c.text.empty()) return c.text;
    return c.id == "true" ? "True" : c.id == "false" ? "False" : c.id;
}

std::string number(double v) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.15g", v);
    return buf;
}

} // namespace

std::string promptWithBlank(const Question& q) {
    if (q.promptAfter.empty()) return q.prompt;
    return q.prompt + " _____ " + q.promptAfter;
}

std::string correctAnswerText(const Question& q) {
    std::string out;
    const auto add = [&out](const std::string& sep, const std::string& part) { out += (out.empty() ? "" : sep) + part; };
    switch (q.type) {
    case QuestionType::Single:
    case QuestionType::Multiple:
    case QuestionType::TrueFalse:
        if (q.type == QuestionType::Single && q.weighted()) {  // the full-credit choice, not the half-right ones
            double best = 0;
            for (const Choice& c : q.choices) best = std::max(best, c.weight.value_or(0));
            for (const Choice& c : q.choices)
                if (best > 0 && c.weight.value_or(0) >= best) add("; ", choiceText(c));
            break;
        }
        for (const Choice& c : q.choices)
            if (c.correct) add("; ", choiceText(c));
        break;
    case QuestionType::ShortText:
        if (q.accepted.empty() && !q.acceptedKeys.empty()) out = q.acceptedKeys.front().text;
        if (q.accepted.empty()) break;
        out = q.accepted[0];
        if (q.accepted.size() > 1) {
            out += " (also accepted: ";
            for (size_t i = 1; i < q.accepted.size(); ++i) out += (i > 1 ? ", " : "") + q.accepted[i];
            out += ")";
        }
        break;
    case QuestionType::Numeric:
        if (!q.numericKeys.empty() && q.numericKeys.front().range) {
            out = number(q.numericKeys.front().min) + " to " + number(q.numericKeys.front().max);
            break;
        }
        out = number(q.number);
        if (q.tolerance > 0) out += " (give or take " + number(q.tolerance) + ")";
        break;
    case QuestionType::Ordering:
        for (size_t i = 0; i < q.choices.size(); ++i) add(", ", std::to_string(i + 1) + ". " + choiceText(q.choices[i]));
        break;
    case QuestionType::Matching:
        for (const MatchPair& p : q.pairs) add("; ", p.left + ": " + p.right);
        break;
    }
    return out;
}

} // namespace lectern::quiz
