// The dashboard's core side: a learner's detail (report/learner_detail.h: every attempt with
// every answer, right or wrong, the sections, shared reflections' text and private ones only
// counted), the per-module totals (report/room_figures.h) and the RoomService that computes
// them on its worker (session/room_service.h), on a real progress file (tests/common/dashboard_room.h).
#include "../common/dashboard_room.h"
#include "report/item_analysis.h"
#include "report/learner_detail.h"
#include "session/room_service.h"
#include "store_test_support.h"

#include <catch2/catch.hpp>

#include <atomic>

using namespace lectern;
using namespace store_test;
namespace dash = lectern::test::dashboard;

namespace {

struct DashRoom {
    TempDir dir;
    StoreOpenOptions options = optionsFor(dir);
    std::shared_ptr<const Course> course;
    std::map<std::string, LearnerId> ids;
    DashRoom() {
        dash::writeCourse(dir.path() / "course");
        LoadResult r = loadCourse(dir.path() / "course");
        REQUIRE(r.course);
        REQUIRE_FALSE(r.diagnostics.hasErrors());
        course = r.course;
        auto store = openOk(options);
        ids = dash::seed(*store, *course);
    }
};

} // namespace

TEST_CASE("learner detail: every attempt with every answer, the sections, shared text and private ones counted",
          "[report][dashboard]") {
    DashRoom room;
    auto loaded = report::loadRoom(room.options.path, *room.course, {});
    REQUIRE(loaded);
    report::RoomFigures figures = report::roomFigures(*loaded, *room.course);
    const LearnerId ada = room.ids.at("Ada Zed");
    auto shared = store::read::readSharedReflections(room.options.path, room.course->id, ada);
    REQUIRE(shared);
    REQUIRE(shared->size() == 1);  // only the one she shared leaves SQLite
    CHECK(shared->front().text == dash::kAdaShared);

    report::LearnerDetail d = report::learnerDetail(*loaded, *room.course, figures, ada, *shared);
    CHECK(d.figures.fullName == "Ada Zed");
    REQUIRE(d.attempts.size() == 2);
    CHECK(d.attempts[0].number == 1);
    REQUIRE(d.attempts[0].answers.size() == 2);
    CHECK(d.attempts[0].answers[0].answer == "Choice B");
    CHECK(d.attempts[0].answers[0].answered);
    CHECK_FALSE(d.attempts[0].answers[0].correct);
    CHECK(d.attempts[0].answers[1].correct);
    CHECK(d.attempts[1].answers[0].answer == "Choice A");
    CHECK(d.attempts[1].answers[0].correct);
    CHECK(d.attempts[1].passed);
    REQUIRE(d.sections.size() == 3);  // a1, a2, b1
    CHECK(d.sections[0].read);
    CHECK(d.sections[0].seconds == Approx(600));
    CHECK(d.sections[1].read);
    CHECK_FALSE(d.sections[2].read);
    REQUIRE(d.shared.size() == 1);
    CHECK(d.shared[0].text == dash::kAdaShared);
    CHECK(d.shared[0].prompt == "What did you learn first?");
    CHECK(d.privateReflections == 2);
    CHECK(report::privateReflectionsLine(d.privateReflections) == "2 private reflections");
    CHECK(report::privateReflectionsLine(1) == "1 private reflection");

    // Bo: one attempt, every answer wrong; nothing written.
    auto none = store::read::readSharedReflections(room.options.path, room.course->id, room.ids.at("Bo Young"));
    REQUIRE(none);
    CHECK(none->empty());
    report::LearnerDetail bo = report::learnerDetail(*loaded, *room.course, figures, room.ids.at("Bo Young"), *none);
    REQUIRE(bo.attempts.size() == 1);
    CHECK_FALSE(bo.attempts[0].answers[0].correct);
    CHECK_FALSE(bo.attempts[0].answers[1].correct);
    CHECK(bo.attempts[0].answers[1].answer == "False");
    CHECK(bo.privateReflections == 0);
    CHECK(bo.shared.empty());
}

TEST_CASE("room figures: per-module totals count the shown learners and average the scores that exist",
          "[report][dashboard]") {
    DashRoom room;
    auto all = report::makeRoomFigures(room.options.path, *room.course, {});
    REQUIRE(all);
    REQUIRE(all->totals.size() == 2);
    const report::ModuleTotals& alpha = all->totals[0];
    CHECK(alpha.learners == 5);
    CHECK(alpha.done() == 1);  // Ada passed
    CHECK(alpha.failed == 1);  // Bo
    CHECK(alpha.scored == 2);  // Ada 100, Bo 0: Eve tried no quiz and is not a 0
    REQUIRE(alpha.meanScorePercent);
    CHECK(*alpha.meanScorePercent == Approx(50));
    auto blue = report::makeRoomFigures(room.options.path, *room.course, {"Blue", "", ""});
    REQUIRE(blue);
    CHECK(blue->totals[0].learners == 3);
    CHECK(*blue->totals[0].meanScorePercent == Approx(100));
    CHECK(blue->totals[1].done() == 1);  // Cy
}

TEST_CASE("room service: the figures, a learner and an item analysis computed on its worker equal the core's",
          "[session][dashboard]") {
    DashRoom room;
    std::atomic<int> woken{0};
    session::RoomService service(room.options.path, [&] { ++woken; });
    service.load(room.course, {"", "Morning", ""});
    REQUIRE(service.waitIdle(20000));
    session::RoomState s = service.state();
    REQUIRE(s.figures);
    CHECK(woken >= 1);
    CHECK_FALSE(s.loading);
    REQUIRE(s.figures->learners.size() == 2);  // Ada and Bo
    CHECK(s.groups == std::vector<std::string>{"Blue", "Red"});
    CHECK(s.sessions == std::vector<std::string>{"Afternoon", "Morning"});

    service.openLearner(room.ids.at("Ada Zed"));
    service.openItemAnalysis("alpha", true);
    REQUIRE(service.waitIdle(20000));
    s = service.state();
    REQUIRE(s.detail);
    CHECK(s.detail->privateReflections == 2);
    REQUIRE(s.analysis);
    CHECK(s.analysisModule == "alpha");
    auto loaded = report::loadRoom(room.options.path, *room.course, {"", "Morning", ""});
    REQUIRE(loaded);
    report::ItemAnalysisOptions all;
    all.allAttempts = true;
    CHECK(report::itemAnalysisJson(*s.analysis).dump() ==
          report::itemAnalysisJson(report::itemAnalysis(*loaded, *room.course, all)).dump());
    CHECK(s.analysis->quizzes[0].attempts == 3);  // Ada twice, Bo once

    // A filter the file does not have: the message, and the last good figures kept.
    service.load(room.course, {"Green", "", ""});
    REQUIRE(service.waitIdle(20000));
    s = service.state();
    CHECK(s.message.find("Green") != std::string::npos);
    REQUIRE(s.figures);
    CHECK(s.figures->learners.size() == 2);
}
