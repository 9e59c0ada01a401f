// `lectern new module` and `lectern stats` in the core (authoring/new_module.h,
// stats/course_stats.h), on a copy of tests/data/courses/stats whose figures are counted by hand
// in its modules' comments.
#include "authoring/new_module.h"
#include "load/course_loader.h"
#include "load_test_util.h"
#include "stats/course_stats.h"

#include <filesystem>
#include <unistd.h>

using namespace lectern;
namespace fs = std::filesystem;

namespace {

// A fresh copy of the stats fixture course, removed at the end of the test.
struct CourseCopy {
    fs::path dir = fs::temp_directory_path() / ("lectern-authoring-" + std::to_string(::getpid()));
    CourseCopy() {
        fs::remove_all(dir);
        fs::copy(test::dataDir() + "/courses/stats", dir, fs::copy_options::recursive);
    }
    ~CourseCopy() { fs::remove_all(dir); }
};

} // namespace

TEST_CASE("stats: the fixture course's figures", "[authoring][stats]") {
    const LoadResult r = loadCourse(test::dataDir() + "/courses/stats");
    REQUIRE(test::formatted(r.diagnostics) == std::vector<std::string>{});
    const CourseStats s = courseStats(*r.course);
    REQUIRE(s.modules.size() == 2);
    CHECK(s.modules[0].id == "alpha");
    CHECK(s.modules[0].words == 27);
    CHECK(s.modules[0].sections == 2);
    CHECK(s.modules[0].reflections == 1);
    CHECK(s.modules[0].questions == 3);
    CHECK(s.modules[0].questionsByType[size_t(QuestionType::TrueFalse)] == 1);
    CHECK(s.modules[1].words == 18);
    CHECK(s.modules[1].questionsByType[size_t(QuestionType::Matching)] == 1);
    CHECK(s.total.words == 45);
    CHECK(s.total.questions == 7);
    CHECK(s.total.readingMinutes() == 1);
    CHECK(statsJson(s).find("\"reading_seconds\": 14") != std::string::npos);
    CHECK(statsTable(s).find("total      45    1 min      5 min         3            1        2          7") != std::string::npos);
}

TEST_CASE("new module: passes the checks, is listed last, a second call is refused", "[authoring][new]") {
    CourseCopy copy;
    const NewModuleResult r = createModule(copy.dir.string(), "gamma");
    INFO(r.message);
    REQUIRE(r.status == NewModuleResult::Status::Created);
    CHECK(r.listed);
    const LoadResult loaded = loadCourse(copy.dir);
    CHECK(test::formatted(loaded.diagnostics) == std::vector<std::string>{});
    REQUIRE(loaded.course->modules.size() == 3);
    const Module& m = *loaded.course->modules[2];
    CHECK(m.meta.id == "gamma");
    CHECK(m.reflections.size() == 1);
    CHECK(m.timelines.size() == 1);
    REQUIRE(m.quizzes.size() == 1);
    CHECK(courseStats(*loaded.course).modules[2].questionsByType == std::array<size_t, kQuestionTypeCount>{1, 1, 1, 1, 1, 1, 1});
    // course.yaml: its comment kept, one line added.
    const std::string yaml = test::readText((copy.dir / "content" / "course.yaml").string());
    CHECK(yaml.rfind("# A course small enough to count by hand", 0) == 0);
    CHECK(yaml.find("  - beta\n  - gamma\n") != std::string::npos);

    const NewModuleResult again = createModule(copy.dir.string(), "gamma");
    CHECK(again.status == NewModuleResult::Status::Exists);
    CHECK(test::readText((copy.dir / "content" / "course.yaml").string()) == yaml);
    CHECK(createModule(copy.dir.string(), "alpha").status == NewModuleResult::Status::Exists);
    for (const char* bad : {"", "Bad Id", "../up", ".hidden", "a/b", "-x", "a.b"}) {
        INFO(bad);
        CHECK(createModule(copy.dir.string(), bad).status == NewModuleResult::Status::BadId);
    }
    CHECK(createModule((copy.dir / "missing").string(), "delta").status == NewModuleResult::Status::BadCourse);
}

TEST_CASE("new module: course.yaml keeps every other line as written", "[authoring][new]") {
    // A block list with comments between and after its items, indented by four.
    CHECK(addToModulesList("id: c\nmodules:   # order matters\n    - a  # first\n\n    # b later\n    - b\n# end\ntitle: T\n", "n") ==
          "id: c\nmodules:   # order matters\n    - a  # first\n\n    # b later\n    - b\n    - n\n# end\ntitle: T\n");
    // At the end of the file without a final newline; Windows line ends.
    CHECK(addToModulesList("modules:\n  - a", "n") == "modules:\n  - a\n  - n\n");
    CHECK(addToModulesList("id: c\r\nmodules:\r\n  - a\r\n", "n") == "id: c\r\nmodules:\r\n  - a\r\n  - n\r\n");
    // One-line lists, empty or not.
    CHECK(addToModulesList("modules: []  # none\n", "n") == "modules: [n]  # none\n");
    CHECK(addToModulesList("modules: [a, b]\n", "n") == "modules: [a, b, n]\n");
    // An empty block list, and no list at all.
    CHECK(addToModulesList("modules:\ntitle: T\n", "n") == "modules:\n  - n\ntitle: T\n");
    CHECK(addToModulesList("id: c\ntitle: T\n", "n") == std::nullopt);
}
