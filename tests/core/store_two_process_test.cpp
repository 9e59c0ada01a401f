// Two Lecterns on one database (two windows, or a learner and a facilitator's report): both
// writers wait for each other (busy_timeout) and every record of both is saved.
#include "store_process_support.h"
#include "store_test_support.h"

#include "report/progress_report.h"
#include "store_test_course.h"

using namespace lectern;
using namespace store_test;

TEST_CASE("store: two processes writing one database both keep every record", "[store][processes]") {
    TempDir dir;
    const std::string db = dir.file("progress.db");
    const int kEach = 300;
    // Same learner in both, so quiz attempt and reflection revision numbers are contended too.
    ChildWriter a({"--db", db, "--learner", "shared", "--count", std::to_string(kEach), "--batch", "1"});
    ChildWriter b({"--db", db, "--learner", "shared", "--count", std::to_string(kEach), "--batch", "3"});
    ChildWriter c({"--db", db, "--learner", "other", "--count", std::to_string(kEach), "--batch", "2"});
    REQUIRE(a.started());
    REQUIRE(b.started());
    REQUIRE(c.started());
    int sa = a.finish(), sb = b.finish(), sc = c.finish();
    REQUIRE(WIFEXITED(sa));
    REQUIRE(WIFEXITED(sb));
    REQUIRE(WIFEXITED(sc));
    CHECK(WEXITSTATUS(sa) == 0);
    CHECK(WEXITSTATUS(sb) == 0);
    CHECK(WEXITSTATUS(sc) == 0);
    CHECK(a.acknowledged().size() == size_t(kEach));
    CHECK(b.acknowledged().size() == size_t(kEach));
    CHECK(c.acknowledged().size() == size_t(kEach));

    CHECK(queryText(db, "PRAGMA integrity_check") == "ok");
    CHECK(queryInt(db, "SELECT COUNT(*) FROM learners") == 2);
    CHECK(queryInt(db, "SELECT COUNT(*) FROM events") == 3 * kEach);
    // Each writer's tokens are in the state tables, none overwritten by the other.
    CHECK(queryInt(db, "SELECT COUNT(*) FROM quiz_attempts") + queryInt(db, "SELECT COUNT(*) FROM reflection_revisions") +
              queryInt(db, "SELECT COUNT(*) FROM section_progress") + queryInt(db, "SELECT COUNT(*) FROM notes") ==
          3 * kEach);
    // Attempt numbers stay 1..n per quiz with no gap or duplicate, though two processes wrote them.
    CHECK(queryInt(db, "SELECT COUNT(*) FROM (SELECT learner_id, quiz_id, COUNT(*) n, MAX(number) m FROM quiz_attempts "
                       "GROUP BY learner_id, module_id, quiz_id) WHERE n != m") == 0);
}

TEST_CASE("store: a report reads the database while a learner is saving", "[store][processes]") {
    TempDir dir;
    const std::string db = dir.file("progress.db");
    ChildWriter writer({"--db", db, "--learner", "busy", "--count", "400", "--course", "cyber"});
    REQUIRE(writer.started());
    Course course = makeCourse("cyber", {{"m1", {"s1"}, {"quiz-0", "quiz-1", "quiz-2"}, {"reflection-0"}}});
    int reports = 0;
    for (int i = 0; i < 200 && reports < 5; ++i) {
        writer.pump(5);
        if (!fs::exists(db)) continue;
        report::ProgressReport rep;
        std::string error;
        if (report::buildProgressReport(db, course, rep, error)) ++reports;
    }
    int status = writer.finish();
    CHECK(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 0);
    CHECK(reports >= 1);
    CHECK(writer.acknowledged().size() == 400);
}
