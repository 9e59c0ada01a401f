// The author's live reload (session/course_watcher.h) on real files in a temporary course:
// each way editors save, a burst, a deleted module, a module saved half-way. Every test waits
// for what an author would see: the course in the handle, the problems in the watcher's state.
#include "load_test_util.h"

#include "load/course_loader.h"
#include "session/course_handle.h"
#include "session/course_merge.h"
#include "session/course_watcher.h"

#include <catch2/catch.hpp>

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <functional>
#include <thread>

using namespace lectern;
using namespace lectern::test;
namespace fs = std::filesystem;

namespace {

const std::string kFirst =
    "---\nid: first\ntitle: First Module\n---\n\n# First Module\n\nOpening words.\n\n"
    "## Origins {#origins}\n\nThe first section.\n\n## Later years {#later}\n\nThe second section.\n";

std::string firstWith(const std::string& originsTitle) {
    std::string s = kFirst;
    const std::string heading = "## Origins {#origins}";
    s.replace(s.find(heading), heading.size(), "## " + originsTitle);
    return s;
}

void writeCourse(const TempDir& dir) {
    dir.write("content/course.yaml", "id: watch-course\ntitle: Watch Course\nmodules:\n  - first\n  - second\n");
    dir.write("modules/first/module.md", kFirst);
    dir.write("modules/second/module.md",
              "---\nid: second\ntitle: Second Module\n---\n\n# Second Module\n\n## Only {#only}\n\nSome text.\n");
}

bool eventually(const std::function<bool()>& done, int ms = 5000) {
    const auto until = std::chrono::steady_clock::now() + std::chrono::milliseconds(ms);
    while (std::chrono::steady_clock::now() < until) {
        if (done()) return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    return done();
}

std::string sectionTitle(const session::CourseHandle& h, const std::string& module, const std::string& section) {
    const auto c = h.course();
    const Module* m = c ? c->findModule(module) : nullptr;
    const Section* s = m ? m->findSection(section) : nullptr;
    return s ? s->title : std::string("<none>");
}

bool hasErrorAbout(const session::AuthorState& s, const std::string& fileEnd) {
    for (const Diagnostic& d : s.diagnostics.items())
        if (d.severity == Severity::Error && d.file.size() >= fileEnd.size() &&
            d.file.compare(d.file.size() - fileEnd.size(), fileEnd.size(), fileEnd) == 0)
            return true;
    return false;
}

// A course in a temporary folder, its handle and a watcher on it, ready for edits.
struct Fixture {
    TempDir dir;
    std::unique_ptr<session::CourseHandle> handle;
    std::unique_ptr<session::CourseWatcher> watcher;
    std::vector<session::CourseReload> reloads;
    std::mutex mutex;

    Fixture() {
        writeCourse(dir);
        LoadResult r = loadCourse(dir.path());
        REQUIRE_FALSE(r.diagnostics.hasErrors());
        handle = std::make_unique<session::CourseHandle>(r.course);
        session::CourseWatcher::Options o;
        o.courseDir = dir.str();
        o.onReload = [this](const session::CourseReload& x) {
            std::lock_guard lock(mutex);
            reloads.push_back(x);
        };
        watcher = std::make_unique<session::CourseWatcher>(*handle, std::move(o));
        REQUIRE(eventually([&] { return watcher->watching(); }));
    }
    fs::path module(const std::string& id) const { return dir.path() / "modules" / id / "module.md"; }
    size_t reloadCount() {
        std::lock_guard lock(mutex);
        return reloads.size();
    }
};

void writeWhole(const fs::path& p, const std::string& text) { std::ofstream(p, std::ios::binary | std::ios::trunc) << text; }

} // namespace

TEST_CASE("live reload: a vim-style save (a swap file written, then renamed over the module) is taken in", "[watcher]") {
    Fixture f;
    const fs::path swap = f.module("first").parent_path() / ".module.md.swp";
    writeWhole(swap, firstWith("Origins, revised {#origins}"));
    fs::rename(swap, f.module("first"));
    REQUIRE(eventually([&] { return sectionTitle(*f.handle, "first", "origins") == "Origins, revised"; }));
    CHECK(f.handle->generation() >= 2);
    REQUIRE(eventually([&] { return f.reloadCount() >= 1; }));
    std::lock_guard lock(f.mutex);
    CHECK(f.reloads.back().replaced);
    CHECK(f.reloads.back().modules == std::vector<std::string>{"first"});
    CHECK_FALSE(f.reloads.back().diagnostics.hasErrors());
}

TEST_CASE("live reload: vim's own sequence (4913, backup by rename, new file, backup deleted) gives one good version", "[watcher]") {
    Fixture f;
    const fs::path dir = f.module("first").parent_path();
    writeWhole(dir / "4913", "");
    fs::remove(dir / "4913");
    fs::rename(f.module("first"), dir / "module.md~");
    writeWhole(f.module("first"), firstWith("Origins by vim {#origins}"));
    fs::remove(dir / "module.md~");
    REQUIRE(eventually([&] { return sectionTitle(*f.handle, "first", "origins") == "Origins by vim"; }));
    REQUIRE(eventually([&] { return f.watcher->state().reloads >= 1; }));
    std::this_thread::sleep_for(std::chrono::milliseconds(200));  // anything late would reload again
    CHECK_FALSE(f.watcher->state().diagnostics.hasErrors());
    CHECK(f.watcher->state().keptModules.empty());
}

TEST_CASE("live reload: truncate and write, with a pause in between, ends on the new text", "[watcher]") {
    Fixture f;
    const std::string text = firstWith("Origins, truncated and written {#origins}");
    const int fd = ::open(f.module("first").c_str(), O_WRONLY | O_TRUNC);
    REQUIRE(fd >= 0);
    std::this_thread::sleep_for(std::chrono::milliseconds(120));  // longer than the debounce: an empty file is seen
    const size_t half = text.size() / 2;
    REQUIRE(::write(fd, text.data(), half) == static_cast<ssize_t>(half));
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
    REQUIRE(::write(fd, text.data() + half, text.size() - half) == static_cast<ssize_t>(text.size() - half));
    ::close(fd);
    REQUIRE(eventually([&] { return sectionTitle(*f.handle, "first", "origins") == "Origins, truncated and written"; }));
    // The empty file in between never replaced the module: its sections stayed on screen.
    REQUIRE(eventually([&] { return !f.watcher->state().diagnostics.hasErrors(); }));
    CHECK(f.watcher->state().keptModules.empty());
}

TEST_CASE("live reload: a burst of writes ends in few reloads and the last text", "[watcher]") {
    Fixture f;
    for (int i = 0; i < 20; ++i) {
        writeWhole(f.module("first"), firstWith("Origins " + std::to_string(i) + " {#origins}"));
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    REQUIRE(eventually([&] { return sectionTitle(*f.handle, "first", "origins") == "Origins 19"; }));
    std::this_thread::sleep_for(std::chrono::milliseconds(200));
    INFO("reloads: " << f.reloadCount());
    CHECK(f.reloadCount() <= 3);  // 20 saves 5 ms apart: one debounce, or a few
}

TEST_CASE("live reload: a deleted module keeps its last good version and says so", "[watcher]") {
    Fixture f;
    fs::remove(f.module("second"));
    REQUIRE(eventually([&] { return f.watcher->state().reloads >= 1; }));
    const session::AuthorState s = f.watcher->state();
    CHECK(s.diagnostics.hasErrors());
    CHECK(std::find(s.keptModules.begin(), s.keptModules.end(), "second") != s.keptModules.end());
    const auto course = f.handle->course();
    REQUIRE(course->findModule("second"));
    CHECK(course->findModule("second")->findSection("only"));
    CHECK(course->modules.size() == 2);
    CHECK(course->modules[1]->meta.id == "second");  // where it was
    // Written again: the new version, no problem left.
    writeWhole(f.module("second"), "---\nid: second\ntitle: Second Module\n---\n\n# Second Module\n\n## Back {#only}\n\nText.\n");
    REQUIRE(eventually([&] { return sectionTitle(*f.handle, "second", "only") == "Back"; }));
    REQUIRE(eventually([&] { return !f.watcher->state().diagnostics.hasErrors(); }));
    CHECK(f.watcher->state().keptModules.empty());
}

TEST_CASE("live reload: a module saved half-way (truncated front matter) keeps its last good version, with a diagnostic", "[watcher]") {
    Fixture f;
    writeWhole(f.module("first"), "---\nid: first\ntitle: Fir");
    REQUIRE(eventually([&] { return f.watcher->state().reloads >= 1; }));
    const session::AuthorState s = f.watcher->state();
    INFO(([&] {
        std::string t;
        for (const auto& d : s.diagnostics.items()) t += d.format() + "\n";
        return t;
    }()));
    CHECK(hasErrorAbout(s, "modules/first/module.md"));
    CHECK(std::find(s.keptModules.begin(), s.keptModules.end(), "first") != s.keptModules.end());
    CHECK(sectionTitle(*f.handle, "first", "origins") == "Origins");
    CHECK(f.handle->course()->findModule("first")->sections.size() == 3);
    // The rest of the save arrives: taken in, the problem gone.
    writeWhole(f.module("first"), firstWith("Origins, finished {#origins}"));
    REQUIRE(eventually([&] { return sectionTitle(*f.handle, "first", "origins") == "Origins, finished"; }));
    REQUIRE(eventually([&] { return !f.watcher->state().diagnostics.hasErrors(); }));
}

TEST_CASE("live reload: editors' side files alone do not reload the course", "[watcher]") {
    Fixture f;
    const fs::path dir = f.module("first").parent_path();
    writeWhole(dir / ".module.md.swp", "swap");
    writeWhole(dir / "module.md~", "backup");
    writeWhole(dir / "4913", "");
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    CHECK(f.reloadCount() == 0);
    CHECK(f.handle->generation() == 1);
}

TEST_CASE("live reload: a section whose id is gone is reported as orphaned, and not when it comes back", "[watcher]") {
    Fixture f;
    writeWhole(f.module("first"), firstWith("Origins {#beginnings}"));
    REQUIRE(eventually([&] { return f.watcher->state().reloads >= 1; }));
    std::vector<std::string> orphaned = f.watcher->state().orphaned;
    CHECK(std::find(orphaned.begin(), orphaned.end(), "first#origins") != orphaned.end());
    writeWhole(f.module("first"), kFirst);
    REQUIRE(eventually([&] { return f.watcher->state().reloads >= 2; }));
    orphaned = f.watcher->state().orphaned;
    CHECK(std::find(orphaned.begin(), orphaned.end(), "first#origins") == orphaned.end());
    CHECK(std::find(orphaned.begin(), orphaned.end(), "first#beginnings") != orphaned.end());
}

TEST_CASE("live reload: a new module folder is watched and its module taken in", "[watcher]") {
    Fixture f;
    f.dir.write("modules/third/module.md", "---\nid: third\ntitle: Third\n---\n\n# Third\n\n## One {#one}\n\nText.\n");
    f.dir.write("content/course.yaml", "id: watch-course\ntitle: Watch Course\nmodules:\n  - first\n  - second\n  - third\n");
    REQUIRE(eventually([&] { return f.handle->course()->findModule("third") != nullptr; }));
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    writeWhole(f.module("third"), "---\nid: third\ntitle: Third\n---\n\n# Third\n\n## One again {#one}\n\nText.\n");
    REQUIRE(eventually([&] { return sectionTitle(*f.handle, "third", "one") == "One again"; }));
}

TEST_CASE("live reload: editors' side files are told from course files", "[watcher]") {
    CHECK(session::isEditorSideFile(".module.md.swp"));
    CHECK(session::isEditorSideFile("module.md~"));
    CHECK(session::isEditorSideFile("4913"));
    CHECK(session::isEditorSideFile(".#module.md"));
    CHECK_FALSE(session::isEditorSideFile("module.md"));
    CHECK_FALSE(session::isEditorSideFile("course.yaml"));
}
