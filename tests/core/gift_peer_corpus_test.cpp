// The gift-pegjs corpus (tests/data/gift-pegjs, MIT; or $LECTERN_GIFT_PEGJS_DIR): every GIFT
// file read by Lectern's importer and compared, question by question, with the JSON parse that
// project expects: type, title, id, tags, stem, answers (text, right/wrong, weight, feedback),
// true/false answer and feedbacks, numeric values, matching pairs, general feedback.
//
// Deliberate divergences (also in docs/gift.md), each applied to the expected side below:
//  D1 HTML (formats html and moodle) is never kept: Lectern turns it into text (gift::htmlToText),
//     so the expected texts are compared after the same conversion.
//  D2 Whitespace: runs of spaces and line breaks in texts compare as one space.
//  D3 True/false feedback follows Moodle, not gift-pegjs: in {TRUE#a#b} Moodle shows `a` for a
//     wrong answer (picking false) and `b` for the right one; gift-pegjs calls `a` the
//     trueFeedback whatever the answer. Lectern matches gift-pegjs for FALSE (where both agree)
//     and swaps for TRUE.
//  D4 Categories are not questions: a gift-pegjs "Category" entry is checked as the category of
//     the questions after it.
//  D5 An empty feedback ("#" with nothing after) is no feedback (gift-pegjs keeps "").
#include "gift/gift_import.h"
#include "gift/gift_parser.h"
#include "load_test_util.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdlib>
#include <filesystem>

using namespace lectern;
using nlohmann::json;
namespace fs = std::filesystem;

namespace {

fs::path corpusDir() {
    if (const char* env = std::getenv("LECTERN_GIFT_PEGJS_DIR"); env && *env) return env;
    return fs::path(test::dataDir()) / "gift-pegjs" / "questions";
}

std::string squash(const std::string& s) {
    std::string out;
    bool space = false;
    for (char c : s) {
        if (c == ' ' || c == '\n' || c == '\t' || c == '\r') { space = true; continue; }
        if (space && !out.empty()) out += ' ';
        space = false;
        out += c;
    }
    return out;
}

// The expected text of a {format, text} object, under D1 and D2.
std::string expectedText(const json& t) {
    if (t.is_null()) return {};
    if (t.is_string()) return squash(t.get<std::string>());
    std::string text = t.value("text", "");
    const std::string format = t.value("format", "moodle");
    if ((format == "html" || format == "moodle") &&
        (text.find('<') != std::string::npos || text.find('&') != std::string::npos))
        text = gift::htmlToText(text);
    return squash(text);
}

// gift-pegjs writes a missing-word stem as "before _____ after".
std::string stemOf(const gift::Question& q) {
    if (q.stemAfter.empty()) return squash(q.stem);
    return squash(q.stem.empty() ? "_____ " + q.stemAfter : q.stem + " _____ " + q.stemAfter);
}

void compareNumber(const json& expected, const gift::Answer& a) {
    if (expected.contains("text")) {  // "~#feedback": gift-pegjs writes the catch-all as text "*"
        CHECK(a.text == expected["text"].get<std::string>());
        return;
    }
    const std::string type = expected.value("type", "");
    if (type == "simple") {
        CHECK(a.number == Approx(expected["number"].get<double>()));
        CHECK(a.tolerance == 0);
    } else if (type == "range") {
        CHECK(a.number == Approx(expected["number"].get<double>()));
        CHECK(a.tolerance == Approx(expected["range"].get<double>()));
    } else if (type == "high-low") {
        CHECK(a.range);
        CHECK(a.min == Approx(expected["numberLow"].get<double>()));
        CHECK(a.max == Approx(expected["numberHigh"].get<double>()));
    } else {
        FAIL("unknown numeric form " << type);
    }
}

void compareQuestion(const json& e, const gift::Question& q) {
    const std::string type = e["type"];
    CHECK(gift::kindName(q.kind) == type);
    CHECK(q.title == (e["title"].is_null() ? "" : e["title"].get<std::string>()));
    CHECK(q.id == (e.value("id", json()).is_null() ? "" : e["id"].get<std::string>()));
    std::vector<std::string> tags;
    if (e.contains("tags") && e["tags"].is_array()) tags = e["tags"].get<std::vector<std::string>>();
    CHECK(q.tags == tags);
    CHECK(stemOf(q) == expectedText(e["stem"]));
    CHECK(squash(q.generalFeedback) == expectedText(e.value("globalFeedback", json())));
    if (type == "TF") {
        CHECK(q.truth == e["isTrue"].get<bool>());
        // D3: Moodle's order. trueFeedback = shown when the learner picks "true".
        const std::string onTrue = squash(q.truth ? q.rightFeedback : q.wrongFeedback);
        const std::string onFalse = squash(q.truth ? q.wrongFeedback : q.rightFeedback);
        if (q.truth) {  // gift-pegjs: first = trueFeedback; Moodle: first = wrong = shown on false
            CHECK(onFalse == expectedText(e["trueFeedback"]));
            CHECK(onTrue == expectedText(e["falseFeedback"]));
        } else {
            CHECK(onTrue == expectedText(e["trueFeedback"]));
            CHECK(onFalse == expectedText(e["falseFeedback"]));
        }
    } else if (type == "MC" || type == "Short") {
        const json& choices = e["choices"];
        REQUIRE(q.answers.size() == choices.size());
        for (size_t i = 0; i < q.answers.size(); ++i) {
            INFO("answer " << i + 1);
            const gift::Answer& a = q.answers[i];
            CHECK(a.correct == choices[i]["isCorrect"].get<bool>());
            if (choices[i]["weight"].is_null()) CHECK_FALSE(a.weight.has_value());
            else {
                REQUIRE(a.weight.has_value());
                CHECK(*a.weight == Approx(choices[i]["weight"].get<double>()));
            }
            CHECK(squash(a.text) == expectedText(choices[i]["text"]));
            CHECK(squash(a.feedback) == expectedText(choices[i]["feedback"]));
        }
    } else if (type == "Numerical") {
        const json& choices = e["choices"];
        if (choices.is_object()) {
            REQUIRE(q.answers.size() == 1);
            compareNumber(choices, q.answers[0]);
        } else {
            REQUIRE(q.answers.size() == choices.size());
            for (size_t i = 0; i < q.answers.size(); ++i) {
                INFO("answer " << i + 1);
                const gift::Answer& a = q.answers[i];
                compareNumber(choices[i]["text"], a);
                if (!choices[i]["weight"].is_null()) {
                    REQUIRE(a.weight.has_value());
                    CHECK(*a.weight == Approx(choices[i]["weight"].get<double>()));
                }
                CHECK(squash(a.feedback) == expectedText(choices[i]["feedback"]));
            }
        }
    } else if (type == "Matching") {
        const json& pairs = e["matchPairs"];
        REQUIRE(q.answers.size() == pairs.size());
        for (size_t i = 0; i < q.answers.size(); ++i) {
            CHECK(squash(q.answers[i].left) == expectedText(pairs[i]["subquestion"]));
            CHECK(squash(q.answers[i].text) == squash(pairs[i]["subanswer"].get<std::string>()));
        }
    }
}

} // namespace

TEST_CASE("the gift-pegjs corpus: every question as gift-pegjs reads it, divergences listed", "[gift][peer]") {
    const fs::path dir = corpusDir();
    REQUIRE(fs::is_directory(dir));
    std::vector<fs::path> files;
    for (const auto& e : fs::directory_iterator(dir))
        if (e.path().extension() == ".gift") files.push_back(e.path());
    std::sort(files.begin(), files.end());
    CHECK(files.size() == 51);
    for (const fs::path& gift : files) {
        DYNAMIC_SECTION(gift.filename().string()) {
            fs::path jsonPath = gift;
            jsonPath.replace_extension(".json");
            REQUIRE(fs::exists(jsonPath));
            const json expected = json::parse(test::readText(jsonPath.string()));
            CHECK_FALSE(expected.empty());
            Diagnostics diags;
            const gift::Bank bank = gift::parseGift(test::readText(gift.string()), gift.filename().string(), diags);
            INFO(test::formatted(diags).size() << " diagnostics; first: "
                                               << (diags.empty() ? std::string() : diags.items()[0].format()));
            CHECK_FALSE(diags.hasErrors());
            size_t next = 0;
            std::string category;
            for (const json& e : expected) {
                if (e["type"] == "Category") {  // D4
                    category = e["title"].get<std::string>();
                    continue;
                }
                INFO("question " << next + 1 << ": " << e.dump().substr(0, 200));
                REQUIRE(next < bank.questions.size());
                const gift::Question& q = bank.questions[next++];
                CHECK(q.category == category);
                compareQuestion(e, q);
            }
            CHECK(next == bank.questions.size());
            // And the module it becomes loads without an error (what `lectern check` would say).
            gift::WriteOptions opt;
            opt.moduleId = "peer";
            const gift::ImportResult r = gift::importGift(test::readText(gift.string()), gift.filename().string(), opt);
            if (bank.questions.empty()) {
                CHECK_FALSE(r.ok);  // only a $CATEGORY: nothing to import
            } else {
                INFO(r.markdown);
                REQUIRE(r.ok);
                const ModuleLoad l = parseModuleText(r.markdown, "peer.md");
                INFO(test::messages(l));
                CHECK_FALSE(l.diagnostics.hasErrors());
            }
        }
    }
}
