// A right (or plausibly wrong) answer to any question, for the test tools that write a
// believable learner's progress (demo_progress_tool, xapi_statements_tool).
#pragma once
#include "course/document.h"
#include "quiz/responses.h"

#include <algorithm>

namespace lectern {

// The right answer to `q`, or (when `wrong`) a plausible wrong one.
inline quiz::Response answerFor(const Quiz& quiz, const Question& q, bool wrong) {
    switch (q.type) {
    case QuestionType::Single:
    case QuestionType::TrueFalse: {
        auto pick = std::find_if(q.choices.begin(), q.choices.end(), [&](const Choice& c) { return c.correct != wrong; });
        return quiz::ChoiceAnswer{pick != q.choices.end() ? pick->id : std::string()};
    }
    case QuestionType::Multiple: {
        quiz::ChoiceSetAnswer a;
        for (const Choice& c : q.choices)
            if (c.correct != wrong) a.choiceIds.push_back(c.id);
        return a;
    }
    case QuestionType::ShortText:
        return quiz::TextAnswer{wrong || q.accepted.empty() ? "I am not sure" : q.accepted.front()};
    case QuestionType::Numeric:
        return quiz::NumberAnswer{wrong ? q.number + q.tolerance + 1 : q.number};
    case QuestionType::Ordering: {
        quiz::OrderAnswer a;
        for (const Choice& c : q.choices) a.itemIds.push_back(c.id);
        if (wrong && a.itemIds.size() >= 2) std::swap(a.itemIds[0], a.itemIds[1]);
        return a;
    }
    case QuestionType::Matching: {
        quiz::MatchAnswer a;
        for (const MatchPair& p : q.pairs) a.rightOf[p.id] = p.id;
        if (wrong && q.pairs.size() >= 2) std::swap(a.rightOf[q.pairs[0].id], a.rightOf[q.pairs[1].id]);
        return a;
    }
    }
    (void)quiz;
    return std::monostate{};
}

} // namespace lectern
