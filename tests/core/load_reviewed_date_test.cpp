// The `reviewed:` date of a module's front matter: parsed into ModuleMeta, shown to learners as
// "Facts as of ...", and checked by `lectern check` (a real past day in ISO form; a warning when a
// module of a course leaves it out).
#include "load/course_loader.h"
#include "load_test_util.h"
#include "util/iso_date.h"

using namespace lectern;

namespace {

std::string moduleWith(const std::string& id, const std::string& reviewedLine) {
    return "---\nid: " + id + "\ntitle: T\n" + reviewedLine + "---\n\nText.\n";
}

LoadResult loadOne(const test::TempDir& tmp, const std::string& reviewedLine) {
    tmp.write("m/module.md", moduleWith("m", reviewedLine));
    return loadPaths({tmp.str() + "/m"});
}

} // namespace

TEST_CASE("reviewed: an ISO date is parsed into the module and written out for learners", "[load][reviewed]") {
    test::TempDir tmp;
    const LoadResult r = loadOne(tmp, "reviewed: 2024-02-29\n");
    CHECK(test::formatted(r.diagnostics).empty());
    REQUIRE(r.course->modules.size() == 1);
    const std::optional<IsoDate>& d = r.course->modules[0]->meta.reviewed;
    REQUIRE(d);
    CHECK(*d == IsoDate{2024, 2, 29});
    CHECK(formatLongDate(*d) == "29 February 2024");
    CHECK(formatIsoDate(*d) == "2024-02-29");
}

TEST_CASE("reviewed: a date in another form, a day that does not exist, or a future day is an error",
          "[load][reviewed]") {
    struct Case {
        const char* line;
        std::string message;
    };
    const Case cases[] = {
        {"reviewed: 2026-12-1\n", "error: 'reviewed' must be a date written YYYY-MM-DD (for example 2026-12-01), not '2026-12-1'"},
        {"reviewed: 01/12/2026\n", "not '01/12/2026'"},
        {"reviewed: 2025-02-29\n", "error: 'reviewed' date 2025-02-29 does not exist; check the month and the day"},
        {"reviewed: 2026-13-01\n", "'reviewed' date 2026-13-01 does not exist"},
        {"reviewed: 2999-01-01\n", "'reviewed' date 2999-01-01 is in the future (today is "},
        {"reviewed: [2026, 12, 1]\n", "'reviewed' in front matter must be text, not a list"},
    };
    for (const Case& c : cases) {
        INFO(c.line);
        test::TempDir tmp;
        const LoadResult r = loadOne(tmp, c.line);
        const std::vector<std::string> lines = test::formatted(r.diagnostics);
        REQUIRE(lines.size() == 1);
        CHECK(lines[0].find(":4:11: ") != std::string::npos);
        CHECK(lines[0].find(c.message) != std::string::npos);
        CHECK_FALSE(r.course->modules[0]->meta.reviewed);
    }
    // The future-date message names today, so the author sees why.
    test::TempDir tmp;
    const LoadResult r = loadOne(tmp, "reviewed: 2999-01-01\n");
    CHECK(test::formatted(r.diagnostics)[0].find("(today is " + formatIsoDate(todayUtc()) + ", UTC)") != std::string::npos);
    // Today itself is not in the future.
    test::TempDir today;
    CHECK(test::formatted(loadOne(today, "reviewed: " + formatIsoDate(todayUtc()) + "\n").diagnostics).empty());
}

TEST_CASE("reviewed: a module of a course without the date is a warning; a module alone is not", "[load][reviewed]") {
    test::TempDir tmp;
    tmp.write("content/course.yaml", "id: c\ntitle: C\nmodules: [dated, undated]\n");
    tmp.write("modules/dated/module.md", moduleWith("dated", "reviewed: 2026-11-30\n"));
    tmp.write("modules/undated/module.md", moduleWith("undated", ""));
    const LoadResult course = loadPaths({tmp.str()});
    const std::vector<std::string> lines = test::formatted(course.diagnostics);
    REQUIRE(lines.size() == 1);
    CHECK(lines[0] == tmp.str() + "/modules/undated/module.md:1:1: warning: module has no 'reviewed:' date in its front "
                                  "matter; add 'reviewed: YYYY-MM-DD', the day its facts were last checked, so learners "
                                  "see how current it is");
    CHECK(course.diagnostics.errorCount() == 0);

    test::TempDir alone;
    alone.write("m/module.md", moduleWith("m", ""));
    CHECK(test::formatted(loadPaths({alone.str() + "/m"}).diagnostics).empty());
}
