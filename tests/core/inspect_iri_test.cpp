// `lectern inspect --json` gives every module, section, quiz, question and reflection its
// xAPI activity IRI: the same across runs and across an author's edit that keeps the ids, and
// the same IRI the statements use.
#include "xapi_test_course.h"

#include "export/inspect_json.h"
#include "store_test_support.h"
#include "xapi/statement.h"

#include <fstream>

using namespace lectern;
using nlohmann::json;

namespace {

// "kind id -> iri" for everything inspect lists.
std::map<std::string, std::string> irisOf(const json& j) {
    std::map<std::string, std::string> out;
    out["course"] = j["course"]["iri"];
    for (const auto& m : j["modules"]) {
        const std::string mid = m["id"];
        out["module " + mid] = m["iri"];
        for (const auto& s : m["sections"]) out["section " + mid + "/" + s["id"].get<std::string>()] = s["iri"];
        for (const auto& r : m["reflections"]) out["reflection " + mid + "/" + r["id"].get<std::string>()] = r["iri"];
        for (const auto& q : m["quizzes"]) {
            out["quiz " + mid + "/" + q["id"].get<std::string>()] = q["iri"];
            for (const auto& question : q["questions"])
                out["question " + mid + "/" + q["id"].get<std::string>() + "/" + question["id"].get<std::string>()] = question["iri"];
        }
    }
    return out;
}

} // namespace

TEST_CASE("inspect --json: activity IRIs, stable across runs and edits that keep ids", "[xapi][inspect]") {
    store_test::TempDir dir;
    xapi_test::makeCourse(dir.path(), xapi_test::kCourseYaml);
    auto course = xapi_test::loadOk(dir.path());
    const std::string first = inspectJson(*course);
    std::map<std::string, std::string> iris = irisOf(json::parse(first));

    CHECK(iris.at("course") == "https://lectern.example/courses/xapi-check");
    CHECK(iris.at("module every-block") == "https://lectern.example/courses/xapi-check/modules/every-block");
    CHECK(iris.at("quiz every-block/every-quiz") == "https://lectern.example/courses/xapi-check/modules/every-block/quizzes/every-quiz");
    CHECK(iris.at("question every-block/every-quiz/q-match") ==
          "https://lectern.example/courses/xapi-check/modules/every-block/quizzes/every-quiz/questions/q-match");
    CHECK(iris.at("reflection every-block/every-reflection") ==
          "https://lectern.example/courses/xapi-check/modules/every-block/reflections/every-reflection");
    CHECK(iris.count("section every-block/prose") == 1);
    const size_t questions = course->modules[0]->quizzes[0].questions.size();
    CHECK(iris.size() == 2 + course->modules[0]->sections.size() + 1 + 1 + questions);
    std::set<std::string> distinct;
    for (const auto& [what, iri] : iris) {
        INFO(what << " " << iri);
        CHECK(xapi_test::isIri(iri));
        distinct.insert(iri);
    }
    CHECK(distinct.size() == iris.size());

    // A second run prints exactly the same.
    CHECK(inspectJson(*xapi_test::loadOk(dir.path())) == first);

    // The author edits prose, a title, a prompt and moves a paragraph; ids stay: so do the IRIs.
    const auto md = dir.path() / "modules" / "every-block" / "module.md";
    std::string text = store_test::readBytes(md.string());
    auto replace = [&](const std::string& from, const std::string& to) {
        size_t at = text.find(from);
        REQUIRE(at != std::string::npos);
        text.replace(at, from.size(), to);
    };
    replace("title: Every block kind", "title: Every block kind, revised");
    replace("prompt: Pick one.", "prompt: Pick exactly one answer.");
    replace("## Quiz\n", "## Quiz\n\nA new paragraph before the quiz, with *emphasis*.\n");
    store_test::writeBytes(md.string(), text);
    auto edited = xapi_test::loadOk(dir.path());
    const std::string after = inspectJson(*edited);
    CHECK(after != first);
    CHECK(irisOf(json::parse(after)) == iris);

    // The statements point at the same activities.
    xapi::EventRecord e{"9b2e4c1d-7a3f-4e5b-8c6d-1f0a2b3c4d5e", "0d7f3c2a-5b1e-4f6a-9c3d-2e8b7a6f5d4c", "xapi-check",
                        "every-block", "every-reflection", "reflection", "", R"({"response":"x"})", 0};
    json s = json::parse(xapi::renderStatements(e, xapi::contextFor(edited)).at(0));
    CHECK(s["object"]["id"] == iris.at("reflection every-block/every-reflection"));
}
