// progress_rules: when a module counts as complete and how far along it is, under the
// course's completion rule (shared by the UI and `lectern report`).
#include "progress_rules/progress_rules.h"

#include <catch2/catch.hpp>

using namespace lectern;

namespace {

Module moduleWith(int sections, int quizzes, int reflections) {
    Module m;
    m.meta.id = "m";
    for (int i = 0; i < sections; ++i) {
        Section s;
        s.id = "s" + std::to_string(i);
        m.sections.push_back(s);
    }
    for (int i = 0; i < quizzes; ++i) {
        Quiz q;
        q.id = "q" + std::to_string(i);
        m.quizzes.push_back(q);
    }
    for (int i = 0; i < reflections; ++i) {
        Reflection r;
        r.id = "r" + std::to_string(i);
        m.reflections.push_back(r);
    }
    return m;
}

void read(ProgressSnapshot& p, const std::string& section) { p.sectionsRead.insert(SectionRef{"m", section}); }

void attempt(ProgressSnapshot& p, const std::string& quiz, bool passed) {
    QuizAttempt a;
    a.number = static_cast<int>(p.quizAttempts[ProgressSnapshot::key("m", quiz)].size()) + 1;
    a.passed = passed;
    p.quizAttempts[ProgressSnapshot::key("m", quiz)].push_back(a);
}

} // namespace

TEST_CASE("progress rules: all sections read and every quiz passed completes a module", "[progress]") {
    Module m = moduleWith(3, 1, 0);
    CompletionRule rule;  // defaults: every section, every quiz
    ProgressSnapshot p;
    ModuleProgress r = moduleProgress(m, rule, p);
    CHECK_FALSE(r.complete);
    CHECK_FALSE(r.started);
    CHECK(r.fraction == Approx(0));

    read(p, "s0");
    read(p, "s1");
    r = moduleProgress(m, rule, p);
    CHECK(r.started);
    CHECK(r.fraction == Approx(2.0 / 4.0));
    read(p, "s2");
    attempt(p, "q0", false);
    r = moduleProgress(m, rule, p);
    CHECK_FALSE(r.complete);  // the quiz is tried but not passed
    CHECK(r.fraction == Approx(3.0 / 4.0));
    attempt(p, "q0", true);
    CHECK(isModuleComplete(m, rule, p));
    CHECK(moduleProgress(m, rule, p).fraction == Approx(1.0));
}

TEST_CASE("progress rules: a fraction of sections is rounded up", "[progress]") {
    Module m = moduleWith(3, 0, 0);
    CompletionRule rule;
    rule.sectionsRead = 0.5;
    rule.quizzesPassed = false;
    ProgressSnapshot p;
    read(p, "s0");
    CHECK_FALSE(isModuleComplete(m, rule, p));  // 0.5 of 3 needs 2
    read(p, "s1");
    CHECK(isModuleComplete(m, rule, p));
}

TEST_CASE("progress rules: reflections count only when the rule asks, and blank text is no answer", "[progress]") {
    Module m = moduleWith(1, 0, 1);
    CompletionRule rule;
    rule.reflectionsAnswered = true;
    ProgressSnapshot p;
    read(p, "s0");
    CHECK_FALSE(isModuleComplete(m, rule, p));
    p.reflections["m/r0"].push_back(ReflectionRevision{"   \n", 1});
    CHECK_FALSE(isModuleComplete(m, rule, p));
    p.reflections["m/r0"].push_back(ReflectionRevision{"My answer.", 2});
    CHECK(isModuleComplete(m, rule, p));
    rule.reflectionsAnswered = false;
    p.reflections.clear();
    CHECK(isModuleComplete(m, rule, p));
}

TEST_CASE("progress rules: progress of another module or learner's ids does not count", "[progress]") {
    Module m = moduleWith(1, 0, 0);
    ProgressSnapshot p;
    p.sectionsRead.insert(SectionRef{"other", "s0"});
    CHECK_FALSE(isModuleComplete(m, CompletionRule{}, p));
}

TEST_CASE("progress rules: a course is complete when every module is", "[progress]") {
    auto a = std::make_shared<Module>(moduleWith(1, 0, 0));
    auto b = std::make_shared<Module>(moduleWith(1, 0, 0));
    b->meta.id = "n";
    Course c;
    c.modules = {a, b};
    ProgressSnapshot p;
    read(p, "s0");
    CourseProgress cp = courseProgress(c, p);
    CHECK(cp.modulesTotal == 2);
    CHECK(cp.modulesComplete == 1);
    CHECK(cp.fraction == Approx(0.5));
    CHECK_FALSE(cp.complete);
    p.sectionsRead.insert(SectionRef{"n", "s0"});
    CHECK(courseProgress(c, p).complete);
    CHECK_FALSE(courseProgress(Course{}, p).complete);  // an empty course is never "complete"
}

TEST_CASE("progress rules: read threshold is 60% of reading time, capped at 20 s", "[progress]") {
    CHECK(readThresholdSeconds(2000) == Approx(20.0));   // 10 min of reading -> capped
    CHECK(readThresholdSeconds(100) == Approx(18.0));    // 30 s -> 18 s
    CHECK(readThresholdSeconds(0) == Approx(2.0));       // an empty section still needs a glance
}
