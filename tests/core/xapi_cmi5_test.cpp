// cmi5's shape of Lectern's statements: a sitting (sign-in to sign-out) is initialized ...
// terminated with its duration and its id on every statement between; every statement of a
// learner in a course carries the same registration; the course's completed and passed are
// recorded once per learner and course however often they are asked for.
#include "xapi_test_course.h"

#include "progress_rules/progress_rules.h"
#include "session/course_outcomes.h"
#include "session/learner_session.h"
#include "store_test_support.h"
#include "xapi/statement.h"
#include "xapi/vocabulary.h"

using namespace lectern;
using namespace store_test;
using nlohmann::json;

namespace {

// Every statement the events hold, in the order they were written.
std::vector<json> statementsIn(const std::string& path) {
    std::vector<json> out;
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
    sqlite3_stmt* stmt = nullptr;
    REQUIRE(sqlite3_prepare_v2(db, "SELECT statement FROM events ORDER BY seq", -1, &stmt, nullptr) == SQLITE_OK);
    while (sqlite3_step(stmt) == SQLITE_ROW) {
        const unsigned char* t = sqlite3_column_text(stmt, 0);
        REQUIRE(t);
        for (const std::string& line : xapi::splitStatements(reinterpret_cast<const char*>(t))) out.push_back(json::parse(line));
    }
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    return out;
}

std::string verbOf(const json& s) {
    std::string id = s["verb"]["id"];
    return id.substr(id.rfind('/') + 1);
}

std::string sessionOf(const json& s) {
    const json& ctx = s["context"];
    if (!ctx.contains("extensions")) return "";
    return ctx["extensions"].value(xapi::vocab::sessionIdExtension, "");
}

} // namespace

TEST_CASE("cmi5: each sign-in is a sitting, initialized and terminated, its id on every statement", "[xapi][cmi5]") {
    TempDir dir;
    auto course = xapi_test::everyBlockCourse(dir.path() / "course");
    auto options = optionsFor(dir);
    auto store = openOk(options);
    store->setStatementContext(std::make_shared<const xapi::StatementContext>(xapi::contextFor(course)));
    {
        session::LearnerSession session(*store, course->id);
        for (int sitting = 0; sitting < 2; ++sitting) {
            session.signInByName("Amina");
            REQUIRE(session.waitIdle(10000));
            REQUIRE(session.state().phase == session::SessionPhase::SignedIn);
            session.submit(session.scope(), MarkSectionRead{{"every-block", "prose"}});
            if (sitting == 0) session.signOut();  // the second ends with the session (closing the app)
        }
    }
    REQUIRE(store->flush(10000));

    std::vector<json> all = statementsIn(options.path);
    REQUIRE(all.size() == 6);
    const std::string learnerUuid = queryText(options.path, "SELECT uuid FROM learners WHERE name = 'Amina'");
    const std::string registration = xapi::registrationOf(learnerUuid, "https://lectern.example/courses/xapi-check");
    for (size_t sitting = 0; sitting < 2; ++sitting) {
        const json& begin = all[sitting * 3];
        const json& read = all[sitting * 3 + 1];
        const json& end = all[sitting * 3 + 2];
        CHECK(verbOf(begin) == "initialized");
        CHECK(verbOf(read) == "experienced");
        CHECK(verbOf(end) == "terminated");
        CHECK(begin["object"]["id"] == "https://lectern.example/courses/xapi-check");
        CHECK(end["result"]["duration"].get<std::string>().rfind("PT", 0) == 0);
        const std::string id = sessionOf(begin);
        CHECK(id.size() == 36);
        CHECK(sessionOf(read) == id);
        CHECK(sessionOf(end) == id);
    }
    CHECK(sessionOf(all[0]) != sessionOf(all[3]));  // a new sitting for each sign-in
    for (const json& s : all) CHECK(s["context"]["registration"] == registration);
    // The registration is the same on every machine: it depends on the learner and course only.
    CHECK(xapi::registrationOf(learnerUuid, "https://lectern.example/courses/xapi-check") == registration);
    CHECK(xapi::registrationOf(learnerUuid, "https://lectern.example/courses/other") != registration);
}

TEST_CASE("cmi5: completed and passed are recorded once per learner and course, in the moveon category",
          "[xapi][cmi5]") {
    TempDir dir;
    auto course = xapi_test::everyBlockCourse(dir.path() / "course");
    auto options = optionsFor(dir);
    for (int run = 0; run < 2; ++run) {  // a second run of the app asks again: nothing new
        auto store = openOk(options);
        store->setStatementContext(std::make_shared<const xapi::StatementContext>(xapi::contextFor(course)));
        LearnerId amina = store->ensureLearner("Amina");
        std::string error;
        REQUIRE(store->selectLearner(amina, course->id, error));
        const ProgressScope scope{amina, course->id};
        for (int i = 0; i < 3; ++i) {
            store->submit(scope, RecordCourseOutcome{CourseOutcome::Completed});
            store->submit(scope, RecordCourseOutcome{CourseOutcome::Passed});
        }
        REQUIRE(store->flush(10000));
    }
    std::vector<json> all = statementsIn(options.path);
    REQUIRE(all.size() == 2);
    CHECK(verbOf(all[0]) == "completed");
    CHECK(verbOf(all[1]) == "passed");
    for (const json& s : all) {
        CHECK(s["object"]["id"] == "https://lectern.example/courses/xapi-check");
        CHECK(s["context"]["contextActivities"]["category"][0]["id"] == xapi::vocab::moveOnCategory);
        CHECK(s["result"]["completion"] == true);
    }
    CHECK(all[1]["result"]["success"] == true);
}

TEST_CASE("cmi5: the outcomes are due when the course is complete, passed only with every quiz passed",
          "[xapi][cmi5]") {
    TempDir dir;
    auto course = xapi_test::everyBlockCourse(dir.path() / "course");
    const Module& module = *course->modules.front();
    ProgressSnapshot progress;
    session::CourseOutcomes outcomes;
    CHECK(outcomes.due(*course, progress).empty());  // nothing done

    for (const Section& s : module.sections) progress.sectionsRead.insert({module.meta.id, s.id});
    for (const Reflection& r : module.reflections)
        progress.reflections[ProgressSnapshot::key(module.meta.id, r.id)].push_back({"An answer", 1});
    for (const Quiz& q : module.quizzes)
        progress.quizAttempts[ProgressSnapshot::key(module.meta.id, q.id)].push_back({1, "{}", 1, 4, false, 1});
    const bool completeWithoutPassing = courseProgress(*course, progress).complete;
    std::vector<RecordCourseOutcome> first = outcomes.due(*course, progress);
    if (completeWithoutPassing) {  // the rule does not ask for quizzes: completed, not passed
        REQUIRE(first.size() == 1);
        CHECK(first[0].outcome == CourseOutcome::Completed);
    } else {
        CHECK(first.empty());
    }
    for (const Quiz& q : module.quizzes)
        progress.quizAttempts[ProgressSnapshot::key(module.meta.id, q.id)].push_back({2, "{}", 4, 4, true, 2});
    REQUIRE(isCoursePassed(*course, progress));
    std::vector<RecordCourseOutcome> then = outcomes.due(*course, progress);
    CHECK(then.back().outcome == CourseOutcome::Passed);
    CHECK(then.size() == (completeWithoutPassing ? 1u : 2u));
    CHECK(outcomes.due(*course, progress).empty());  // asked once per run
    outcomes.reset();                                 // another learner on screen, or a new run
    CHECK(outcomes.due(*course, progress).size() == 2);
}
