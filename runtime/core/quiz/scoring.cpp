#include "quiz/scoring.h"

#include "quiz/normalize.h"

#include <algorithm>
#include <cmath>
#include <set>

namespace lectern::quiz {
namespace {

bool judge(const Question& q, const Response& response, std::vector<Feedback>& choiceFeedback) {
    auto pickFeedback = [&](const std::string& id) {
        if (const Choice* c = q.findChoice(id); c && !c->feedback.empty()) choiceFeedback.push_back({c->feedback, c->id});
    };
    switch (q.type) {
    case QuestionType::Single:
    case QuestionType::TrueFalse: {
        const auto& a = std::get<ChoiceAnswer>(response);
        pickFeedback(a.choiceId);
        const Choice* c = q.findChoice(a.choiceId);
        return c && c->correct;
    }
    case QuestionType::Multiple: {
        const auto& a = std::get<ChoiceSetAnswer>(response);
        // Feedback in the author's order, whatever order the boxes were ticked in.
        std::set<std::string> ticked(a.choiceIds.begin(), a.choiceIds.end());
        std::set<std::string> correct;
        for (const Choice& c : q.choices) {
            if (c.correct) correct.insert(c.id);
            if (ticked.count(c.id)) pickFeedback(c.id);
        }
        return ticked == correct;
    }
    case QuestionType::ShortText: {
        const std::string given = normalizeAnswer(std::get<TextAnswer>(response).text);
        return std::any_of(q.accepted.begin(), q.accepted.end(),
                           [&](const std::string& acc) { return normalizeAnswer(acc) == given; });
    }
    case QuestionType::Numeric: {
        const double v = std::get<NumberAnswer>(response).value;
        const double allowance = std::max(0.0, q.tolerance) + 1e-9 * std::max(1.0, std::fabs(q.number));
        return std::fabs(v - q.number) <= allowance;
    }
    case QuestionType::Ordering: {
        const auto& ids = std::get<OrderAnswer>(response).itemIds;
        if (ids.size() != q.choices.size()) return false;
        for (size_t i = 0; i < ids.size(); ++i)
            if (ids[i] != q.choices[i].id) return false;
        return true;
    }
    case QuestionType::Matching: {
        const auto& m = std::get<MatchAnswer>(response).rightOf;
        // By right text, so two pairs that share a right side accept either id.
        return std::all_of(q.pairs.begin(), q.pairs.end(), [&](const MatchPair& p) {
            auto it = m.find(p.id);
            const MatchPair* picked = it == m.end() ? nullptr : q.findPair(it->second);
            return picked && normalizeAnswer(picked->right) == normalizeAnswer(p.right);
        });
    }
    }
    return false;
}

} // namespace

QuestionResult scoreQuestion(const Question& q, const Response& response) {
    QuestionResult r;
    r.questionId = q.id;
    r.maxPoints = std::isfinite(q.points) ? std::max(0.0, q.points) : 0.0;
    r.explanation = q.explanation;
    r.answered = isAnswered(q, response);
    if (r.answered) r.correct = judge(q, response, r.feedback);
    r.points = r.correct ? r.maxPoints : 0;
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
