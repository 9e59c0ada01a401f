// `lectern check` and `lectern inspect` as an author runs them: output lines, summary and
// exit codes (the CLI wrappers in runtime/app only forward to these functions).
#include "check/check_command.h"
#include "load_test_util.h"

#include <nlohmann/json.hpp>

#include <cstdio>

using namespace lectern;

namespace {

struct Run {
    int code = -1;
    std::string out, err;
};

std::string slurp(FILE* f) {
    std::rewind(f);
    std::string s;
    char buf[4096];
    for (size_t n; (n = std::fread(buf, 1, sizeof buf, f)) > 0;) s.append(buf, n);
    std::fclose(f);
    return s;
}

Run run(bool inspect, const std::vector<std::string>& args, const std::string& defaultDir = "") {
    FILE* out = std::tmpfile();
    FILE* err = std::tmpfile();
    REQUIRE((out && err));
    // "--json" is the one option; the command line itself is parsed (and tested) in the app.
    std::vector<std::string> paths;
    bool json = false;
    for (const std::string& a : args) {
        if (a == "--json") json = true;
        else paths.push_back(a);
    }
    Run r;
    r.code = inspect ? runInspectCommand(paths, json, defaultDir, out, err) : runCheckCommand(paths, defaultDir, out, err);
    r.out = slurp(out);
    r.err = slurp(err);
    return r;
}

} // namespace

TEST_CASE("check: a clean course exits 0 with a summary on stderr", "[check]") {
    const Run r = run(false, {test::dataDir() + "/courses/demo"});
    CHECK(r.code == 0);
    CHECK(r.out.empty());
    CHECK(r.err == "2 modules, 0 errors, 0 warnings\n");
}

TEST_CASE("check: the default path is the bundled course directory", "[check]") {
    const Run r = run(false, {}, test::dataDir() + "/courses/demo");
    CHECK(r.code == 0);
    CHECK(r.err == "2 modules, 0 errors, 0 warnings\n");
}

TEST_CASE("check: problems print GCC-style, one per line, and exit 1", "[check]") {
    const std::string dir = test::dataDir() + "/modules/quiz-few-items";
    const Run r = run(false, {dir});
    CHECK(r.code == 1);
    const std::string first = dir + "/module.md:9:5: error: question 'order-one' needs at least 2 items to order";
    CHECK(r.out.rfind(first, 0) == 0);
    CHECK(std::count(r.out.begin(), r.out.end(), '\n') == 5);
    CHECK(r.err == "1 module, 5 errors, 0 warnings\n");
}

TEST_CASE("check: warnings alone exit 0", "[check]") {
    test::TempDir tmp;
    tmp.write("m/module.md", "---\nid: m\ntitle: T\ncolour: blue\n---\n\nText.\n");
    const Run r = run(false, {tmp.str() + "/m/module.md"});
    CHECK(r.code == 0);
    CHECK(r.out == tmp.str() + "/m/module.md:4:1: warning: unknown key 'colour' in front matter (known keys: id title version "
                                "summary estimated_minutes objectives language prerequisites reviewed)\n");
    CHECK(r.err == "1 module, 0 errors, 1 warning\n");
}

TEST_CASE("check: several paths are checked together", "[check]") {
    const Run r = run(false, {test::dataDir() + "/courses/demo", test::dataDir() + "/modules/every-block",
                              test::dataDir() + "/modules/nul-bytes/module.md"});
    CHECK(r.code == 1);
    CHECK(r.err == "4 modules, 1 error, 1 warning\n");  // every-block's raw HTML block is not rendered
    CHECK(r.out.find("every-block/module.md:41:1: warning: raw HTML is not rendered") != std::string::npos);
}

// Usage errors (unknown options, missing paths, --help) are the app's parser's: see
// tests/e2e/check_cli_test.sh and app_cli_test.sh.

TEST_CASE("check: a folder that is neither a course nor a module is an error", "[check]") {
    test::TempDir tmp;
    tmp.write("notes.txt", "x");
    const Run r = run(false, {tmp.str()});
    CHECK(r.code == 1);
    CHECK(r.out.find("is neither a course folder") != std::string::npos);
}

TEST_CASE("inspect --json: ids, lines, types and words of the demo course", "[check][inspect]") {
    const Run r = run(true, {"--json", test::dataDir() + "/courses/demo"});
    CHECK(r.code == 0);
    const nlohmann::json j = nlohmann::json::parse(r.out);
    REQUIRE(j["modules"].size() == 2);
    const auto& intro = j["modules"][0];
    CHECK(intro["id"] == "intro");
    CHECK(intro["title"] == "Introduction");
    CHECK(intro["reviewed"] == "2026-11-30");
    CHECK(intro["file"] == test::dataDir() + "/courses/demo/modules/intro/module.md");
    REQUIRE(intro["sections"].size() == 3);
    CHECK(intro["sections"][0]["id"] == "overview");
    CHECK(intro["sections"][1] ==
          nlohmann::json({{"id", "background"}, {"iri", "urn:lectern:course:demo-course/modules/intro/sections/background"}, {"title", "Background"}, {"line", 11}}));
    CHECK(intro["reflections"] ==
          nlohmann::json::array({{{"id", "intro-thoughts"}, {"iri", "urn:lectern:course:demo-course/modules/intro/reflections/intro-thoughts"}, {"line", 15}}}));
    REQUIRE(intro["quizzes"].size() == 1);
    CHECK(intro["quizzes"][0]["id"] == "intro-quiz");
    CHECK(intro["quizzes"][0]["questions"][0] ==
          nlohmann::json({{"id", "q1"}, {"iri", "urn:lectern:course:demo-course/modules/intro/quizzes/intro-quiz/questions/q1"}, {"type", "true_false"}, {"line", 25}}));
    CHECK(intro["words"].get<int>() > 20);
    REQUIRE(j["glossary"].size() == 2);
    CHECK(j["glossary"][0]["term"] == "GGE");
}

TEST_CASE("inspect --json: every question type name", "[check][inspect]") {
    const Run r = run(true, {"--json", test::dataDir() + "/modules/every-block"});
    CHECK(r.code == 0);
    const nlohmann::json j = nlohmann::json::parse(r.out);
    std::vector<std::string> types;
    for (const auto& q : j["modules"][0]["quizzes"][0]["questions"]) types.push_back(q["type"]);
    CHECK(types == std::vector<std::string>{"single", "multiple", "true_false", "short_text", "numeric", "ordering", "matching"});
}

TEST_CASE("inspect: errors go to stderr, the outline still prints, exit 1", "[check][inspect]") {
    const Run r = run(true, {"--json", test::dataDir() + "/modules/quiz-answer-keys"});
    CHECK(r.code == 1);
    CHECK(nlohmann::json::parse(r.out)["modules"][0]["id"] == "quiz-answer-keys");
    CHECK(r.err.find("error: question 'no-correct' has no correct answer") != std::string::npos);
    const Run text = run(true, {test::dataDir() + "/courses/demo"});
    CHECK(text.code == 0);
    CHECK(text.out.find("module intro: Introduction") != std::string::npos);
}

TEST_CASE("check: content/course.yaml or glossary.md alone checks its course, reports that file", "[check]") {
    const std::string dir = test::dataDir() + "/courses/broken/content";
    const Run r = run(false, {dir + "/course.yaml"});
    CHECK(r.code == 1);
    CHECK(std::count(r.out.begin(), r.out.end(), '\n') == 5);
    CHECK(r.out.find(dir + "/course.yaml:5:5: error: module 'missing-one' is listed") != std::string::npos);
    CHECK(r.out.find("glossary.md") == std::string::npos);
    const Run g = run(false, {dir + "/glossary.md"});
    CHECK(g.code == 1);
    CHECK(std::count(g.out.begin(), g.out.end(), '\n') == 2);
}

TEST_CASE("check: text in a script no font draws is a warning at its first character, once per script", "[check][fonts]") {
    test::TempDir tmp;
    // Arabic, Chinese and Cyrillic are drawn (Noto Sans Arabic, CJK SC, Noto Sans); Tibetan
    // (twice) and an emoji are not; a right-to-left mark needs no glyph.
    tmp.write("m/module.md", "---\nid: m\ntitle: T\n---\n\nالأمن \u200F网络安全 Группа.\n\nA prayer flag: "
                             "\u0F56\u0F7C\u0F51 and \u0F40, \U0001F600.\n");
    const std::string file = tmp.str() + "/m/module.md";
    const Run r = run(false, {file});
    INFO(r.out);
    CHECK(r.code == 0);  // a warning: the module still loads and is shown
    CHECK(r.out.find(file + ":8:16: warning: no font Lectern draws with has the Tibt script (U+0F56 first), 4 characters") !=
          std::string::npos);
    CHECK(r.out.find("characters above U+FFFF (U+1F600 first), 1 character") != std::string::npos);
    CHECK(std::count(r.out.begin(), r.out.end(), '\n') == 2);
    CHECK(r.err == "1 module, 0 errors, 2 warnings\n");
}

TEST_CASE("check: every script of the bundled course has a font", "[check][fonts]") {
    const Run r = run(false, {std::string(LECTERN_SOURCE_DIR)});
    INFO(r.out);
    CHECK(r.out.find("no font Lectern draws with") == std::string::npos);
}
