// Responses to and from JSON (the responsesJson of RecordQuizAttempt), and the fixed
// shuffles the quiz widget shows.
#include "quiz/responses.h"
#include "quiz/scoring.h"

#include <nlohmann/json.hpp>

#include <catch2/catch.hpp>

using namespace lectern;
using namespace lectern::quiz;

namespace {

Quiz sampleQuiz() {
    Quiz quiz;
    quiz.id = "sample";
    auto add = [&](const char* id, QuestionType type) -> Question& {
        Question q;
        q.id = id;
        q.type = type;
        quiz.questions.push_back(q);
        return quiz.questions.back();
    };
    add("s", QuestionType::Single).choices = {{"a", "A", true, "", {}}, {"b", "B", false, "", {}}};
    add("m", QuestionType::Multiple).choices = {{"a", "A", true, "", {}}, {"b", "B", true, "", {}}};
    add("t", QuestionType::TrueFalse).choices = {{"true", "True", false, "", {}}, {"false", "False", true, "", {}}};
    add("x", QuestionType::ShortText).accepted = {"Genève"};
    add("n", QuestionType::Numeric).number = 1.5;
    add("o", QuestionType::Ordering).choices = {{"i1", "One", false, "", {}}, {"i2", "Two", false, "", {}},
                                                 {"i3", "Three", false, "", {}}, {"i4", "Four", false, "", {}}};
    add("p", QuestionType::Matching).pairs = {{"p1", "L1", "R1", {}}, {"p2", "L2", "R2", {}}, {"p3", "L3", "R1", {}}};
    return quiz;
}

} // namespace

TEST_CASE("responses survive the JSON round trip, in the documented shape", "[quiz]") {
    const Quiz quiz = sampleQuiz();
    Responses in = {{"s", ChoiceAnswer{"a"}}, {"m", ChoiceSetAnswer{{"b", "a"}}}, {"t", ChoiceAnswer{"false"}},
                    {"x", TextAnswer{"  geneve "}}, {"n", NumberAnswer{1.5}}, {"o", OrderAnswer{{"i2", "i1", "i4", "i3"}}},
                    {"p", MatchAnswer{{{"p1", "p3"}, {"p2", "p2"}, {"p3", "p1"}}}}};
    const std::string json = responsesToJson(quiz, in);
    const auto doc = nlohmann::json::parse(json);
    CHECK(doc["s"] == "a");
    CHECK(doc["t"] == false);  // true_false is a JSON boolean
    CHECK(doc["m"] == nlohmann::json::array({"b", "a"}));
    CHECK(doc["x"] == "  geneve ");  // stored as typed
    CHECK(doc["n"] == 1.5);
    CHECK(doc["p"]["p1"] == "p3");

    std::vector<std::string> warnings;
    Responses out = responsesFromJson(quiz, json, &warnings);
    CHECK(warnings.empty());
    CHECK(responsesToJson(quiz, out) == json);
    QuizResult a = scoreQuiz(quiz, in), b = scoreQuiz(quiz, out);
    CHECK(a.score == b.score);
    CHECK(a.score == 6);  // all but the ordering (7 questions of 1 point)
}

TEST_CASE("reading saved responses is forgiving and never throws", "[quiz]") {
    const Quiz quiz = sampleQuiz();
    struct Case { const char* json; size_t responses; size_t warnings; const char* what; };
    const Case cases[] = {
        {"", 0, 1, "empty"},
        {"not json", 0, 1, "garbage"},
        {"[1,2]", 0, 1, "not an object"},
        {R"({"gone": "a"})", 0, 1, "a question the quiz no longer has"},
        {R"({"s": 3})", 0, 1, "a number where a choice id belongs"},
        {R"({"m": ["a", 2]})", 0, 1, "a non-string in a choice list"},
        {R"({"t": "true", "n": "1,5"})", 2, 0, "strings for true_false and numeric"},
        {R"({"s": "a", "x": null})", 1, 1, "null text"},
    };
    for (const Case& c : cases) {
        INFO(c.what);
        std::vector<std::string> warnings;
        Responses r;
        REQUIRE_NOTHROW(r = responsesFromJson(quiz, c.json, &warnings));
        CHECK(r.size() == c.responses);
        CHECK(warnings.size() == c.warnings);
    }
    // The strings read as the values they spell.
    Responses r = responsesFromJson(quiz, R"({"t": "true", "n": "1,5"})");
    CHECK(std::get<ChoiceAnswer>(r["t"]).choiceId == "true");
    CHECK(std::get<NumberAnswer>(r["n"]).value == 1.5);
}

TEST_CASE("invalid UTF-8 in a typed answer does not lose the attempt", "[quiz]") {
    const Quiz quiz = sampleQuiz();
    const std::string json = responsesToJson(quiz, {{"x", TextAnswer{"Gen\xFF" "ve"}}, {"s", ChoiceAnswer{"a"}}});
    Responses r = responsesFromJson(quiz, json);
    CHECK(r.size() == 2);
}

TEST_CASE("ordering items start shuffled, never in the right order, the same way every time", "[quiz]") {
    const Quiz quiz = sampleQuiz();
    const Question& order = quiz.questions[5];
    auto first = initialOrder(quiz, order);
    CHECK(first == initialOrder(quiz, order));
    CHECK(first != std::vector<std::string>{"i1", "i2", "i3", "i4"});
    CHECK(isAnswered(order, OrderAnswer{first}));
    CHECK_FALSE(scoreQuestion(order, OrderAnswer{first}).correct);

    // Two items: the only other order.
    Quiz two = quiz;
    two.questions[5].choices.resize(2);
    CHECK(initialOrder(two, two.questions[5]) == std::vector<std::string>{"i2", "i1"});
}

TEST_CASE("matching lists each distinct right side once", "[quiz]") {
    const Quiz quiz = sampleQuiz();
    auto options = matchingOptions(quiz, quiz.questions[6]);
    CHECK(options.size() == 2);  // R1 (shared by p1 and p3) and R2
    CHECK(options == matchingOptions(quiz, quiz.questions[6]));
}
