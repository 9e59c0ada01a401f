// Data-driven diagnostics tests, in the spirit of cmark's spec tests: every folder under
// tests/data/modules/ (a module) and tests/data/courses/ (a course) that holds expected.txt is
// loaded as `lectern check` loads it, and its diagnostics must equal expected.txt line for
// line (file names relative to the case folder). To add a case: make the folder, write the
// module, write the lines you expect.
#include "load/course_loader.h"
#include "load_test_util.h"

#include <functional>
#include <sstream>

using namespace lectern;
namespace fs = std::filesystem;

namespace {

std::vector<std::string> lines(const std::string& text) {
    std::vector<std::string> out;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);)
        if (!line.empty()) out.push_back(line);
    return out;
}

std::vector<fs::path> caseFolders(const std::string& under) {
    std::vector<fs::path> out;
    for (const auto& e : fs::directory_iterator(test::dataDir() + "/" + under))
        if (fs::exists(e.path() / "expected.txt")) out.push_back(e.path());
    std::sort(out.begin(), out.end());
    return out;
}

void checkCase(const fs::path& dir) {
    const std::string prefix = dir.generic_string() + "/";
    const LoadResult r = loadPaths({dir.generic_string()});
    std::vector<std::string> actual;
    for (std::string line : test::formatted(r.diagnostics)) {
        for (size_t at; (at = line.find(prefix)) != std::string::npos;) line.erase(at, prefix.size());
        actual.push_back(line);
    }
    const std::vector<std::string> expected = lines(test::readText((dir / "expected.txt").string()));
    INFO("case " << dir.filename().string());
    CHECK(actual == expected);
}

} // namespace

TEST_CASE("module fixtures: diagnostics equal expected.txt", "[load][fixtures]") {
    const std::vector<fs::path> cases = caseFolders("modules");
    REQUIRE(cases.size() >= 15);
    for (const fs::path& dir : cases) checkCase(dir);
}

TEST_CASE("course fixtures: diagnostics equal expected.txt", "[load][fixtures]") {
    const std::vector<fs::path> cases = caseFolders("courses");
    REQUIRE(!cases.empty());
    for (const fs::path& dir : cases) checkCase(dir);
}

TEST_CASE("a module with errors still loads as far as it can", "[load][fixtures]") {
    const LoadResult r = loadPaths({test::dataDir() + "/modules/quiz-answer-keys"});
    REQUIRE(r.course->modules.size() == 1);
    const Module& m = *r.course->modules[0];
    CHECK(m.meta.title == "Answer keys");
    REQUIRE(m.quizzes.size() == 1);
    CHECK(m.quizzes[0].questions.size() == 9);
    // A quiz with a YAML syntax error stays a quiz block without a model: the reader says it
    // could not be loaded. Its YAML (the answer key) is nowhere in the page.
    const LoadResult y = loadPaths({test::dataDir() + "/modules/quiz-yaml-syntax"});
    REQUIRE(y.course->modules.size() == 1);
    CHECK(y.course->modules[0]->quizzes.empty());
    int unreadable = 0;
    std::function<void(const std::vector<Block>&)> visit = [&](const std::vector<Block>& blocks) {
        for (const Block& b : blocks) {
            CHECK_FALSE((b.kind == BlockKind::CodeBlock && b.info == "quiz"));
            CHECK(b.literal.find("choices") == std::string::npos);
            if (b.kind == BlockKind::Quiz && b.payload < 0) ++unreadable;
            visit(b.children);
        }
    };
    visit(y.course->modules[0]->blocks);
    CHECK(unreadable == 1);
    // The reflection block whose YAML is broken is still shown as code (it holds no answers).
    CHECK(y.diagnostics.errorCount() >= 2);
}

TEST_CASE("show_answers is read for each quiz; a bad value leaves the default", "[load][fixtures][quiz]") {
    const LoadResult r = loadPaths({test::dataDir() + "/modules/quiz-show-answers"});
    REQUIRE(r.course->modules.size() == 1);
    const Module& m = *r.course->modules[0];
    const auto shows = [&](const char* id) {
        const Quiz* q = m.findQuiz(id);
        REQUIRE(q);
        return q->showAnswers;
    };
    CHECK(shows("shown-after-pass") == ShowAnswers::AfterPass);
    CHECK(shows("never-shown") == ShowAnswers::Never);
    CHECK(shows("after-the-last") == ShowAnswers::AfterLastAttempt);
    CHECK(shows("misspelt") == ShowAnswers::AfterPass);
    CHECK(shows("no-last-attempt") == ShowAnswers::AfterLastAttempt);
}
