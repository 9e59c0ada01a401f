// Partial credit (the module-format extensions GIFT needs): choice weights, weighted accepted
// answers, numeric ranges and several weighted numeric answers, matching distractors and the
// missing-word prompt. Each quiz is written as a module author would write it, loaded, scored.
#include "load_test_util.h"
#include "quiz/answer_key.h"
#include "quiz/scoring.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace lectern;
using namespace lectern::quiz;

namespace {

// Loads one quiz block; fails the test on any error.
Quiz loadQuiz(const std::string& yaml) {
    static ModuleLoad keep;
    keep = test::parseBody("```quiz\n" + yaml + "```\n");
    INFO(test::messages(keep));
    REQUIRE_FALSE(keep.diagnostics.hasErrors());
    REQUIRE(keep.module);
    REQUIRE(keep.module->quizzes.size() == 1);
    return keep.module->quizzes[0];
}

double pointsFor(const Question& q, Response r) { return scoreQuestion(q, r).points; }

} // namespace

TEST_CASE("multiple with weights: the sum of the ticked weights, clamped to 0..100 %", "[quiz][partial][gift]") {
    const Quiz quiz = loadQuiz(R"(id: qz
questions:
  - id: q
    type: multiple
    prompt: Which two?
    points: 2
    choices:
      - {id: a, text: A, weight: 50}
      - {id: b, text: B, weight: 50}
      - {id: c, text: C, weight: -50}
      - {id: d, text: D, weight: -100}
)");
    const Question& q = quiz.questions[0];
    CHECK(pointsFor(q, ChoiceSetAnswer{{"a", "b"}}) == Approx(2));
    CHECK(scoreQuestion(q, ChoiceSetAnswer{{"a", "b"}}).correct);
    CHECK(pointsFor(q, ChoiceSetAnswer{{"a"}}) == Approx(1));
    CHECK_FALSE(scoreQuestion(q, ChoiceSetAnswer{{"a"}}).correct);
    // One right and one wrong at +50/-50: nothing, and never a negative score.
    CHECK(pointsFor(q, ChoiceSetAnswer{{"a", "c"}}) == Approx(0));
    CHECK(pointsFor(q, ChoiceSetAnswer{{"c", "d"}}) == Approx(0));
    // Ticking everything does not earn full marks.
    CHECK(pointsFor(q, ChoiceSetAnswer{{"a", "b", "c", "d"}}) == Approx(0));
    CHECK(correctAnswerText(q) == "A; B");
    const QuizResult r = scoreQuiz(quiz, {{"q", ChoiceSetAnswer{{"a"}}}});
    CHECK(r.percent == Approx(50));
}

TEST_CASE("multiple without weights stays all or nothing", "[quiz][partial][gift]") {
    const Quiz quiz = loadQuiz(R"(id: qz
questions:
  - id: q
    type: multiple
    prompt: Which?
    choices: [A, B, C]
    answer: [a, b]
)");
    CHECK(pointsFor(quiz.questions[0], ChoiceSetAnswer{{"a"}}) == 0);
    CHECK(pointsFor(quiz.questions[0], ChoiceSetAnswer{{"a", "b"}}) == 1);
}

TEST_CASE("single with weights earns the picked choice's share", "[quiz][partial][gift]") {
    const Quiz quiz = loadQuiz(R"(id: qz
questions:
  - id: q
    type: single
    prompt: Which?
    choices:
      - {id: a, text: Best, weight: 100}
      - {id: b, text: Half, weight: 50}
      - {id: c, text: Wrong}
)");
    const Question& q = quiz.questions[0];
    CHECK(pointsFor(q, ChoiceAnswer{"a"}) == 1);
    CHECK(pointsFor(q, ChoiceAnswer{"b"}) == Approx(0.5));
    CHECK(pointsFor(q, ChoiceAnswer{"c"}) == 0);
}

TEST_CASE("short_text with weighted accepted answers and their feedback", "[quiz][partial][gift]") {
    const Quiz quiz = loadQuiz(R"(id: qz
questions:
  - id: q
    type: short_text
    prompt: Who?
    accept:
      - Grant
      - {text: Ulysses, weight: 50, feedback: Give the family name.}
      - {text: "*", weight: 0, feedback: No.}
)");
    const Question& q = quiz.questions[0];
    CHECK(q.accepted == std::vector<std::string>{"Grant"});
    CHECK(pointsFor(q, TextAnswer{"grant"}) == 1);
    const QuestionResult half = scoreQuestion(q, TextAnswer{"ulysses"});
    CHECK(half.points == Approx(0.5));
    REQUIRE_FALSE(half.feedback.empty());
    CHECK(half.feedback[0].text == "Give the family name.");
    const QuestionResult other = scoreQuestion(q, TextAnswer{"Lincoln"});
    CHECK(other.points == 0);
    REQUIRE_FALSE(other.feedback.empty());
    CHECK(other.feedback[0].text == "No.");
}

TEST_CASE("numeric ranges and several weighted numeric answers", "[quiz][partial][gift]") {
    const Quiz quiz = loadQuiz(R"(id: qz
questions:
  - id: range
    type: numeric
    prompt: Pi to 3 places?
    min: 3.141
    max: 3.142
  - id: several
    type: numeric
    prompt: Grant's birth year?
    answers:
      - {answer: 1822}
      - {answer: 1822, tolerance: 2, weight: 50, feedback: Close.}
      - {min: 1700, max: 1799, weight: -10}
)");
    const Question& range = quiz.questions[0];
    CHECK(pointsFor(range, NumberAnswer{3.1415}) == 1);
    CHECK(pointsFor(range, NumberAnswer{3.142}) == 1);
    CHECK(pointsFor(range, NumberAnswer{3.15}) == 0);
    CHECK(correctAnswerText(range) == "3.141 to 3.142");
    const Question& several = quiz.questions[1];
    CHECK(pointsFor(several, NumberAnswer{1822}) == 1);
    CHECK(pointsFor(several, NumberAnswer{1823}) == Approx(0.5));
    CHECK(pointsFor(several, NumberAnswer{1750}) == 0);
    CHECK(several.number == 1822);
}

TEST_CASE("matching with distractors: a distractor is offered and is wrong", "[quiz][partial][gift]") {
    const Quiz quiz = loadQuiz(R"(id: qz
questions:
  - id: q
    type: matching
    prompt: Capitals
    pairs:
      - {id: ca, left: Canada, right: Ottawa}
      - {id: it, left: Italy, right: Rome}
    distractors: [Paris]
)");
    const Question& q = quiz.questions[0];
    REQUIRE(q.distractors.size() == 1);
    const std::vector<std::string> options = matchingOptions(quiz, q);
    CHECK(options.size() == 3);
    CHECK(std::find(options.begin(), options.end(), q.distractors[0].id) != options.end());
    CHECK(isAnswered(q, MatchAnswer{{{"ca", q.distractors[0].id}, {"it", "it"}}}));
    CHECK(pointsFor(q, MatchAnswer{{{"ca", q.distractors[0].id}, {"it", "it"}}}) == 0);
    CHECK(pointsFor(q, MatchAnswer{{{"ca", "ca"}, {"it", "it"}}}) == 1);
}

TEST_CASE("missing word: the prompt is shown with a blank", "[quiz][partial][gift]") {
    const Quiz quiz = loadQuiz(R"(id: qz
questions:
  - id: q
    type: short_text
    prompt: Grant is buried in
    prompt_after: Tomb.
    accept: [Grant's]
)");
    CHECK(promptWithBlank(quiz.questions[0]) == "Grant is buried in _____ Tomb.");
}

TEST_CASE("weights that cannot add up are warned about", "[quiz][partial][gift]") {
    const ModuleLoad l = test::parseBody(R"(```quiz
id: qz
questions:
  - id: q
    type: multiple
    prompt: Which?
    choices:
      - {text: A, weight: 50}
      - {text: B, weight: 30}
      - {text: C}
```
)");
    INFO(test::messages(l));
    CHECK_FALSE(l.diagnostics.hasErrors());
    CHECK(test::messages(l).find("adding up to 80 %") != std::string::npos);
}
