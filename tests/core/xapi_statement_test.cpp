// The one mapping from a recorded event to xAPI statements (xapi/statement.h): what an LRS and
// the people reading it would see. The statements are also run through Learning Locker's
// validator by tests/e2e/xapi_validation_test.sh.
#include "xapi_test_course.h"

#include "quiz/responses.h"
#include "quiz/scoring.h"
#include "store_test_support.h"
#include "xapi/activity_iri.h"
#include "xapi/statement.h"
#include "xapi/vocabulary.h"

#include <map>
#include <regex>
#include <set>

using namespace lectern;
using nlohmann::json;

namespace {

const char* kLearner = "0d7f3c2a-5b1e-4f6a-9c3d-2e8b7a6f5d4c";
const char* kEvent = "9b2e4c1d-7a3f-4e5b-8c6d-1f0a2b3c4d5e";
const int64_t kTime = 1795000000123;  // ends in .123Z

xapi::EventRecord row(const std::string& kind, const std::string& module, const std::string& item, json result,
                      const std::string& verb = "") {
    return {kEvent, kLearner, "xapi-check", module, item, kind, verb, result.dump(), kTime};
}

std::vector<json> parsed(const std::vector<std::string>& statements) {
    std::vector<json> out;
    for (const auto& s : statements) out.push_back(json::parse(s));
    return out;
}

// The learner's right answers to every question of `quiz`, and the attempt's result column.
json attemptResult(const Quiz& quiz, quiz::Responses& responses, bool allRight) {
    for (const Question& q : quiz.questions) {
        switch (q.type) {
        case QuestionType::Single: responses[q.id] = quiz::ChoiceAnswer{allRight ? "yes" : "no"}; break;
        case QuestionType::Multiple: responses[q.id] = quiz::ChoiceSetAnswer{{q.choices[0].id, q.choices[2].id}}; break;
        case QuestionType::TrueFalse: responses[q.id] = quiz::ChoiceAnswer{"false"}; break;
        case QuestionType::ShortText: responses[q.id] = quiz::TextAnswer{"Group of governmental experts"}; break;
        case QuestionType::Numeric: responses[q.id] = quiz::NumberAnswer{11.25}; break;
        case QuestionType::Ordering: {
            quiz::OrderAnswer a;
            for (const Choice& c : q.choices) a.itemIds.push_back(c.id);
            responses[q.id] = a;
            break;
        }
        case QuestionType::Matching: {
            quiz::MatchAnswer a;
            for (const MatchPair& p : q.pairs) a.rightOf[p.id] = p.id;
            responses[q.id] = a;
            break;
        }
        }
    }
    quiz::QuizResult scored = quiz::scoreQuiz(quiz, responses);
    return {{"score", {{"raw", scored.score}, {"min", 0}, {"max", scored.maxScore}, {"scaled", scored.score / scored.maxScore}}},
            {"success", scored.passed},
            {"completion", true},
            {"extensions", {{xapi::vocab::responsesExtension, json::parse(quiz::responsesToJson(quiz, responses))}}}};
}

void checkCommonShape(const json& s, const std::string& homePage) {
    INFO(s.dump());
    CHECK(s["actor"] == json{{"objectType", "Agent"}, {"account", {{"homePage", homePage}, {"name", kLearner}}}});
    CHECK(std::regex_match(s["timestamp"].get<std::string>(), std::regex(R"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z)")));
    CHECK(std::regex_match(s["id"].get<std::string>(),
                           std::regex("[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}")));
    CHECK(s["context"]["platform"] == "Lectern");
    if (s.contains("result") && s["result"].contains("response")) CHECK(s["result"]["response"].is_string());
    std::vector<std::string> iris;
    xapi_test::collectIris(s, "", iris);
    CHECK(iris.size() >= 3);
    for (const auto& iri : iris) {
        INFO(iri);
        CHECK(xapi_test::isIri(iri));
    }
}

} // namespace

TEST_CASE("xapi: a quiz attempt is one passed/failed statement plus one answered statement per question", "[xapi]") {
    store_test::TempDir dir;
    xapi_test::makeCourse(dir.path(), xapi_test::kCourseYaml);
    auto course = xapi_test::loadOk(dir.path());
    const Module& m = *course->modules[0];
    const Quiz& quiz = m.quizzes.at(0);
    quiz::Responses responses;
    json result = attemptResult(quiz, responses, true);
    const xapi::StatementContext ctx = xapi::contextFor(course);

    std::vector<std::string> text = xapi::renderStatements(row("quiz_attempt", m.meta.id, quiz.id, result), ctx);
    std::vector<json> st = parsed(text);
    REQUIRE(st.size() == 1 + quiz.questions.size());
    for (const json& s : st) checkCommonShape(s, "https://learners.lectern.example");

    const std::string quizIri = "https://lectern.example/courses/xapi-check/modules/every-block/quizzes/every-quiz";
    CHECK(st[0]["id"] == kEvent);
    CHECK(st[0]["verb"]["id"] == (result["success"].get<bool>() ? xapi::vocab::passed : xapi::vocab::failed));
    CHECK(st[0]["object"]["id"] == quizIri);
    CHECK(st[0]["object"]["definition"]["type"] == xapi::vocab::assessmentType);
    CHECK(st[0]["result"]["score"]["max"] == result["score"]["max"]);
    CHECK_FALSE(st[0]["result"].contains("response"));
    CHECK(st[0]["context"]["contextActivities"]["parent"][0]["id"] == "https://lectern.example/courses/xapi-check/modules/every-block");
    CHECK(st[0]["context"]["contextActivities"]["grouping"][0]["id"] == "https://lectern.example/courses/xapi-check");

    std::map<std::string, json> byQuestion;
    std::set<std::string> ids;
    for (size_t i = 1; i < st.size(); ++i) {
        const json& s = st[i];
        CHECK(s["verb"]["id"] == xapi::vocab::answered);
        CHECK(s["context"]["statement"] == json{{"objectType", "StatementRef"}, {"id", kEvent}});
        CHECK(s["context"]["contextActivities"]["parent"][0]["id"] == quizIri);
        CHECK(s["timestamp"] == st[0]["timestamp"]);
        ids.insert(s["id"].get<std::string>());
        std::string oid = s["object"]["id"];
        byQuestion[oid.substr(oid.rfind('/') + 1)] = s;
    }
    CHECK(ids.size() == quiz.questions.size());  // one id per question, none the event's
    CHECK(ids.count(kEvent) == 0);

    auto def = [&](const char* q) { return byQuestion.at(q)["object"]["definition"]; };
    auto response = [&](const char* q) { return byQuestion.at(q)["result"]["response"].get<std::string>(); };
    const Question& multiple = quiz.questions[1];
    const Question& ordering = quiz.questions[5];
    const Question& matching = quiz.questions[6];

    CHECK(def("q-single")["interactionType"] == "choice");
    CHECK(def("q-single")["correctResponsesPattern"] == json::array({"yes"}));
    CHECK(def("q-single")["choices"][0] == json{{"id", "yes"}, {"description", {{"en", "The right one"}}}});
    CHECK(def("q-single")["description"] == json{{"en", "Pick one."}});
    CHECK(response("q-single") == "yes");
    CHECK(byQuestion.at("q-single")["result"]["success"] == true);
    CHECK(byQuestion.at("q-single")["result"]["score"]["raw"] == 2);

    CHECK(def("q-multiple")["interactionType"] == "choice");
    CHECK(response("q-multiple") == multiple.choices[0].id + "[,]" + multiple.choices[2].id);
    CHECK(def("q-multiple")["correctResponsesPattern"][0] == response("q-multiple"));

    CHECK(def("q-tf")["interactionType"] == "true-false");
    CHECK_FALSE(def("q-tf").contains("choices"));
    CHECK(def("q-tf")["correctResponsesPattern"] == json::array({"false"}));
    CHECK(response("q-tf") == "false");

    CHECK(def("q-short")["interactionType"] == "fill-in");
    CHECK(def("q-short")["correctResponsesPattern"] ==
          json::array({"{case_matters=false}GGE", "{case_matters=false}Group of Governmental Experts"}));
    CHECK(response("q-short") == "Group of governmental experts");

    CHECK(def("q-numeric")["interactionType"] == "numeric");
    CHECK(def("q-numeric")["correctResponsesPattern"] == json::array({"10.5[:]11.5"}));
    CHECK(response("q-numeric") == "11.25");

    CHECK(def("q-order")["interactionType"] == "sequencing");
    CHECK(def("q-order")["choices"].size() == 3);
    CHECK(response("q-order") ==
          ordering.choices[0].id + "[,]" + ordering.choices[1].id + "[,]" + ordering.choices[2].id);

    CHECK(def("q-match")["interactionType"] == "matching");
    CHECK(def("q-match")["source"].size() == 2);
    CHECK(def("q-match")["target"].size() == 2);
    const std::string p0 = matching.pairs[0].id, p1 = matching.pairs[1].id;
    CHECK(response("q-match") == p0 + "[.]" + p0 + "[,]" + p1 + "[.]" + p1);
    CHECK(def("q-match")["correctResponsesPattern"][0] == response("q-match"));

    // Rendered again: byte for byte the same (ids are derived, not drawn).
    CHECK(xapi::renderStatements(row("quiz_attempt", m.meta.id, quiz.id, result), ctx) == text);
}

TEST_CASE("xapi: every kind of event has its verb, object and result, and names never reach the actor", "[xapi]") {
    store_test::TempDir dir;
    xapi_test::makeCourse(dir.path(), xapi_test::kCourseYaml);
    auto course = xapi_test::loadOk(dir.path());
    const Module& m = *course->modules[0];
    const xapi::StatementContext ctx = xapi::contextFor(course);
    const std::string base = "https://lectern.example/courses/xapi-check/modules/every-block";
    const std::string section = m.sections.at(0).id;
    struct Case {
        const char* kind;
        std::string item;
        json result;
        const char* verb;
        std::string object;
    };
    std::vector<Case> cases = {
        {"section_read", section, {{"completion", true}}, xapi::vocab::experienced, base + "/sections/" + section},
        {"time_on_task", section, {{"duration", "PT12.500S"}}, xapi::vocab::progressed, base + "/sections/" + section},
        {"resume_point", section, {{"extensions", {{xapi::vocab::scrollExtension, 640}}}}, xapi::vocab::suspended, base + "/sections/" + section},
        {"quiz_draft", "every-quiz", {{"completion", false}, {"extensions", {{xapi::vocab::responsesExtension, {{"q-single", "yes"}}}}}},
         xapi::vocab::progressed, base + "/quizzes/every-quiz"},
        {"reflection", "every-reflection", {{"response", "Trust is built slowly."}}, xapi::vocab::responded, base + "/reflections/every-reflection"},
        {"bookmark", section, {{"extensions", {{xapi::vocab::bookmarkOnExtension, false}}}}, xapi::vocab::bookmarked, base + "/sections/" + section},
        {"note", section, {{"response", "Read again."}}, xapi::vocab::commented, base + "/sections/" + section},
    };
    for (const Case& c : cases) {
        INFO(c.kind);
        std::vector<json> st = parsed(xapi::renderStatements(row(c.kind, m.meta.id, c.item, c.result), ctx));
        REQUIRE(st.size() == 1);
        checkCommonShape(st[0], "https://learners.lectern.example");
        CHECK(st[0]["verb"]["id"] == c.verb);
        CHECK(st[0]["object"]["id"] == c.object);
        CHECK(st[0]["result"] == c.result);
    }
    std::vector<json> settings = parsed(xapi::renderStatements(
        row("settings", "", "", {{"extensions", {{xapi::vocab::settingsExtension, {{"theme", "dark"}}}}}}), ctx));
    REQUIRE(settings.size() == 1);
    CHECK(settings[0]["object"]["id"] == "https://lectern.example/courses/xapi-check/settings");
    CHECK(settings[0]["verb"]["id"] == xapi::vocab::adjusted);

    // A reflection's statement is a long-fill-in interaction with the prompt.
    json reflection = parsed(xapi::renderStatements(row("reflection", m.meta.id, "every-reflection", {{"response", "x"}}), ctx))[0];
    CHECK(reflection["object"]["definition"]["interactionType"] == "long-fill-in");
    CHECK(reflection["object"]["definition"]["description"]["en"] == m.reflections.at(0).prompt);
}

TEST_CASE("xapi: rows written before schema v4 render in today's shapes", "[xapi]") {
    // The shapes command_writer.cpp stored up to v3: Lectern names as extension keys, a quiz's
    // answers as a JSON object in "response", no kind column.
    const xapi::StatementContext ctx = xapi::contextForId("un-cyber");
    auto one = [&](const char* verb, const std::string& item, json result) {
        xapi::EventRecord r{kEvent, kLearner, "un-cyber", "history", item, "", verb, result.dump(), kTime};
        return parsed(xapi::renderStatements(r, ctx));
    };
    auto resume = one(xapi::vocab::suspended, "intro", {{"extensions", {{"scrollY", 120.5}}}});
    REQUIRE(resume.size() == 1);
    CHECK(resume[0]["result"]["extensions"] == json{{xapi::vocab::scrollExtension, 120.5}});
    CHECK(resume[0]["object"]["id"] == "urn:lectern:course:un-cyber/modules/history/sections/intro");
    checkCommonShape(resume[0], xapi::defaultHomePage);

    auto time = one(xapi::vocab::progressed, "intro", {{"duration", "PT42.500S"}});
    CHECK(time[0]["object"]["id"] == "urn:lectern:course:un-cyber/modules/history/sections/intro");
    auto draft = one(xapi::vocab::progressed, "check-1", {{"completion", false}, {"response", {{"q1", "a"}}}});
    CHECK(draft[0]["object"]["id"] == "urn:lectern:course:un-cyber/modules/history/quizzes/check-1");
    CHECK_FALSE(draft[0]["result"].contains("response"));

    auto bookmark = one(xapi::vocab::bookmarked, "intro", {{"extensions", {{"on", true}}}});
    CHECK(bookmark[0]["result"]["extensions"] == json{{xapi::vocab::bookmarkOnExtension, true}});
    auto settings = one(xapi::vocab::adjusted, "", {{"extensions", {{"settings", {{"theme", "dark"}}}}}});
    CHECK(settings[0]["result"]["extensions"] == json{{xapi::vocab::settingsExtension, {{"theme", "dark"}}}});

    // The quiz: its course is not at hand, so the questions' statements carry their answers in
    // the cmi formats without a definition.
    json result = {{"score", {{"raw", 3}, {"min", 0}, {"max", 4}, {"scaled", 0.75}}},
                   {"success", true},
                   {"completion", true},
                   {"response", {{"q1", "b"}, {"q2", {"a", "c"}}, {"q3", 11.5}, {"q4", true}, {"q5", {{"l1", "p2"}}}}}};
    auto quiz = one(xapi::vocab::answered, "check-1", result);
    REQUIRE(quiz.size() == 6);
    CHECK(quiz[0]["verb"]["id"] == xapi::vocab::passed);
    CHECK_FALSE(quiz[0]["result"].contains("response"));
    CHECK(quiz[0]["result"]["extensions"][xapi::vocab::responsesExtension] == result["response"]);
    std::map<std::string, std::string> responses;
    for (size_t i = 1; i < quiz.size(); ++i) {
        checkCommonShape(quiz[i], xapi::defaultHomePage);
        CHECK(quiz[i]["object"]["definition"] == json{{"type", xapi::vocab::interactionType}});
        std::string id = quiz[i]["object"]["id"];
        responses[id.substr(id.rfind('/') + 1)] = quiz[i]["result"]["response"];
    }
    CHECK(responses == std::map<std::string, std::string>{{"q1", "b"}, {"q2", "a[,]c"}, {"q3", "11.5"}, {"q4", "true"}, {"q5", "l1[.]p2"}});
}

TEST_CASE("xapi: a question gone from the course still gives its answered statement, without a definition", "[xapi]") {
    store_test::TempDir dir;
    xapi_test::makeCourse(dir.path(), xapi_test::kCourseYaml);
    auto course = xapi_test::loadOk(dir.path());
    const Quiz& quiz = course->modules[0]->quizzes.at(0);
    json result = {{"success", false},
                   {"extensions", {{xapi::vocab::responsesExtension, {{"q-single", "no"}, {"retired-question", "x"}}}}}};
    auto st = parsed(xapi::renderStatements(row("quiz_attempt", "every-block", quiz.id, result), xapi::contextFor(course)));
    REQUIRE(st.size() == 3);
    CHECK(st[0]["verb"]["id"] == xapi::vocab::failed);
    CHECK(st[1]["object"]["definition"]["interactionType"] == "choice");
    CHECK(st[1]["result"]["success"] == false);
    CHECK(st[2]["object"]["id"].get<std::string>().ends_with("/questions/retired-question"));
    CHECK(st[2]["object"]["definition"] == json{{"type", xapi::vocab::interactionType}});
    CHECK(st[2]["result"]["response"] == "x");
}

TEST_CASE("xapi: the course IRI and home page come from course.yaml, with documented defaults", "[xapi]") {
    store_test::TempDir dir;
    xapi_test::makeCourse(dir.path(), "id: plain\ntitle: Plain\nlanguage: fr\nmodules: [every-block]\n");
    auto course = xapi_test::loadOk(dir.path());
    xapi::StatementContext ctx = xapi::contextFor(course);
    CHECK(ctx.courseIri == "urn:lectern:course:plain");
    CHECK(ctx.homePage == "urn:lectern:learners");
    CHECK(ctx.language == "fr");
    CHECK(xapi::moduleIri(ctx.courseIri, "every-block") == "urn:lectern:course:plain/modules/every-block");
    CHECK(xapi::sectionIri("https://x.example/c/", "m", "a b/c") == "https://x.example/c/modules/m/sections/a%20b%2Fc");

    for (const char* bad : {"not an iri", "https://x.example/c?x=1", "https://x.example/c#top", "://x", "1http://x"}) {
        INFO(bad);
        store_test::TempDir d2;
        xapi_test::makeCourse(d2.path(), std::string("id: c\ntitle: C\niri: \"") + bad + "\"\nmodules: [every-block]\n");
        LoadResult r = loadCourse(d2.path());
        bool found = false;
        for (const Diagnostic& d : r.diagnostics.items())
            if (d.format().find("course.yaml:3:") != std::string::npos && d.format().find("'iri'") != std::string::npos) found = true;
        CHECK(found);
        CHECK(r.course->iri.empty());
    }
}
