// GIFT import (runtime/core/gift): Moodle's documentation examples, written from
// https://docs.moodle.org/en/GIFT_format, each kind as a learner would then meet it in Lectern;
// bad banks with each error at its line and column; and what the written module holds.
#include "gift/gift_import.h"
#include "gift/gift_parser.h"
#include "gift_test_support.h"
#include "load_test_util.h"
#include "quiz/scoring.h"

#include <catch2/catch.hpp>

using namespace lectern;

namespace {

gift::Bank parse(const std::string& text, Diagnostics& diags) { return gift::parseGift(text, "bank.gift", diags); }

gift::Bank parseClean(const std::string& text) {
    Diagnostics diags;
    gift::Bank bank = parse(text, diags);
    INFO(test::formatted(diags).size());
    for (const Diagnostic& d : diags.items()) INFO(d.format());
    REQUIRE(diags.empty());
    return bank;
}

// The one error of a bad bank, formatted.
std::string onlyError(const std::string& text) {
    Diagnostics diags;
    parse(text, diags);
    REQUIRE(diags.errorCount() >= 1);
    for (const Diagnostic& d : diags.items())
        if (d.severity == Severity::Error) return d.format();
    return {};
}

std::shared_ptr<Module> imported(const std::string& text) { return test::importedModule(text); }

const char* kMoodleDocs = R"(// Moodle's GIFT documentation examples
$CATEGORY: $course$/top/Moodle docs

// [id:tomb]
Who's buried in Grant's tomb?{~Grant ~Jefferson =no one}

Grant is {~buried =entombed ~living} in Grant's tomb.

Grant was buried in a tomb in New York City.{T}

Grant was buried in a tomb in New York City.{TRUE#Nope, wrong.#Yes: Riverside Park.}

Who's buried in Grant's tomb?{=no one =nobody}

Two plus two equals {=four =4}.

Match the following countries with their corresponding capitals. {
    =Canada -> Ottawa
    =Italy  -> Rome
    =Japan  -> Tokyo
    =India  -> New Delhi
    = -> Paris
}

When was Ulysses S. Grant born?{#1822:5}

What is the value of pi (to 3 decimal places)? {#3.141..3.142}.

When was Ulysses S. Grant born? {#
    =1822:0      #Correct! Full credit.
    =%50%1822:2  #He was born in 1822. Half credit for being close.
}

What two people are entombed in Grant's tomb? {
   ~%-100%No one
   ~%50%Grant
   ~%50%Grant's wife
   ~%-100%Grant's father
}

Write a short biography of Dag Hammarskjöld. {}

You can use your pencil and paper for these next questions.

::Jesus' hometown::Jesus Christ was from {
     =Nazareth#Yes! That's right!
     =%75%Nazereth#Right, but misspelled.
     =%25%Bethlehem#He was born here, but not raised here.
}.

Who's buried in Grant's tomb?{
   =no one#Right.
   ~Grant
   ####The tomb holds Grant and his wife, above ground: "entombed", not buried.
}

[markdown]Which answer equals 5? {
   ~ \= 2 + 2
   = \= 2 + 3
   ~ \= 2 + 4
}
)";

} // namespace

TEST_CASE("Moodle's documentation examples: every kind", "[gift]") {
    const gift::Bank bank = parseClean(kMoodleDocs);
    REQUIRE(bank.questions.size() == 16);
    const auto& q = bank.questions;
    CHECK(q[0].id == "tomb");
    CHECK(q[0].category == "$course$/top/Moodle docs");
    CHECK(q[0].kind == gift::Kind::MultipleChoice);
    CHECK(q[0].single);
    CHECK(q[1].stem == "Grant is");
    CHECK(q[1].stemAfter == "in Grant's tomb.");
    CHECK(q[2].kind == gift::Kind::TrueFalse);
    CHECK(q[3].wrongFeedback == "Nope, wrong.");
    CHECK(q[3].rightFeedback == "Yes: Riverside Park.");
    CHECK(q[4].kind == gift::Kind::ShortAnswer);
    CHECK(q[6].kind == gift::Kind::Matching);
    CHECK(q[6].answers.size() == 5);
    CHECK(q[6].answers[4].left.empty());
    CHECK(q[7].answers[0].tolerance == 5);
    CHECK(q[8].answers[0].range);
    CHECK(q[9].answers.size() == 2);
    CHECK(q[10].kind == gift::Kind::MultipleChoice);
    CHECK_FALSE(q[10].single);
    CHECK(q[11].kind == gift::Kind::Essay);
    CHECK(q[12].kind == gift::Kind::Description);
    CHECK(q[13].title == "Jesus' hometown");
    CHECK(q[14].generalFeedback.find("entombed") != std::string::npos);
    CHECK(q[15].answers[1].text == "= 2 + 3");
}

TEST_CASE("Moodle's examples become a module that loads, and score as Moodle scores them", "[gift]") {
    const std::shared_ptr<Module> m = imported(kMoodleDocs);
    REQUIRE(m->quizzes.size() == 2);  // the essay and the description split the quiz in two
    REQUIRE(m->reflections.size() == 1);
    CHECK(m->reflections[0].prompt == "Write a short biography of Dag Hammarskjöld.");
    const Quiz& first = m->quizzes[0];
    REQUIRE(first.questions.size() == 11);
    CHECK(first.questions[0].id == "tomb");
    CHECK(first.questions[1].promptAfter == "in Grant's tomb.");
    const Question& tf = first.questions[3];
    CHECK(tf.incorrectFeedback == "Nope, wrong.");
    CHECK(tf.correctFeedback == "Yes: Riverside Park.");
    const Question& match = first.questions[6];
    CHECK(match.pairs.size() == 4);
    CHECK(match.distractors.size() == 1);
    const Question& numbers = first.questions[9];
    CHECK(quiz::scoreQuestion(numbers, quiz::NumberAnswer{1823}).points == Approx(0.5));
    const Question& two = first.questions[10];
    CHECK(two.type == QuestionType::Multiple);
    CHECK(quiz::scoreQuestion(two, quiz::ChoiceSetAnswer{{"b", "c"}}).points == Approx(1));
    CHECK(quiz::scoreQuestion(two, quiz::ChoiceSetAnswer{{"a", "b"}}).points == 0);
    const Quiz& second = m->quizzes[1];
    const Question& hometown = second.questions[0];
    CHECK(hometown.title == "Jesus' hometown");
    CHECK(quiz::scoreQuestion(hometown, quiz::TextAnswer{"Nazereth"}).points == Approx(0.75));
    CHECK(second.questions[1].explanation.find("entombed") != std::string::npos);
}

TEST_CASE("several '=' answers in a multiple-choice question: any of them is fully right, as in Moodle", "[gift]") {
    const std::shared_ptr<Module> m = imported("Specify a season\\: {= spring = summer ~ easter}");
    const Question& q = m->quizzes[0].questions[0];
    CHECK(q.type == QuestionType::Single);
    CHECK(q.prompt == "Specify a season:");
    CHECK(quiz::scoreQuestion(q, quiz::ChoiceAnswer{"a"}).correct);
    CHECK(quiz::scoreQuestion(q, quiz::ChoiceAnswer{"b"}).correct);
    CHECK(quiz::scoreQuestion(q, quiz::ChoiceAnswer{"c"}).points == 0);
}

TEST_CASE("bad banks: each error at its line and column", "[gift]") {
    CHECK(onlyError("Q1 {=a}\n\nWho is {=Grant ~Lee\n") == "bank.gift:3:8: error: '{' without a closing '}': the answers never end (escape it as \\{ if it is text)");
    CHECK(onlyError("Empty {####only feedback}").find("bank.gift:1:7: error: empty answer list") == 0);
    CHECK(onlyError("\nMatch {=a -> b}").find("bank.gift:2:8: error: a matching question needs at least 2 pairs") == 0);
    CHECK(onlyError("Year?\n{#abc}").find("bank.gift:2:3: error: numeric answer 'abc' is not a number") == 0);
    CHECK(onlyError("Year? {#1822:x}").find("bank.gift:1:9: error: numeric answer") == 0);
    CHECK(onlyError("Close } here").find("bank.gift:1:7: error: '}' without an opening '{'") == 0);
    CHECK(onlyError("Q {a =b}").find("bank.gift:1:4: error: answers must start with '='") == 0);
    CHECK(onlyError("Q {~%abc%x =y}").find("bank.gift:1:5: error: weight '%abc%' is not a number") == 0);
    CHECK(onlyError("::Title Q {=a}").find("bank.gift:1:1: error: the title '::' has no closing '::'") == 0);
    CHECK(onlyError("Q {~a ~b}").find("bank.gift:1:4: error: no answer is right") == 0);
    CHECK(onlyError("ok {=a}\n\nbad \xC3\x28 text {=a}").find("bank.gift:3:5: error: not UTF-8") == 0);
}

TEST_CASE("what Moodle accepts silently, Lectern warns about", "[gift]") {
    Diagnostics diags;
    parse("Q {~%150%a ~b}\n\n[html]<p>Q</p>{=a}<i>}</i>\n", diags);
    const std::vector<std::string> all = test::formatted(diags);
    REQUIRE(all.size() == 2);
    CHECK(all[0].find("bank.gift:1:5: warning: weight %150% is above 100 %") == 0);
    CHECK(all[1].find("bank.gift:3:22: warning: an unescaped '}' in HTML text") == 0);
}

TEST_CASE("escapes, comments and ids", "[gift]") {
    const gift::Bank bank = parseClean(
        "// [id:esc] [tag:one] [tag:two]\n"
        "::A\\: title::Pick \\{this\\} \\~ \\= \\# \\\\ line\\nbreak {=\\~right\\#sharp#feed\\:back ~wrong}\n");
    REQUIRE(bank.questions.size() == 1);
    const gift::Question& q = bank.questions[0];
    CHECK(q.id == "esc");
    CHECK(q.tags == std::vector<std::string>{"one", "two"});
    CHECK(q.title == "A: title");
    CHECK(q.stem == "Pick {this} ~ = # \\ line\nbreak");
    CHECK(q.answers[0].text == "~right#sharp");
    CHECK(q.answers[0].feedback == "feed:back");
}

TEST_CASE("HTML is turned into text, never passed through", "[gift]") {
    const gift::Bank bank = parseClean("[html]<p>Is <b>this</b> &amp; <script>alert(1)</script><a href=\"http://x.org\">that</a> ok?</p>{T}");
    REQUIRE(bank.questions.size() == 1);
    CHECK(bank.questions[0].stem == "Is **this** & that (http://x.org) ok?");
}

TEST_CASE("import is all or nothing", "[gift]") {
    gift::WriteOptions opt;
    gift::ImportResult r = gift::importGift("Good {=a}\n\nBad {=a -> b}\n", "bank.gift", opt);
    CHECK_FALSE(r.ok);
    CHECK(r.markdown.empty());
    CHECK(r.diagnostics.hasErrors());
}

TEST_CASE("hostile input: deep, long and odd banks end without a crash", "[gift]") {
    Diagnostics d1;
    parse(std::string(200000, '{'), d1);
    CHECK(d1.hasErrors());
    Diagnostics d2;
    parse("Q {" + std::string(100000, '~') + "}", d2);
    CHECK(d2.hasErrors());
    Diagnostics d3;
    parse(std::string(50000, '\\'), d3);
    Diagnostics d4;
    parse("[html]" + std::string(100000, '<') + "{T}", d4);
    CHECK_FALSE(d4.hasErrors());
}
