#include "quiz/scoring.h"

#include "quiz/normalize.h"

#include <algorithm>
#include <cmath>
#include <set>

namespace lectern::quiz {
namespace {

// The share of the question's points a response earns, 0..1. Partial credit comes from
// weights: choice weights (multiple: their sum; single: the picked one), or the best matching
// weighted short_text/numeric answer. Negative sums are clamped to 0, never below.
double clampShare(double percent) { return std::clamp(percent, 0.0, 100.0) / 100.0; }

double judge(const Question& q, const Response& response, std::vector<Feedback>& choiceFeedback) {
    auto pickFeedback = [&](const std::string& id) {
        if (const Choice* c = q.findChoice(id); c && !c->feedback.empty()) choiceFeedback.push_back({c->feedback, c->id});
    };
    switch (q.type) {
    case QuestionType::Single:
    case QuestionType::TrueFalse: {
        const auto& a = std::get<ChoiceAnswer>(response);
        pickFeedback(a.choiceId);
        const Choice* c = q.findChoice(a.choiceId);
        if (c && c->weight) return clampShare(*c->weight);
        return c && c->correct && !q.weighted() ? 1.0 : 0.0;
    }
    case QuestionType::Multiple: {
        const auto& a = std::get<ChoiceSetAnswer>(response);
        // Feedback in the author's order, whatever order the boxes were ticked in.
        std::set<std::string> ticked(a.choiceIds.begin(), a.choiceIds.end());
        std::set<std::string> correct;
        double percent = 0;
        for (const Choice& c : q.choices) {
            if (c.correct) correct.insert(c.id);
            if (ticked.count(c.id)) {
                pickFeedback(c.id);
                percent += c.weight.value_or(0);
            }
        }
        if (q.weighted()) return clampShare(percent);
        return ticked == correct ? 1.0 : 0.0;
    }
    case QuestionType::ShortText: {
        const std::string given = normalizeAnswer(std::get<TextAnswer>(response).text);
        if (q.acceptedKeys.empty())
            return std::any_of(q.accepted.begin(), q.accepted.end(),
                               [&](const std::string& acc) { return normalizeAnswer(acc) == given; }) ? 1.0 : 0.0;
        // The best-weighted answer that matches; its feedback is shown.
        const AcceptedText* best = nullptr;
        for (const AcceptedText& k : q.acceptedKeys)
            if ((k.text == "*" || normalizeAnswer(k.text) == given) && (!best || k.weight > best->weight)) best = &k;
        if (!best) return 0.0;
        if (!best->feedback.empty()) choiceFeedback.push_back({best->feedback, {}});
        return clampShare(best->weight);
    }
    case QuestionType::Numeric: {
        const double v = std::get<NumberAnswer>(response).value;
        if (q.numericKeys.empty()) {
            const double allowance = std::max(0.0, q.tolerance) + 1e-9 * std::max(1.0, std::fabs(q.number));
            return std::fabs(v - q.number) <= allowance ? 1.0 : 0.0;
        }
        const NumericKey* best = nullptr;
        for (const NumericKey& k : q.numericKeys) {
            const double slack = 1e-9 * std::max({1.0, std::fabs(k.min), std::fabs(k.max)});
            if (v >= k.min - slack && v <= k.max + slack && (!best || k.weight > best->weight)) best = &k;
        }
        if (!best) return 0.0;
        if (!best->feedback.empty()) choiceFeedback.push_back({best->feedback, {}});
        return clampShare(best->weight);
    }
    case QuestionType::Ordering: {
        const auto& ids = std::get<OrderAnswer>(response).itemIds;
        if (ids.size() != q.choices.size()) return 0.0;
        for (size_t i = 0; i < ids.size(); ++i)
            if (ids[i] != q.choices[i].id) return 0.0;
        return 1.0;
    }
    case QuestionType::Matching: {
        const auto& m = std::get<MatchAnswer>(response).rightOf;
        // By right text, so two pairs that share a right side accept either id.
        return std::all_of(q.pairs.begin(), q.pairs.end(), [&](const MatchPair& p) {
            auto it = m.find(p.id);
            const MatchPair* picked = it == m.end() ? nullptr : q.findPair(it->second);
            return picked && normalizeAnswer(picked->right) == normalizeAnswer(p.right);
        }) ? 1.0 : 0.0;
    }
    }
    return 0.0;
}

} // namespace

QuestionResult scoreQuestion(const Question& q, const Response& response) {
    QuestionResult r;
    r.questionId = q.id;
    r.maxPoints = std::isfinite(q.points) ? std::max(0.0, q.points) : 0.0;
    r.explanation = q.explanation;
    r.answered = isAnswered(q, response);
    const double share = r.answered ? judge(q, response, r.feedback) : 0.0;
    r.correct = share >= 1.0 - 1e-9;
    r.points = r.correct ? r.maxPoints : share * r.maxPoints;
    const std::string& verdict = r.correct ? q.correctFeedback : q.incorrectFeedback;
    if (!verdict.empty()) r.feedback.push_back({verdict, {}});
    if (!r.correct) r.revisitSection = q.revisit;
    return r;
}

QuizResult scoreQuiz(const Quiz& quiz, const Responses& responses) {
    QuizResult result;
    static const Response kNone;
    for (const Question& q : quiz.questions) {
        auto it = responses.find(q.id);
        QuestionResult qr = scoreQuestion(q, it == responses.end() ? kNone : it->second);
        result.score += qr.points;
        result.maxScore += qr.maxPoints;
        if (!qr.answered) ++result.unanswered;
        result.questions.push_back(std::move(qr));
    }
    if (result.maxScore > 0) {
        result.percent = 100.0 * result.score / result.maxScore;
        // Compare without the division so 2 of 3 at a 66.666... pass mark is not lost to rounding.
        result.passed = result.score * 100.0 >= quiz.passPercent * result.maxScore - 1e-9;
    } else {
        result.percent = 100;
        result.passed = true;
    }
    return result;
}

AttemptStatus attemptStatus(const Quiz& quiz, int attemptsUsed) {
    return AttemptStatus{std::max(0, attemptsUsed), std::max(0, quiz.attemptsAllowed)};
}

bool correctAnswersShown(const Quiz& quiz, const AttemptStatus& attempts, bool passedOnce) {
    switch (quiz.showAnswers) {
    case ShowAnswers::AfterPass: return passedOnce;
    case ShowAnswers::AfterLastAttempt: return attempts.used > 0 && !attempts.canAttempt();
    case ShowAnswers::Never: return false;
    }
    return false;
}

} // namespace lectern::quiz
