// `lectern --author` in the headless UI: the problems panel (rows, keyboard and mouse, the
// editor started at the line, the words when no editor is set), and the overlay beside the
// text (ids, answer key, source lines, words and reading time, a warning beside its block),
// the reader's place and the panel across a live reload by the real watcher.
#include "ui_test_support.h"

#include "session/course_watcher.h"
#include "ui/views/problems_panel.h"

#include <chrono>
#include <cstdlib>
#include <thread>

using namespace lectern;
using namespace lectern::test;
namespace keys = lectern::ui::keys;

namespace {

// An editor that writes the arguments it was given (one a line) into `out`.
fs::path fakeEditor(const TempDir& dir, const fs::path& out) {
    const fs::path script = dir.path() / "fake-editor";
    writeFile(script, "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done > '" + out.string() + ".tmp'\nmv '" +
                          out.string() + ".tmp' '" + out.string() + "'\n");
    fs::permissions(script, fs::perms::owner_all);
    return script;
}

std::string waitForFile(const fs::path& p, int ms = 5000) {
    for (int i = 0; i < ms / 10; ++i) {
        if (fs::exists(p)) {
            std::ifstream in(p);
            return std::string(std::istreambuf_iterator<char>(in), {});
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    return "<no file>";
}

struct EnvVar {
    std::string name;
    std::string old;
    bool had;
    EnvVar(const char* n, const char* value) : name(n) {
        const char* o = std::getenv(n);
        had = o != nullptr;
        if (o) old = o;
        if (value) setenv(n, value, 1);
        else unsetenv(n);
    }
    ~EnvVar() {
        if (had) setenv(name.c_str(), old.c_str(), 1);
        else unsetenv(name.c_str());
    }
};

session::AuthorState twoProblems() {
    session::AuthorState s;
    s.serial = 7;
    s.diagnostics.error("modules/first/module.md", {12, 3}, "quiz 'q1' has no correct answer");
    s.diagnostics.warning("modules/first/module.md", {20, 1}, "image 'x.png' not found");
    return s;
}

// Draws the panel alone and returns what it wrote (its window's text, through ImGui's log).
std::string drawPanel(HeadlessUi& h, ui::ProblemsPanel& panel) {
    ui::UiEnv env;
    env.fonts = &h.fonts();
    env.theme = &h.theme();
    std::string text;
    h.frame([&] {
        ImGui::SetClipboardText("");
        ImGui::LogToClipboard();  // the panel's End() finishes the log
        panel.draw(env, {});
    });
    const char* clip = ImGui::GetClipboardText();
    return clip ? clip : "";
}

} // namespace

TEST_CASE("problems panel: lists each FILE:LINE:COL problem and opens the editor at the line chosen by mouse or keyboard", "[author]") {
    TempDir dir;
    const fs::path out = dir.path() / "editor-args";
    EnvVar visual("VISUAL", fakeEditor(dir, out).c_str());
    EnvVar editor("EDITOR", nullptr);
    HeadlessUi h(1200, 800);
    ui::ProblemsPanel panel;
    panel.follow(twoProblems());
    REQUIRE(panel.visible());  // errors bring it up by themselves
    const std::string text = drawPanel(h, panel);
    CHECK(text.find("modules/first/module.md:12:3: error: quiz 'q1' has no correct answer") != std::string::npos);
    CHECK(text.find("modules/first/module.md:20:1: warning: image 'x.png' not found") != std::string::npos);
    CHECK(text.find("No editor is set") == std::string::npos);

    ui::UiEnv env;
    env.fonts = &h.fonts();
    env.theme = &h.theme();
    // A window standing for the reader, which has the keyboard when the panel comes up.
    bool focusReader = true;
    auto draw = [&] {
        if (focusReader) ImGui::SetNextWindowFocus();
        focusReader = false;
        ImGui::SetNextWindowPos(ImVec2(0, 0));
        ImGui::SetNextWindowSize(ImVec2(1200, 500));
        ImGui::Begin("reader");
        ImGui::TextUnformatted("The reader's text.");
        ImGui::End();
        panel.draw(env, {});
    };
    h.frames(2, draw);
    CHECK_FALSE(panel.hasFocus());  // shown by a reload: the reader keeps the keyboard

    // The keyboard: F8 gives the panel the keys, Down, Enter.
    panel.toggle();
    h.frames(2, draw);
    REQUIRE(panel.hasFocus());
    h.pressKey(keys::Down, draw);
    CHECK(panel.selected() == 1);
    h.pressKey(keys::Enter, draw);
    CHECK(waitForFile(out) == "+20\nmodules/first/module.md\n");
    for (int i = 0; i < 200 && panel.launchStatus().find("closed") == std::string::npos; ++i)
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    CHECK(panel.launchStatus().find("closed modules/first/module.md") != std::string::npos);
    fs::remove(out);

    // The mouse: a click on the first row.
    const auto row = panel.rowCenter(0);
    REQUIRE(row);
    h.click(row->x, row->y, draw);
    CHECK(waitForFile(out) == "+12\nmodules/first/module.md\n");
    CHECK(panel.selected() == 0);

    // Fixed: the panel goes.
    session::AuthorState fixed;
    fixed.serial = 8;
    panel.follow(fixed);
    CHECK_FALSE(panel.visible());
}

TEST_CASE("problems panel: without $VISUAL or $EDITOR it says how to set one", "[author]") {
    EnvVar visual("VISUAL", nullptr);
    EnvVar editor("EDITOR", nullptr);
    HeadlessUi h(1200, 800);
    ui::ProblemsPanel panel;
    panel.follow(twoProblems());
    const std::string text = drawPanel(h, panel);
    CHECK(text.find("No editor is set: set $VISUAL or $EDITOR") != std::string::npos);
}

namespace {

// Line numbers matter: "## Origins" is line 10, the image paragraph line 14.
const char* kModule =
    "---\nid: first\ntitle: First Module\n---\n\n# First Module\n\nOpening words for the module.\n\n"
    "## Origins {#origins}\n\nThe first section has a handful of words in it.\n\n"
    "![a picture on the web](https://example.org/x.png)\n\n"
    "```quiz\n"
    "id: check\n"
    "questions:\n"
    "  - id: q-capital\n"
    "    type: single\n"
    "    prompt: Which city?\n"
    "    choices:\n"
    "      - id: paris\n"
    "        text: Paris\n"
    "      - id: geneva\n"
    "        text: Geneva\n"
    "        correct: true\n"
    "```\n\n"
    "## Later years {#later}\n\nThe second section.\n";

struct AuthorApp {
    TempDir dir;
    std::shared_ptr<const Course> course;
    std::unique_ptr<ProgressStore> store;
    session::CourseHandle* handle = nullptr;
    std::unique_ptr<session::CourseWatcher> watcher;
    std::unique_ptr<UiDriver> driver;

    AuthorApp(const std::string& moduleText) {
        writeFile(dir.path() / "course/content/course.yaml", "id: author-course\ntitle: Author Course\nmodules:\n  - first\n");
        writeFile(dir.path() / "course/modules/first/module.md", moduleText);
        LoadResult r = loadCourse(dir.path() / "course");
        course = r.course;
        store = openStoreWithLearner(dir.path() / "progress.db", course->id);
        auto h = std::make_unique<session::CourseHandle>(course);
        handle = h.get();
        session::CourseWatcher::Options o;
        o.courseDir = (dir.path() / "course").string();
        o.initial = r.diagnostics;
        watcher = std::make_unique<session::CourseWatcher>(*handle, std::move(o));
        ui::UiOptions uo;
        uo.openTarget = "first#origins";
        uo.author = watcher.get();
        driver = std::make_unique<UiDriver>(std::move(h), *store, uo, 1400, 900);
        for (int i = 0; i < 200 && !watcher->watching(); ++i) std::this_thread::sleep_for(std::chrono::milliseconds(10));
        driver->frames(4);
    }
    ~AuthorApp() {
        driver->destroyUi();
        watcher.reset();  // before the handle it reloads
    }
    fs::path moduleFile() const { return dir.path() / "course/modules/first/module.md"; }
};

} // namespace

TEST_CASE("author overlay: ids, the answer key, source lines, words and reading time, a warning beside its block", "[author]") {
    AuthorApp app(kModule);
    REQUIRE(app.driver->ui().currentLocation() == "first#origins");
    const std::string text = app.driver->screenText();
    INFO(text);
    CHECK(text.find("section #origins") != std::string::npos);
    CHECK(text.find("words · under 1 min") != std::string::npos);
    CHECK(text.find("line 10") != std::string::npos);  // the "## Origins" heading's source line
    CHECK(text.find("quiz check") != std::string::npos);
    CHECK(text.find("q-capital (single, line") != std::string::npos);
    CHECK(text.find("): Geneva") != std::string::npos);  // the answer key
    CHECK(text.find("warning: line 14") != std::string::npos);  // the web image, beside its paragraph
}

TEST_CASE("author mode: a reload keeps the reader's place; an error shows the panel and the last good version, a fix hides it", "[author]") {
    AuthorApp app(kModule);
    UiDriver& d = *app.driver;
    REQUIRE(d.ui().currentLocation() == "first#origins");
    CHECK_FALSE(d.ui().problemsShown());  // warnings alone do not bring it up
    d.press(keys::Down);
    d.press(keys::Down);
    d.frames(2);
    const float offset = d.ui().currentSectionOffset();
    REQUIRE(offset > 0);

    // A new heading in the section above the reader's place, and more words in its own.
    std::string edited = kModule;
    edited.replace(edited.find("## Origins {#origins}"), std::string("## Origins {#origins}").size(), "## Origins, revised {#origins}");
    edited.replace(edited.find("Opening words"), std::string("Opening words").size(), "Opening words, many more of them, ");
    std::ofstream(app.moduleFile(), std::ios::trunc) << edited;
    REQUIRE(app.watcher->waitReloads(1, 5000));
    d.frames(4);
    CHECK(d.ui().courseGeneration() == 2);
    CHECK(d.ui().currentLocation() == "first#origins");
    CHECK(d.ui().currentSectionTitle() == "Origins, revised");
    CHECK(d.ui().currentSectionOffset() == Approx(offset).margin(2.0f));

    // Saved half-way: the last good version stays, the panel lists the error.
    std::ofstream(app.moduleFile(), std::ios::trunc) << "---\nid: first\ntitle: Fir";
    REQUIRE(app.watcher->waitReloads(2, 5000));
    d.frames(4);
    CHECK(d.ui().currentSectionTitle() == "Origins, revised");
    CHECK(d.ui().problemsShown());
    bool listed = false;
    for (const std::string& row : d.ui().problemRows()) listed |= row.find("modules/first/module.md") != std::string::npos && row.find(": error: ") != std::string::npos;
    CHECK(listed);

    // Fixed: the panel goes, the new text is on screen.
    std::ofstream(app.moduleFile(), std::ios::trunc) << kModule;
    REQUIRE(app.watcher->waitReloads(3, 5000));
    d.frames(4);
    CHECK_FALSE(d.ui().problemsShown());
    CHECK(d.ui().currentSectionTitle() == "Origins");
    CHECK(d.ui().currentLocation() == "first#origins");
}
