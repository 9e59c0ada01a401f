// `lectern report`'s core: what a facilitator reads about each learner, as JSON and CSV.
#include "../common/csv_rows.h"
#include "../common/selected_scope.h"
#include "report/progress_report.h"
#include "store_test_course.h"
#include "store_test_support.h"

#include <nlohmann/json.hpp>

using namespace lectern;
using namespace store_test;

namespace {

Course twoModuleCourse() {
    return makeCourse("cyber", {{"history", {"intro", "pillars", "norms", "outlook"}, {"check-1"}, {"why-norms"}},
                                {"future", {"overview", "oewg"}, {"check-2"}, {"my-view", "next-steps"}}});
}

using lectern::test::parseCsv;

struct Fixture {
    TempDir dir;
    StoreOpenOptions options = optionsFor(dir);
    LearnerId amina = 0, bo = 0, idle = 0;

    Fixture() {
        auto store = openOk(options);
        amina = store->ensureLearner("Amina");
        bo = store->ensureLearner("Bo \"the builder\", Jr.");
        idle = store->ensureLearner("Zed");
        std::string error;
        REQUIRE(store->selectLearner(amina, "cyber", error));
        for (auto s : {"intro", "pillars", "norms"}) store->submit(lectern::test::selectedScope(*store), MarkSectionRead{{"history", s}});
        store->submit(lectern::test::selectedScope(*store), MarkSectionRead{{"history", "gone-section"}});  // not in the course
        store->submit(lectern::test::selectedScope(*store), RecordQuizAttempt{"history", "check-1", "{}", 3, 5, false});
        store->submit(lectern::test::selectedScope(*store), RecordQuizAttempt{"history", "check-1", "{}", 4, 5, true});
        store->submit(lectern::test::selectedScope(*store), RecordQuizAttempt{"history", "check-1", "{}", 2, 5, false});
        store->submit(lectern::test::selectedScope(*store), SaveReflection{"history", "why-norms", "Because trust."});
        store->submit(lectern::test::selectedScope(*store), SaveReflection{"future", "my-view", "draft"});
        store->submit(lectern::test::selectedScope(*store), SaveReflection{"future", "my-view", "final view"});
        store->submit(lectern::test::selectedScope(*store), AddTimeOnTask{{"history", "intro"}, 30});
        REQUIRE(store->selectLearner(bo, "cyber", error));
        store->submit(lectern::test::selectedScope(*store), MarkSectionRead{{"future", "overview"}});
        store->submit(lectern::test::selectedScope(*store), MarkSectionRead{{"future", "oewg"}});
        REQUIRE(store->selectLearner(idle, "cyber", error));  // enrolled, nothing done
        REQUIRE(store->selectLearner(amina, "another-course", error));
        store->submit(lectern::test::selectedScope(*store), MarkSectionRead{{"history", "intro"}});  // another course: not in this report
        REQUIRE(store->flush(10000));
    }
};

} // namespace

TEST_CASE("report: each learner's modules, quizzes, reflections and last activity", "[report]") {
    Fixture f;
    Course course = twoModuleCourse();
    report::ProgressReport rep;
    std::string error;
    REQUIRE(report::buildProgressReport(f.options.path, course, rep, error));
    REQUIRE(rep.learners.size() == 3);
    CHECK(rep.orphanedRecords == 1);

    const auto& amina = rep.learners[0];
    CHECK(amina.name == "Amina");
    REQUIRE(amina.modules.size() == 2);
    CHECK(amina.modules[0].sectionsRead == 3);
    CHECK(amina.modules[0].sectionsTotal == 4);
    CHECK(amina.modules[0].percentComplete == Approx(75.0));
    CHECK_FALSE(amina.modules[0].complete);
    REQUIRE(amina.modules[0].quizzes.size() == 1);
    CHECK(amina.modules[0].quizzes[0].attempts == 3);
    CHECK(amina.modules[0].quizzes[0].bestScore == Approx(4));
    CHECK(amina.modules[0].quizzes[0].maxScore == Approx(5));
    CHECK(amina.modules[0].quizzes[0].passed);
    CHECK(amina.modules[0].secondsOnTask == Approx(30));
    CHECK(amina.reflections == 2);  // two reflections with text, however many revisions
    CHECK(amina.orphanedRecords == 1);
    CHECK(amina.lastActivityMs > 0);

    const auto& bo = rep.learners[1];
    CHECK(bo.modules[0].percentComplete == Approx(0));
    CHECK(bo.modules[1].percentComplete == Approx(100));
    CHECK(bo.modules[1].quizzes[0].attempts == 0);

    const auto& zed = rep.learners[2];
    CHECK(zed.name == "Zed");
    CHECK(zed.lastActivityMs == 0);
    CHECK(zed.reflections == 0);
}

TEST_CASE("report: JSON has every learner with numbers a tool can read", "[report]") {
    Fixture f;
    report::ProgressReport rep;
    std::string error;
    REQUIRE(report::buildProgressReport(f.options.path, twoModuleCourse(), rep, error));
    auto doc = nlohmann::json::parse(report::toJson(rep));
    CHECK(doc["course"]["id"] == "cyber");
    CHECK(doc["orphanedRecords"] == 1);
    REQUIRE(doc["learners"].size() == 3);
    auto& amina = doc["learners"][0];
    CHECK(amina["modules"][0]["percentComplete"] == 75.0);
    CHECK(amina["modules"][0]["quizzes"][0]["bestScore"] == 4.0);
    CHECK(amina["modules"][0]["quizzes"][0]["attempts"] == 3);
    CHECK(amina["reflections"] == 2);
    CHECK(amina["lastActivity"].is_string());
    CHECK(doc["learners"][2]["lastActivity"].is_null());
    CHECK(doc["learners"][2]["modules"][0]["quizzes"][0]["bestScore"].is_null());
}

TEST_CASE("report: CSV has a header and one quoted-where-needed row per learner and module", "[report]") {
    Fixture f;
    report::ProgressReport rep;
    std::string error;
    REQUIRE(report::buildProgressReport(f.options.path, twoModuleCourse(), rep, error));
    std::string csv = report::toCsv(rep);
    auto rows = parseCsv(csv);
    REQUIRE(rows.size() == 1 + 3 * 2);
    const auto& header = rows[0];
    auto col = [&](const std::string& name) {
        auto it = std::find(header.begin(), header.end(), name);
        REQUIRE(it != header.end());
        return size_t(it - header.begin());
    };
    for (const auto& row : rows) CHECK(row.size() == header.size());
    CHECK(rows[1][col("learner_name")] == "Amina");
    CHECK(rows[1][col("module_id")] == "history");
    CHECK(rows[1][col("percent_complete")] == "75");
    CHECK(rows[1][col("best_quiz_score")] == "4");
    CHECK(rows[1][col("quiz_attempts")] == "3");
    CHECK(rows[3][col("learner_name")] == "Bo \"the builder\", Jr.");
    CHECK(csv.find("\"Bo \"\"the builder\"\", Jr.\"") != std::string::npos);
    CHECK(rows[4][col("percent_complete")] == "100");
    CHECK(rows[5][col("last_activity")].empty());
}

TEST_CASE("report: csv fields follow RFC 4180", "[report]") {
    CHECK(report::csvField("plain") == "plain");
    CHECK(report::csvField("a,b") == "\"a,b\"");
    CHECK(report::csvField("say \"hi\"") == "\"say \"\"hi\"\"\"");
    CHECK(report::csvField("two\nlines") == "\"two\nlines\"");
}

TEST_CASE("report: a missing or foreign database is a clear error", "[report]") {
    TempDir dir;
    report::ProgressReport rep;
    std::string error;
    CHECK_FALSE(report::buildProgressReport(dir.file("nope.db"), twoModuleCourse(), rep, error));
    CHECK(error.find("nope.db") != std::string::npos);
    writeBytes(dir.file("text.db"), "hello, not a database at all, just some text to fill a header......");
    CHECK_FALSE(report::buildProgressReport(dir.file("text.db"), twoModuleCourse(), rep, error));
    CHECK_FALSE(error.empty());
}
