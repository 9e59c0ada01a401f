// Course loading: manifest, glossary, module order, cross-module links, async loading.
#include "load/async_loader.h"
#include "load/course_loader.h"
#include "load_test_util.h"

#include <condition_variable>
#include <mutex>

using namespace lectern;

TEST_CASE("demo course: manifest, glossary and modules in order", "[load][course]") {
    const LoadResult r = loadCourse(test::dataDir() + "/courses/demo");
    for (const std::string& line : test::formatted(r.diagnostics)) UNSCOPED_INFO(line);
    REQUIRE(r.diagnostics.empty());
    const Course& c = *r.course;
    CHECK(c.id == "demo-course");
    CHECK(c.title == "Demo course");
    CHECK(c.summary == "A two-module course for the loader tests.");
    CHECK(c.manifest == test::dataDir() + "/courses/demo/content/course.yaml");
    CHECK(c.completion.sectionsRead == 0.8);
    CHECK(c.completion.quizzesPassed);
    CHECK(c.completion.reflectionsAnswered);
    REQUIRE(c.modules.size() == 2);
    CHECK(c.modules[0]->meta.id == "intro");
    CHECK(c.modules[1]->meta.id == "deep-dive");
    CHECK(c.modules[1]->meta.prerequisites == std::vector<std::string>{"intro"});
    REQUIRE(c.glossary.size() == 2);
    CHECK(c.glossary[0].id == "gge");
    CHECK(c.glossary[0].term == "GGE");
    CHECK(c.glossary[0].definition.find("Group of Governmental Experts") == 0);
    CHECK(c.glossary[1].id == "open-ended-working-group");
    CHECK(c.findTerm("gge") == &c.glossary[0]);
    // Quizzes without "pass:" take the course's pass_mark; their own "pass:" wins.
    CHECK(c.findModule("intro")->quizzes.at(0).passPercent == 60);
    CHECK(c.findModule("deep-dive")->quizzes.at(0).passPercent == 90);
}

TEST_CASE("demo course: links between modules become module-id#anchor", "[load][course]") {
    const LoadResult r = loadCourse(test::dataDir() + "/courses/demo");
    const Module& intro = *r.course->findModule("intro");
    std::vector<std::string> links, terms;
    for (const Block& b : intro.blocks)
        for (const Span& s : b.inlines) {
            if (s.flags & SpanLink) links.push_back(s.target);
            if (s.flags & SpanGlossary) terms.push_back(s.target);
        }
    CHECK(links == std::vector<std::string>{"deep-dive#details", "deep-dive"});
    CHECK(terms == std::vector<std::string>{"gge", "open-ended-working-group"});
    CHECK(intro.findReflection("intro-thoughts")->sectionId == "background");
    CHECK(intro.findQuiz("intro-quiz")->sectionId == "check");
}

TEST_CASE("a module folder is checked against its course but reported alone", "[load][course]") {
    const std::string dir = test::dataDir() + "/courses/broken/modules/gamma";
    const LoadResult r = loadPaths({dir});
    REQUIRE(r.course->modules.size() == 1);
    CHECK(r.course->modules[0]->meta.id == "gamma");
    // Its duplicate id with alpha's quiz is found, and its missing `reviewed:` date (it belongs
    // to a course with a manifest); alpha's own problems are not reported.
    REQUIRE(r.diagnostics.items().size() == 2);
    CHECK(r.diagnostics.items()[0].message.find("module has no 'reviewed:' date") == 0);
    CHECK(r.diagnostics.items()[1].file == dir + "/module.md");
    CHECK(r.diagnostics.items()[1].message.find("reflection id 'shared'") == 0);
}

TEST_CASE("a course folder without a manifest takes its modules in name order", "[load][course]") {
    test::TempDir tmp;
    tmp.write("modules/b-second/module.md", "---\nid: b-second\ntitle: B\n---\n\nSee [a](../a-first/module.md#one).\n");
    tmp.write("modules/a-first/module.md", "---\nid: a-first\ntitle: A\n---\n\n## One\n\nText.\n");
    const LoadResult r = loadCourse(tmp.path());
    for (const std::string& line : test::formatted(r.diagnostics)) UNSCOPED_INFO(line);
    CHECK(r.diagnostics.empty());
    CHECK(r.course->manifest.empty());
    CHECK(r.course->title == tmp.path().filename().string());
    REQUIRE(r.course->modules.size() == 2);
    CHECK(r.course->modules[0]->meta.id == "a-first");
    CHECK(r.course->modules[1]->meta.id == "b-second");
}

TEST_CASE("a module that cannot be read is left out, the rest of the course loads", "[load][course]") {
    test::TempDir tmp;
    tmp.write("modules/good/module.md", "---\nid: good\ntitle: Good\n---\n\nFine.\n");
    tmp.write("modules/huge/module.md", std::string(kMaxSourceFileBytes + 1, 'a'));
    const LoadResult r = loadCourse(tmp.path());
    REQUIRE(r.course->modules.size() == 1);
    CHECK(r.course->modules[0]->meta.id == "good");
    REQUIRE(r.diagnostics.errorCount() == 1);
    CHECK(r.diagnostics.items()[0].format() ==
          tmp.path().generic_string() + "/modules/huge/module.md: error: file is 8.0 MiB, over the limit of 8 MiB; "
                                        "split it into smaller files");
}

TEST_CASE("async loader: loads on a worker thread and calls back with the course", "[load][course]") {
    std::mutex mutex;
    std::condition_variable cv;
    std::shared_ptr<const Course> loaded;
    std::thread::id callbackThread;
    {
        AsyncCourseLoader loader;
        loader.start(test::dataDir() + "/courses/demo", [&](LoadResult r) {
            std::lock_guard<std::mutex> lock(mutex);
            loaded = r.course;
            callbackThread = std::this_thread::get_id();
            cv.notify_all();
        });
        std::unique_lock<std::mutex> lock(mutex);
        CHECK(cv.wait_for(lock, std::chrono::seconds(30), [&] { return loaded != nullptr; }));
    }
    REQUIRE(loaded);
    CHECK(loaded->modules.size() == 2);
    CHECK(callbackThread != std::this_thread::get_id());

    std::shared_ptr<const Course> viaThread;
    std::thread t = loadCourseAsync(test::dataDir() + "/courses/demo", [&](LoadResult r) { viaThread = r.course; });
    t.join();
    REQUIRE(viaThread);
    CHECK(viaThread->findModule("deep-dive"));
}

TEST_CASE("a missing or empty course folder is reported, not silently empty", "[load][course]") {
    test::TempDir tmp;
    const LoadResult missing = loadCourse(tmp.path() / "nowhere");
    REQUIRE(missing.course);
    CHECK(missing.course->modules.empty());
    REQUIRE(missing.diagnostics.errorCount() == 1);
    CHECK(missing.diagnostics.items()[0].message == "course folder not found");
    const LoadResult empty = loadCourse(tmp.path());
    CHECK(empty.diagnostics.errorCount() == 0);
    CHECK(empty.diagnostics.warningCount() == 1);
}
