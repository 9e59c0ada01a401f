// The session layer (runtime/core/session): who is studying is decided once, off the caller's
// thread; every command keeps the learner it was made for; a course can be swapped while
// readers keep the old one; SQLite on the UI thread is caught.
#include "load/course_loader.h"
#include "platform/thread_role.h"
#include "session/course_handle.h"
#include "session/learner_session.h"
#include "session/statement_context_follow.h"
#include "store_test_course.h"
#include "store_test_support.h"

#include <atomic>
#include <catch2/catch.hpp>
#include <csignal>
#include <fstream>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

using namespace lectern;
using namespace lectern::session;
using namespace store_test;

namespace {

SessionState waitFor(LearnerSession& s) {
    REQUIRE(s.waitIdle(10000));
    return s.state();
}

int64_t reflectionRows(const std::string& db, LearnerId learner, const std::string& text) {
    return queryInt(db, "SELECT COUNT(*) FROM reflection_revisions WHERE learner_id = " + std::to_string(learner) +
                            " AND text = '" + text + "'");
}

std::atomic<int> g_violations{0};
void countViolation(const char*) { ++g_violations; }

} // namespace

TEST_CASE("session: who is studying is decided once: --learner, the only profile, $USER, else the list",
          "[session]") {
    TempDir dir;
    auto store = openOk(optionsFor(dir));
    {
        LearnerSession s(*store, "c");
        s.start({"", ""});  // nobody yet, no user name: the list (empty)
        SessionState st = waitFor(s);
        CHECK(st.phase == SessionPhase::ChoosingLearner);
        CHECK(st.learnersLoaded);
        CHECK(st.learners.empty());
        CHECK(s.snapshot() == nullptr);
    }
    {
        LearnerSession s(*store, "c");
        s.start({"", "amina"});  // nobody yet: a first profile named after the system user
        SessionState st = waitFor(s);
        REQUIRE(st.phase == SessionPhase::SignedIn);
        CHECK(st.learnerName == "amina");
        REQUIRE(s.snapshot());
        CHECK(s.snapshot()->learner == st.scope.learner);
        CHECK(st.scope.courseId == "c");
    }
    {
        LearnerSession s(*store, "c");
        s.start({"", "someone-else"});  // one profile: that one, whoever the system user is
        CHECK(waitFor(s).learnerName == "amina");
    }
    {
        LearnerSession s(*store, "c");
        s.start({"Bo", "amina"});  // --learner wins, and creates the profile
        CHECK(waitFor(s).learnerName == "Bo");
    }
    {
        LearnerSession s(*store, "c");
        s.start({"", "amina"});  // two profiles now: the list, most recent first
        SessionState st = waitFor(s);
        CHECK(st.phase == SessionPhase::ChoosingLearner);
        REQUIRE(st.learners.size() == 2);
        s.signIn(st.learners[1].id);
        CHECK(waitFor(s).phase == SessionPhase::SignedIn);
        s.signInByName("   ");
        CHECK(s.state().error == "Type a name first.");
    }
}

TEST_CASE("session: switching learners while the writer is busy: a late edit lands in its own learner's record",
          "[session][store]") {
    TempDir dir;
    auto options = optionsFor(dir);
    auto store = openOk(options);
    LearnerSession s(*store, "c");
    s.start({"Amina", ""});
    const ProgressScope amina = waitFor(s).scope;
    REQUIRE(amina.valid());

    // The writer has a burst to commit; Amina's reflection is still inside its debounce.
    for (int i = 0; i < 500; ++i) s.submit(amina, MarkSectionRead{{"m", "s" + std::to_string(i)}});
    s.signOut();
    s.signInByName("Bo");
    const ProgressScope bo = waitFor(s).scope;
    REQUIRE(bo.valid());
    REQUIRE(bo.learner != amina.learner);
    CHECK(s.state().learnerName == "Bo");
    // The debounce ends now, after Bo signed in: the widget kept Amina's scope.
    s.submit(amina, SaveReflection{"m", "r", "Amina late thought"});
    CHECK(s.snapshot()->reflectionText("m", "r").empty());  // Bo's screen never shows it
    s.submit(bo, SaveReflection{"m", "r", "Bo own"});
    REQUIRE(store->flush(20000));

    CHECK(reflectionRows(options.path, amina.learner, "Amina late thought") == 1);
    CHECK(reflectionRows(options.path, bo.learner, "Amina late thought") == 0);
    CHECK(reflectionRows(options.path, bo.learner, "Bo own") == 1);
    s.signIn(amina.learner);
    waitFor(s);
    REQUIRE(s.snapshot());
    CHECK(s.snapshot()->reflectionText("m", "r") == "Amina late thought");
    CHECK(s.snapshot()->sectionsRead.size() == 500);
}

TEST_CASE("session: a sign-in asked for after a sign-out wins over one still running", "[session]") {
    TempDir dir;
    auto store = openOk(optionsFor(dir));
    LearnerSession s(*store, "c");
    s.signInByName("First");
    s.signOut();
    CHECK(s.state().phase == SessionPhase::ChoosingLearner);  // at once, no disk
    CHECK(s.snapshot() == nullptr);
    s.signInByName("Second");
    CHECK(waitFor(s).learnerName == "Second");
    CHECK(s.snapshot()->learnerName == "Second");
}

TEST_CASE("course handle: a replaced course bumps the generation; a reader keeps the version it took",
          "[session]") {
    auto v1 = std::make_shared<const Course>(makeCourse("cyber", {{"history", {"intro", "pillars"}, {"q"}, {}}}));
    CourseHandle handle(v1);
    CourseVersion taken = handle.current();
    CHECK(taken.generation == 1);
    auto v2 = std::make_shared<const Course>(makeCourse("cyber", {{"history", {"intro"}, {}, {}}}));
    CHECK(handle.replace(v2) == 2);
    CHECK(handle.generation() == 2);
    CHECK(handle.course() == v2);
    CHECK(taken.course->modules[0]->sections.size() == 2);  // the old version is still whole
    // Progress is kept per course id: another course is refused.
    CHECK(handle.replace(std::make_shared<const Course>(makeCourse("other", {}))) == 0);
    CHECK(handle.replace(nullptr) == 0);
    CHECK(handle.generation() == 2);
}

TEST_CASE("course handle: reloadAsync rebuilds the course on a worker and swaps it in", "[session]") {
    TempDir dir;
    auto write = [&](const std::string& body) {
        fs::create_directories(dir.path() / "modules/m");
        std::ofstream(dir.path() / "content/course.yaml") << "id: live\ntitle: Live\nmodules:\n  - m\n";
        std::ofstream(dir.path() / "modules/m/module.md") << "---\nid: m\ntitle: M\n---\n\n# M\n\n" << body;
    };
    fs::create_directories(dir.path() / "content");
    write("## One {#one}\n\nText.\n");
    CourseHandle handle(loadCourse(dir.path()).course);
    REQUIRE(handle.course()->modules[0]->sections.size() == 1);
    write("## One {#one}\n\nText.\n\n## Two {#two}\n\nMore.\n");
    std::atomic<bool> done{false};
    std::thread::id worker;
    handle.reloadAsync(dir.path().string(), [&](const CourseReloadResult& r) {
        CHECK(r.replaced);
        CHECK(r.generation == 2);
        worker = std::this_thread::get_id();
        done = true;
    });
    REQUIRE(handle.waitReloads(10000));
    REQUIRE(done);
    CHECK(worker != std::this_thread::get_id());
    CHECK(handle.generation() == 2);
    CHECK(handle.course()->modules[0]->sections.size() == 2);
}

TEST_CASE("course handle: a reload that changes the course IRI applies to the next record", "[session][xapi]") {
    TempDir dir;
    auto write = [&](const std::string& iri) {
        fs::create_directories(dir.path() / "modules/m");
        std::ofstream(dir.path() / "content/course.yaml") << "id: live\ntitle: Live\niri: " << iri << "\nmodules:\n  - m\n";
        std::ofstream(dir.path() / "modules/m/module.md") << "---\nid: m\ntitle: M\n---\n\n# M\n\n## One {#one}\n\nText.\n";
    };
    fs::create_directories(dir.path() / "content");
    write("https://example.org/first");
    auto store = openOk(optionsFor(dir));
    CourseHandle handle(loadCourse(dir.path()).course);
    followCourseForStatements(handle, *store);
    LearnerSession s(*store, "live");
    s.start({"amina", ""});
    REQUIRE(waitFor(s).phase == SessionPhase::SignedIn);
    const std::string db = optionsFor(dir).path;
    auto lastStatement = [&] {
        REQUIRE(store->flush(10000));
        return queryText(db, "SELECT statement FROM events ORDER BY seq DESC LIMIT 1");
    };
    store->submit(s.scope(), MarkSectionRead{{"m", "one"}});
    CHECK_THAT(lastStatement(), Catch::Matchers::Contains("https://example.org/first/modules/m/sections/one"));

    write("https://example.org/second");
    handle.reloadAsync(dir.path().string());
    REQUIRE(handle.waitReloads(10000));
    store->submit(s.scope(), MarkSectionRead{{"m", "one"}});
    const std::string after = lastStatement();
    CHECK_THAT(after, Catch::Matchers::Contains("https://example.org/second/modules/m/sections/one"));
    CHECK(after.find("https://example.org/first") == std::string::npos);
}

TEST_CASE("thread role: the store's SQLite calls on the UI thread are caught, off it they are not",
          "[session][store]") {
    TempDir dir;
    auto store = openOk(optionsFor(dir));
    ThreadRoleViolationHandler previous = setThreadRoleViolationHandler(countViolation);
    g_violations = 0;
    const LearnerId id = store->ensureLearner("x");
    store->learners();
    CHECK(g_violations == 0);
    {
        UiThreadScope ui;
        CHECK(onUiThread());
        store->learners();
        CHECK(g_violations >= 1);
        const int afterList = g_violations;
        store->submit({id, "c"}, MarkSectionRead{{"m", "s"}});  // no SQLite: allowed
        store->snapshot();
        store->status();
        CHECK(g_violations == afterList);
        std::string error;
        store->selectLearner(id, "c", error);
        CHECK(g_violations > afterList);
    }
    CHECK_FALSE(onUiThread());
    setThreadRoleViolationHandler(previous);
    CHECK(store->flush(5000));
}

#ifndef NDEBUG
TEST_CASE("thread role: a debug build aborts when the UI thread opens the store", "[session][store]") {
    TempDir dir;
    auto options = optionsFor(dir);
    fflush(nullptr);
    pid_t child = fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        std::signal(SIGABRT, SIG_DFL);  // the abort itself, not Catch's report of it
        markUiThread();
        StoreOpenReport report;
        auto store = ProgressStore::open(options, report);  // must not return
        _exit(0);
    }
    int status = 0;
    REQUIRE(waitpid(child, &status, 0) == child);
    CHECK(WIFSIGNALED(status));
    if (WIFSIGNALED(status)) CHECK(WTERMSIG(status) == SIGABRT);
}
#endif
