// Scoring every question type (quiz/scoring.h), the pass mark and the attempts policy.
// The quiz is built in code so each case names exactly what it tests.
#include "quiz/answer_key.h"
#include "quiz/scoring.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace lectern;
using namespace lectern::quiz;

namespace {

Choice choice(const char* id, bool correct, const char* feedback = "") {
    Choice c;
    c.id = id;
    c.text = std::string("Text of ") + id;
    c.correct = correct;
    c.feedback = feedback;
    return c;
}

Question question(const char* id, QuestionType type) {
    Question q;
    q.id = id;
    q.type = type;
    q.prompt = std::string("Prompt ") + id;
    return q;
}

// One question of each type; the answer key is in the comments.
Quiz everyTypeQuiz() {
    Quiz quiz;
    quiz.id = "check";
    quiz.passPercent = 70;
    Question single = question("single", QuestionType::Single);  // answer: b
    single.choices = {choice("a", false, "Not a."), choice("b", true, "Yes, b."), choice("c", false)};
    single.correctFeedback = "Well done.";
    single.incorrectFeedback = "Read origins again.";
    single.explanation = "Because b.";
    single.revisit = "origins";
    Question multiple = question("multiple", QuestionType::Multiple);  // answer: a and c
    multiple.choices = {choice("a", true, "a is right"), choice("b", false, "b is wrong"), choice("c", true)};
    Question tf = question("tf", QuestionType::TrueFalse);  // answer: true
    tf.choices = {choice("true", true), choice("false", false)};
    Question text = question("text", QuestionType::ShortText);
    text.accepted = {"GGE", "Group of Governmental Experts"};
    Question number = question("number", QuestionType::Numeric);  // 11 +- 0.5
    number.number = 11;
    number.tolerance = 0.5;
    Question order = question("order", QuestionType::Ordering);  // x, y, z
    order.choices = {choice("x", false), choice("y", false), choice("z", false)};
    Question match = question("match", QuestionType::Matching);
    match.pairs = {{"p1", "ICT security", "First Committee", {}}, {"p2", "Cybercrime", "Third Committee", {}},
                   {"p3", "Outer space", "First Committee", {}}};  // p1 and p3 share a right side
    match.points = 2;
    quiz.questions = {single, multiple, tf, text, number, order, match};
    return quiz;
}

const Question& q(const Quiz& quiz, const std::string& id) {
    for (const Question& x : quiz.questions)
        if (x.id == id) return x;
    FAIL("no question " << id);
    throw;
}

} // namespace

TEST_CASE("each question type is scored by its rule", "[quiz]") {
    const Quiz quiz = everyTypeQuiz();
    struct Case { const char* question; Response response; bool answered; bool correct; const char* what; };
    const std::vector<Case> cases = {
        {"single", ChoiceAnswer{"b"}, true, true, "the correct choice"},
        {"single", ChoiceAnswer{"a"}, true, false, "a wrong choice"},
        {"single", ChoiceAnswer{"zz"}, false, false, "a choice that does not exist"},
        {"single", std::monostate{}, false, false, "nothing picked"},
        {"multiple", ChoiceSetAnswer{{"a", "c"}}, true, true, "exactly the correct set"},
        {"multiple", ChoiceSetAnswer{{"c", "a", "a"}}, true, true, "the correct set, any order, repeats"},
        {"multiple", ChoiceSetAnswer{{"a"}}, true, false, "only part of the correct set"},
        {"multiple", ChoiceSetAnswer{{"a", "b", "c"}}, true, false, "the correct set plus a wrong one"},
        {"multiple", ChoiceSetAnswer{{}}, false, false, "no box ticked"},
        {"tf", ChoiceAnswer{"true"}, true, true, "true"},
        {"tf", ChoiceAnswer{"false"}, true, false, "false"},
        {"text", TextAnswer{"gge"}, true, true, "lower case"},
        {"text", TextAnswer{"  group of  governmental experts. "}, true, true, "spacing and end punctuation"},
        {"text", TextAnswer{"G.G.E"}, true, false, "inner punctuation differs"},
        {"text", TextAnswer{"OEWG"}, true, false, "another body"},
        {"text", TextAnswer{"   "}, false, false, "blank"},
        {"number", NumberAnswer{11}, true, true, "exact"},
        {"number", NumberAnswer{11.5}, true, true, "at the tolerance"},
        {"number", NumberAnswer{10.4}, true, false, "outside the tolerance"},
        {"order", OrderAnswer{{"x", "y", "z"}}, true, true, "the correct order"},
        {"order", OrderAnswer{{"y", "x", "z"}}, true, false, "two swapped"},
        {"order", OrderAnswer{{"x", "y"}}, false, false, "an item missing"},
        {"order", OrderAnswer{{"x", "x", "z"}}, false, false, "an item twice"},
        {"match", MatchAnswer{{{"p1", "p1"}, {"p2", "p2"}, {"p3", "p3"}}}, true, true, "every pair"},
        {"match", MatchAnswer{{{"p1", "p3"}, {"p2", "p2"}, {"p3", "p1"}}}, true, true, "shared right text, either id"},
        {"match", MatchAnswer{{{"p1", "p2"}, {"p2", "p1"}, {"p3", "p3"}}}, true, false, "two swapped"},
        {"match", MatchAnswer{{{"p1", "p1"}, {"p2", "p2"}}}, false, false, "one left item unmatched"},
    };
    for (const Case& c : cases) {
        INFO(c.question << ": " << c.what);
        const Question& question = q(quiz, c.question);
        QuestionResult r = scoreQuestion(question, c.response);
        CHECK(r.answered == c.answered);
        CHECK(r.correct == c.correct);
        CHECK(r.points == (c.correct ? question.points : 0));
        CHECK(r.maxPoints == question.points);
    }
}

TEST_CASE("the feedback to show follows the learner's answer", "[quiz]") {
    const Quiz quiz = everyTypeQuiz();
    SECTION("a wrong single choice shows its feedback, the incorrect feedback and where to revisit") {
        QuestionResult r = scoreQuestion(q(quiz, "single"), ChoiceAnswer{"a"});
        CHECK(r.feedback == std::vector<Feedback>{{"Not a.", "a"}, {"Read origins again.", ""}});
        CHECK(r.explanation == "Because b.");
        CHECK(r.revisitSection == "origins");
    }
    SECTION("a right answer shows the correct feedback and no revisit link") {
        QuestionResult r = scoreQuestion(q(quiz, "single"), ChoiceAnswer{"b"});
        CHECK(r.feedback == std::vector<Feedback>{{"Yes, b.", "b"}, {"Well done.", ""}});
        CHECK(r.revisitSection.empty());
        CHECK(r.explanation == "Because b.");
    }
    SECTION("multiple shows each ticked choice's feedback in the author's order, each naming its choice") {
        QuestionResult r = scoreQuestion(q(quiz, "multiple"), ChoiceSetAnswer{{"b", "a"}});
        CHECK(r.feedback == std::vector<Feedback>{{"a is right", "a"}, {"b is wrong", "b"}});
    }
}

TEST_CASE("the quiz total, percent and pass mark", "[quiz]") {
    const Quiz quiz = everyTypeQuiz();  // 8 points: 6 questions of 1 and matching of 2
    Responses all = {{"single", ChoiceAnswer{"b"}}, {"multiple", ChoiceSetAnswer{{"a", "c"}}},
                     {"tf", ChoiceAnswer{"true"}}, {"text", TextAnswer{"GGE"}}, {"number", NumberAnswer{11}},
                     {"order", OrderAnswer{{"x", "y", "z"}}},
                     {"match", MatchAnswer{{{"p1", "p1"}, {"p2", "p2"}, {"p3", "p3"}}}}};
    QuizResult full = scoreQuiz(quiz, all);
    CHECK(full.score == 8);
    CHECK(full.maxScore == 8);
    CHECK(full.percent == 100);
    CHECK(full.passed);
    CHECK(full.unanswered == 0);
    REQUIRE(full.questions.size() == quiz.questions.size());

    // Losing the 2-point matching question: 6/8 = 75 % >= 70.
    Responses noMatch = all;
    noMatch.erase("match");
    QuizResult r = scoreQuiz(quiz, noMatch);
    CHECK(r.score == 6);
    CHECK(r.percent == Approx(75));
    CHECK(r.passed);
    CHECK(r.unanswered == 1);

    // And one more wrong: 5/8 = 62.5 % < 70.
    noMatch["tf"] = ChoiceAnswer{"false"};
    r = scoreQuiz(quiz, noMatch);
    CHECK(r.score == 5);
    CHECK_FALSE(r.passed);
}

TEST_CASE("a pass mark that is exactly reached passes despite rounding", "[quiz]") {
    Quiz quiz;
    quiz.passPercent = 200.0 / 3.0;  // 66.666...
    for (const char* id : {"a", "b", "c"}) {
        Question x = question(id, QuestionType::TrueFalse);
        x.choices = {choice("true", true), choice("false", false)};
        quiz.questions.push_back(x);
    }
    QuizResult r = scoreQuiz(quiz, {{"a", ChoiceAnswer{"true"}}, {"b", ChoiceAnswer{"true"}}, {"c", ChoiceAnswer{"false"}}});
    CHECK(r.score == 2);
    CHECK(r.passed);
}

TEST_CASE("a quiz with nothing to score passes, and negative points count as zero", "[quiz]") {
    Quiz empty;
    QuizResult r = scoreQuiz(empty, {});
    CHECK(r.maxScore == 0);
    CHECK(r.passed);

    Question x = question("x", QuestionType::TrueFalse);
    x.choices = {choice("true", true), choice("false", false)};
    x.points = -3;
    CHECK(scoreQuestion(x, ChoiceAnswer{"true"}).points == 0);
}

TEST_CASE("attempts: 0 allows unlimited attempts, otherwise retry while attempts remain", "[quiz]") {
    Quiz quiz;
    struct Case { int allowed; int used; bool canAttempt; int left; };
    const Case cases[] = {
        {0, 0, true, -1}, {0, 25, true, -1},
        {3, 0, true, 3}, {3, 2, true, 1}, {3, 3, false, 0}, {3, 5, false, 0},
        {1, 0, true, 1}, {1, 1, false, 0},
    };
    for (const Case& c : cases) {
        INFO("allowed " << c.allowed << ", used " << c.used);
        quiz.attemptsAllowed = c.allowed;
        AttemptStatus s = attemptStatus(quiz, c.used);
        CHECK(s.canAttempt() == c.canAttempt);
        CHECK(s.left() == c.left);
    }
}

TEST_CASE("the correct answer of every question type, written out", "[quiz]") {
    Quiz quiz = everyTypeQuiz();
    CHECK(correctAnswerText(q(quiz, "single")) == "Text of b");
    CHECK(correctAnswerText(q(quiz, "multiple")) == "Text of a; Text of c");
    Question tf = q(quiz, "tf");
    tf.choices[0].text.clear();  // as the loader makes them: ids "true" and "false", no text
    CHECK(correctAnswerText(tf) == "True");
    CHECK(correctAnswerText(q(quiz, "text")) == "GGE (also accepted: Group of Governmental Experts)");
    Question number = q(quiz, "number");
    CHECK(correctAnswerText(number) == "11 (give or take 0.5)");
    number.tolerance = 0;
    CHECK(correctAnswerText(number) == "11");
    CHECK(correctAnswerText(q(quiz, "order")) == "1. Text of x, 2. Text of y, 3. Text of z");
    Question match = question("match", QuestionType::Matching);
    match.pairs = {{"p1", "One", "Uno", {}}, {"p2", "Two", "Dos", {}}};
    CHECK(correctAnswerText(match) == "One: Uno; Two: Dos");
}

TEST_CASE("show_answers decides when the correct answers are shown", "[quiz]") {
    Quiz quiz = everyTypeQuiz();
    quiz.attemptsAllowed = 2;
    SECTION("after_pass (the default): once any attempt passed") {
        CHECK(quiz.showAnswers == ShowAnswers::AfterPass);
        CHECK_FALSE(correctAnswersShown(quiz, attemptStatus(quiz, 1), false));
        CHECK_FALSE(correctAnswersShown(quiz, attemptStatus(quiz, 2), false));
        CHECK(correctAnswersShown(quiz, attemptStatus(quiz, 1), true));
    }
    SECTION("after_last_attempt: once no attempt is left, passed or not") {
        quiz.showAnswers = ShowAnswers::AfterLastAttempt;
        CHECK_FALSE(correctAnswersShown(quiz, attemptStatus(quiz, 1), true));
        CHECK(correctAnswersShown(quiz, attemptStatus(quiz, 2), false));
        quiz.attemptsAllowed = 0;  // unlimited: never (`lectern check` warns)
        CHECK_FALSE(correctAnswersShown(quiz, attemptStatus(quiz, 50), true));
    }
    SECTION("never") {
        quiz.showAnswers = ShowAnswers::Never;
        CHECK_FALSE(correctAnswersShown(quiz, attemptStatus(quiz, 2), true));
    }
}
