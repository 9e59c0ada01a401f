// The course shipped with Lectern (modules/ and content/ of the repository) as a learner gets it:
// `lectern check` finds nothing to report, every module says how current its facts are, and the
// quizzes have the questions the course text promises ("the final quiz of N questions").
#include "load/course_loader.h"
#include "load_test_util.h"

#include <map>

using namespace lectern;

TEST_CASE("bundled course: no error, no warning, every module dated", "[load][bundled]") {
    const LoadResult r = loadCourse(LECTERN_SOURCE_DIR);
    CHECK(test::formatted(r.diagnostics) == std::vector<std::string>{});
    REQUIRE(r.course->modules.size() == 3);
    for (const auto& m : r.course->modules) {
        INFO(m->meta.id);
        CHECK(m->meta.reviewed.has_value());
    }
}

TEST_CASE("bundled course: question counts per module", "[load][bundled]") {
    const LoadResult r = loadCourse(LECTERN_SOURCE_DIR);
    std::map<std::string, size_t> questions;
    size_t total = 0;
    for (const auto& m : r.course->modules)
        for (const Quiz& q : m->quizzes) {
            questions[m->meta.id] += q.questions.size();
            total += q.questions.size();
        }
    CHECK(questions["history-of-the-dialogue"] == 15);
    CHECK(questions["future-processes"] == 14);
    CHECK(questions["cybercrime-treaty"] == 15);
    CHECK(total == 44);
}
