// Scoring a quiz from typed responses (quiz/responses.h, which also defines their JSON form:
// the responsesJson of RecordQuizAttempt), and the attempts policy.
//
// Rules, per question type:
//   single, true_false  right when the picked choice has `correct`
//   multiple            all or nothing: the ticked set equals the set of correct choices
//   short_text          the normalised answer equals a normalised accepted answer
//                       (quiz/normalize.h: case, spacing, end punctuation, Latin accents)
//   numeric             |answer - number| <= tolerance (plus a rounding allowance of 1e-9 relative)
//   ordering            exactly the correct order
//   matching            every left item matched to its right text (a distractor is wrong)
// A right answer earns the question's points (negative points count as 0); anything else 0.
// Partial credit, when the module gives weights (percent of the question's points):
//   single, multiple    choices with `weight:`: clamp(sum of the ticked weights, 0, 100) %
//                       (single: the picked one's); +50/-50 ticked together earn 0, never less
//   short_text          `accept:` entries with `weight:`: the best-weighted matching answer
//                       ("*" matches anything)
//   numeric             `answers:` (value +- tolerance or min..max, each with a weight):
//                       the best-weighted interval holding the answer
// `correct` is true only for full credit; `points` holds what was earned either way.
// The quiz passes when score/max >= Quiz::passPercent. A quiz with no points to earn
// (no questions) counts as passed at 100 %, so it cannot block a module's completion.
#pragma once
#include "course/document.h"
#include "quiz/responses.h"

#include <string>
#include <vector>

namespace lectern::quiz {

// One line of feedback, and the choice it is about: on a multiple-answer question the learner
// must be told which of the ticked choices a comment concerns.
struct Feedback {
    std::string text;
    std::string choiceId;  // the picked choice it belongs to; empty for the question's own feedback
    bool operator==(const Feedback& o) const { return text == o.text && choiceId == o.choiceId; }
};

struct QuestionResult {
    std::string questionId;
    bool answered = false;
    bool correct = false;
    double points = 0;      // earned
    double maxPoints = 0;
    // What to show after submitting, in order: the feedback of each picked choice, then the
    // question's correct/incorrect feedback. Empty strings are left out.
    std::vector<Feedback> feedback;
    std::string explanation;     // always shown when not empty
    std::string revisitSection;  // section id to revisit; set only when the answer is wrong
};

struct QuizResult {
    std::vector<QuestionResult> questions;  // in quiz order
    double score = 0;
    double maxScore = 0;
    double percent = 0;  // 0..100
    bool passed = false;
    int unanswered = 0;
};

QuestionResult scoreQuestion(const Question& question, const Response& response);
QuizResult scoreQuiz(const Quiz& quiz, const Responses& responses);

// How many attempts a learner has used and may still make.
struct AttemptStatus {
    int used = 0;
    int allowed = 0;  // 0 = unlimited
    bool unlimited() const { return allowed <= 0; }
    int left() const { return unlimited() ? -1 : (used >= allowed ? 0 : allowed - used); }  // -1 = unlimited
    // A new attempt (the first one, or a retry) may start. Retrying after a pass is allowed
    // while attempts remain: a learner may want a better score.
    bool canAttempt() const { return unlimited() || used < allowed; }
};

AttemptStatus attemptStatus(const Quiz& quiz, int attemptsUsed);

// Whether the quiz's `show_answers` lets the learner see the correct answers now, given the
// attempts used and whether any attempt has passed.
bool correctAnswersShown(const Quiz& quiz, const AttemptStatus& attempts, bool passedOnce);

} // namespace lectern::quiz
