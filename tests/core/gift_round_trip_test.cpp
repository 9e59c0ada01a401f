// The round trip: a GIFT bank imported, exported (gift_export.h) and imported again gives the
// same module: the same sections, quizzes, questions (ids, types, texts, weights, feedback,
// answers), reflections and prose.
#include "gift/gift_export.h"
#include "gift/gift_import.h"
#include "gift_test_support.h"
#include "load_test_util.h"

#include <catch2/catch.hpp>

using namespace lectern;

namespace {

std::shared_ptr<Module> importText(const std::string& text) { return test::importedModule(text); }

// A module as text, every field the round trip must keep, one line each.
std::string describe(const Module& m) {
    std::string out;
    auto add = [&](const std::string& s) { out += s + "\n"; };
    for (const Section& s : m.sections) add("section " + s.id + " " + s.title);
    for (const Quiz& q : m.quizzes) {
        add("quiz " + q.id + " in " + q.sectionId);
        for (const Question& x : q.questions) {
            add(" question " + x.id + " " + questionTypeName(x.type) + " [" + x.title + "] " + x.prompt + " | " + x.promptAfter);
            for (const std::string& t : x.tags) add("  tag " + t);
            for (const Choice& c : x.choices)
                add("  choice " + c.id + " " + c.text + (c.correct ? " right" : " wrong") +
                    (c.weight ? " w" + std::to_string(*c.weight) : "") + " #" + c.feedback);
            for (const std::string& a : x.accepted) add("  accept " + a);
            for (const AcceptedText& a : x.acceptedKeys) add("  key " + a.text + " w" + std::to_string(a.weight) + " #" + a.feedback);
            add("  number " + std::to_string(x.number) + " +- " + std::to_string(x.tolerance));
            for (const NumericKey& k : x.numericKeys)
                add("  range " + std::to_string(k.min) + ".." + std::to_string(k.max) + (k.range ? " r" : "") + " w" +
                    std::to_string(k.weight) + " #" + k.feedback);
            for (const MatchPair& p : x.pairs) add("  pair " + p.left + " -> " + p.right);
            for (const MatchPair& p : x.distractors) add("  distractor " + p.right);
            add("  feedback " + x.correctFeedback + " / " + x.incorrectFeedback + " / " + x.explanation);
        }
    }
    for (const Reflection& r : m.reflections) add("reflection " + r.id + " " + r.prompt + " in " + r.sectionId);
    for (const Block& b : m.blocks)
        if (b.kind == BlockKind::Paragraph) {
            std::string t;
            for (const Span& s : b.inlines) t += s.text;
            add("prose " + t);
        }
    return out;
}

const char* kBank = R"($CATEGORY: Geography

// [tag:capitals]
// [tag:level 1]
::Capital::What is the capital of Canada? {
  =Ottawa#Right.
  ~Toronto#No, the largest city.
  ~%50%Ottawa-Gatineau#Half: that is the region.
  ####Ottawa has been the capital since 1857.
}

Pick the continents {~%50%Africa ~%50%Asia ~%-100%Atlantis#Myth.}

Canada is {~north =west ~east} of Ireland.

Canada borders the USA.{TRUE#No, they share a border.#Yes, the longest one.}

The largest ocean is the {=Pacific =%50%pacific ocean#Say just Pacific. =%0%*#No.}.

$CATEGORY: Numbers and words

How many provinces? {#10}

Pi to 3 places {#3.141..3.142}

Year of confederation {#
  =1867:0#Yes.
  =%50%1867:3#Close.
}

Match them {
  =Ottawa -> Ontario
  =Quebec City -> Quebec
  = -> Alberta
}

Say something about \{braces\}, \#hashes and colons\: here. {}

Now a break: use a map for these.

Escapes \~ \= in a question? {=yes \= sure}
)";

} // namespace

TEST_CASE("import, export, import: the same questions", "[gift][roundtrip]") {
    const std::shared_ptr<Module> first = importText(kBank);
    std::vector<std::string> notes;
    const std::string exported = gift::exportModule(*first, &notes);
    INFO(exported);
    CHECK(notes.empty());
    const std::shared_ptr<Module> second = importText(exported);
    CHECK(describe(*second) == describe(*first));
    CHECK(first->quizzes.size() == 3);
    CHECK(first->reflections.size() == 1);
    // Moodle's tags reach the module and come back.
    REQUIRE_FALSE(second->quizzes.empty());
    CHECK(second->quizzes[0].questions[0].tags == std::vector<std::string>{"capitals", "level 1"});
}

TEST_CASE("export of a hand-written module: what GIFT cannot say is noted", "[gift][roundtrip]") {
    ModuleLoad l = test::parseBody(R"(## Part

```quiz
id: qz
questions:
  - id: order
    type: ordering
    prompt: Order these
    items: [a, b]
  - id: all
    type: multiple
    prompt: Which?
    choices: [A, B, C]
    answer: [a, b]
    hint: two
```
)");
    REQUIRE_FALSE(l.diagnostics.hasErrors());
    std::vector<std::string> notes;
    const std::string gift = gift::exportModule(*l.module, &notes);
    CHECK(gift.find("Order these") == std::string::npos);
    CHECK(gift.find("~%50%A") != std::string::npos);
    CHECK(gift.find("~%-100%C") != std::string::npos);
    CHECK(notes.size() == 3);
}
