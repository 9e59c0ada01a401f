// A module revised under saved progress: progress on unchanged ids stays, records of removed
// ids are kept and reported as orphaned, nothing is deleted.
#include "../common/selected_scope.h"
#include "report/progress_report.h"
#include "store/read/progress_reader.h"
#include "store_test_course.h"
#include "store_test_support.h"

using namespace lectern;
using namespace store_test;

TEST_CASE("store: revising a module keeps progress on unchanged ids and reports the rest as orphaned",
          "[store][orphans]") {
    TempDir dir;
    auto options = optionsFor(dir);
    Course v1 = makeCourse("cyber", {{"history", {"intro", "pillars", "old-section"}, {"check-1", "old-quiz"}, {"why"}},
                                     {"retired-module", {"a"}, {}, {"thoughts"}}});
    LearnerId id;
    {
        auto store = openOk(options);
        id = store->ensureLearner("Amina");
        std::string error;
        REQUIRE(store->selectLearner(id, "cyber", error));
        for (auto s : {"intro", "pillars", "old-section"}) store->submit(lectern::test::selectedScope(*store), MarkSectionRead{{"history", s}});
        store->submit(lectern::test::selectedScope(*store), SetBookmark{{"history", "old-section"}, true});
        store->submit(lectern::test::selectedScope(*store), SaveNote{{"history", "old-section"}, "my note on the old section"});
        store->submit(lectern::test::selectedScope(*store), RecordQuizAttempt{"history", "check-1", "{}", 2, 2, true});
        store->submit(lectern::test::selectedScope(*store), RecordQuizAttempt{"history", "old-quiz", "{}", 1, 2, false});
        store->submit(lectern::test::selectedScope(*store), SaveReflection{"history", "why", "kept"});
        store->submit(lectern::test::selectedScope(*store), SaveReflection{"retired-module", "thoughts", "first"});
        store->submit(lectern::test::selectedScope(*store), SaveReflection{"retired-module", "thoughts", "second"});
        store->submit(lectern::test::selectedScope(*store), MarkSectionRead{{"retired-module", "a"}});
        REQUIRE(store->flush(5000));
    }
    const int64_t eventsBefore = queryInt(options.path, "SELECT COUNT(*) FROM events");

    auto reader = store::read::ProgressReader::open(options.path);
    REQUIRE(reader.ok());
    auto none = reader->orphanedRecords(v1);
    REQUIRE(none.ok());
    CHECK(none->empty());
    std::string error;

    // Version 2 of the course: a section, a quiz and a whole module removed; prose elsewhere
    // may have changed, ids did not.
    Course v2 = makeCourse("cyber", {{"history", {"intro", "pillars", "new-section"}, {"check-1"}, {"why"}}});
    auto found = reader->orphanedRecords(v2);
    REQUIRE(found.ok());
    const auto& orphans = *found;
    std::map<std::string, int> byKind;
    for (const auto& o : orphans) {
        ++byKind[o.kind];
        CHECK(o.learner == id);
        CHECK_FALSE(o.reason.empty());
        CHECK(o.timeMs > 0);
    }
    CHECK(byKind["section_progress"] == 2);     // history/old-section, retired-module/a
    CHECK(byKind["bookmark"] == 1);
    CHECK(byKind["note"] == 1);
    CHECK(byKind["quiz_attempt"] == 1);         // old-quiz
    CHECK(byKind["reflection_revision"] == 2);  // both revisions of retired-module/thoughts
    CHECK(orphans.size() == 7);
    bool moduleReason = false;
    for (const auto& o : orphans)
        if (o.moduleId == "retired-module" && o.reason.find("module 'retired-module' is no longer") != std::string::npos)
            moduleReason = true;
    CHECK(moduleReason);

    // The learner's progress on unchanged ids is as it was; the report counts the orphans.
    report::ProgressReport rep;
    REQUIRE(report::buildProgressReport(options.path, v2, rep, error));
    REQUIRE(rep.learners.size() == 1);
    CHECK(rep.orphanedRecords == 7);
    CHECK(rep.learners[0].modules.size() == 1);
    CHECK(rep.learners[0].modules[0].sectionsRead == 2);
    CHECK(rep.learners[0].modules[0].sectionsTotal == 3);
    CHECK(rep.learners[0].modules[0].quizzes.at(0).passed);
    CHECK(rep.learners[0].reflections == 1);

    // Nothing was deleted, and opening the store with the revised course changes nothing.
    {
        auto store = openOk(options);
        REQUIRE(store->selectLearner(id, "cyber", error));
        auto s = store->snapshot();
        CHECK(s->sectionsRead.count({"history", "old-section"}) == 1);
        CHECK(s->notes.at({"history", "old-section"}) == "my note on the old section");
        CHECK(s->reflectionText("retired-module", "thoughts") == "second");
    }
    CHECK(queryInt(options.path, "SELECT COUNT(*) FROM events") == eventsBefore);
    CHECK(queryInt(options.path, "SELECT COUNT(*) FROM reflection_revisions") == 3);

    // Restoring the removed section (the author undoes the edit) brings its progress back.
    REQUIRE(report::buildProgressReport(options.path, v1, rep, error));
    CHECK(rep.orphanedRecords == 0);
    CHECK(rep.learners[0].modules[0].sectionsRead == 3);
}
