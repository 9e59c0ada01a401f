// Shared helpers for the learner UI tests: a temporary folder, a real ProgressStore in it,
// courses written as real Markdown and loaded by the real loader, and a driver that runs
// LecternUi frame by frame in the headless harness (prepareFonts between frames, as the shell).
#pragma once
#include "harness.h"

#include "i18n/gettext_catalog.h"
#include "load/course_loader.h"
#include "platform/thread_role.h"
#include "session/course_handle.h"
#include "session/learner_session.h"
#include "session/profile_service.h"
#include "store/progress_store.h"
#include "ui/keys.h"
#include "ui/lectern_ui.h"

#include <catch2/catch.hpp>

#include <chrono>
#include <thread>
#include <filesystem>
#include <fstream>
#include <memory>
#include <random>
#include <string>

namespace lectern::test {

namespace fs = std::filesystem;

class TempDir {
public:
    TempDir() {
        std::random_device rd;
        m_path = fs::temp_directory_path() / ("lectern-ui-test-" + std::to_string(rd()) + std::to_string(rd()));
        fs::create_directories(m_path);
    }
    ~TempDir() {
        std::error_code ec;
        fs::remove_all(m_path, ec);
    }
    const fs::path& path() const { return m_path; }

private:
    fs::path m_path;
};

inline void writeFile(const fs::path& p, const std::string& text) {
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << text;
}

inline std::unique_ptr<ProgressStore> openStore(const fs::path& dbFile) {
    StoreOpenOptions o;
    o.path = dbFile.string();
    StoreOpenReport report;
    auto store = ProgressStore::open(o, report);
    REQUIRE(store);
    REQUIRE(report.ok);
    return store;
}

// Opens a store with one learner selected for `courseId` (what the shell does with --learner).
inline std::unique_ptr<ProgressStore> openStoreWithLearner(const fs::path& dbFile, const std::string& courseId,
                                                           const std::string& name = "Amina") {
    auto store = openStore(dbFile);
    std::string error;
    LearnerId id = store->ensureLearner(name);
    REQUIRE(id != 0);
    REQUIRE(store->selectLearner(id, courseId, error));
    return store;
}

inline std::shared_ptr<const Course> loadCourseOk(const fs::path& dir) {
    LoadResult r = loadCourse(dir);
    INFO(([&] {
        std::string s;
        for (const auto& d : r.diagnostics.items()) s += d.format() + "\n";
        return s;
    }()));
    REQUIRE(r.course);
    REQUIRE_FALSE(r.diagnostics.hasErrors());
    return r.course;
}

// A small two-module course with sections, an external link, an internal link and a glossary term.
inline void writeSmallCourse(const fs::path& dir) {
    writeFile(dir / "content/course.yaml",
              "id: small-course\ntitle: Small Course\nsummary: Two short modules.\nmodules:\n  - first\n  - second\n"
              "glossary: glossary.md\ncompletion:\n  sections_read: 1.0\n  quizzes_passed: true\n");
    writeFile(dir / "content/glossary.md", "# Glossary\n\n## GGE {#gge}\nGroup of Governmental Experts, a UN body.\n");
    writeFile(dir / "modules/first/module.md",
              "---\nid: first\ntitle: First Module\nestimated_minutes: 5\n---\n\n# First Module\n\n"
              "Read about the [GGE](glossary:gge) and the [official site](https://example.org/un).\n\n"
              "## Origins {#origins}\n\nThe first short section has a few words only.\n\n"
              "## Later years {#later}\n\nThe second section, also short. Back to [origins](#origins).\n");
    writeFile(dir / "modules/second/module.md",
              "---\nid: second\ntitle: Second Module\nestimated_minutes: 7\n---\n\n# Second Module\n\n"
              "Opening words. See [the later years](../first/module.md#later).\n\n## Only section {#only}\n\nSome text here.\n");
}

// A generated module of about `bytes` bytes, with one paragraph of `longParagraphBytes`.
inline void writeBigModule(const fs::path& dir, size_t bytes, size_t longParagraphBytes) {
    std::string md = "---\nid: big\ntitle: A very long module\nestimated_minutes: 600\n---\n\n# A very long module\n\n";
    std::string longPara;
    static const char* words[] = {"diplomacy", "norms", "cyber", "states", "agreed", "report", "the", "of",
                                  "*emphasis*", "**strong**", "`code`", "experts", "Группа", "Ελλάδα", "–", "“quoted”"};
    std::mt19937 rng(42);
    while (longPara.size() < longParagraphBytes) {
        longPara += words[rng() % 16];
        longPara += ' ';
    }
    md += "## The long paragraph {#long}\n\n" + longPara + "\n\n";
    int section = 0;
    while (md.size() < bytes) {
        md += "## Section " + std::to_string(++section) + "\n\n";
        for (int p = 0; p < 8; ++p) {
            std::string para;
            for (int w = 0; w < 120; ++w) {
                para += words[rng() % 16];
                para += ' ';
            }
            md += para + "\n\n";
        }
        md += "- a list item\n- another item\n  1. nested\n  2. nested again\n\n> A quotation.\n\n```\ncode block\n```\n\n";
    }
    writeFile(dir / "modules/big/module.md", md);
}

// The small course (writeSmallCourse) in a folder of its own, with room for a progress file.
struct SmallCourse {
    TempDir dir;
    std::shared_ptr<const Course> course;
    SmallCourse() {
        writeSmallCourse(dir.path() / "course");
        course = loadCourseOk(dir.path() / "course");
    }
    fs::path db() const { return dir.path() / "progress.db"; }
};

// The other UI tests read English: a test that changes the interface language holds one, so the
// process goes back to it whatever happens.
struct BackToEnglish {
    ~BackToEnglish() { i18n::useUiLanguage("en", LECTERN_LOCALE_DIR); }
};

// Runs LecternUi in the headless harness as the shell does: a CourseHandle and a
// LearnerSession around the course and store, the session started with `choice` (no
// $USER fallback unless given: an empty store shows the learner list). Each frame runs with
// the thread marked as the UI thread (SQLite there aborts a debug build); between frames the
// driver waits for the session's worker, so a sign-in asked in a frame is done by the next.
class UiDriver {
public:
    UiDriver(std::shared_ptr<const Course> course, ProgressStore& store, ui::UiOptions options = {},
             float width = 1280, float height = 800, session::LearnerChoice choice = {})
        : m_headless(width, height), m_course(std::make_unique<session::CourseHandle>(course)),
          m_session(std::make_unique<session::LearnerSession>(store, course->id)),
          m_profiles(std::make_unique<session::ProfileService>(store.path(), *m_session)) {
        m_session->start(std::move(choice));
        REQUIRE(m_session->waitIdle(10000));
        m_ui = std::make_unique<ui::LecternUi>(*m_course, *m_session, *m_profiles, std::move(options));
        REQUIRE(m_profiles->waitIdle(10000));
    }

    // The same around a course handle made by the test (the author's watcher stands on it).
    UiDriver(std::unique_ptr<session::CourseHandle> handle, ProgressStore& store, ui::UiOptions options,
             float width = 1280, float height = 800, session::LearnerChoice choice = {})
        : m_headless(width, height), m_course(std::move(handle)),
          m_session(std::make_unique<session::LearnerSession>(store, m_course->course()->id)),
          m_profiles(std::make_unique<session::ProfileService>(store.path(), *m_session)) {
        m_session->start(std::move(choice));
        REQUIRE(m_session->waitIdle(10000));
        m_ui = std::make_unique<ui::LecternUi>(*m_course, *m_session, *m_profiles, std::move(options));
        REQUIRE(m_profiles->waitIdle(10000));
    }

    void frame() {
        m_ui->prepareFonts(*ImGui::GetIO().Fonts, 1.0f);
        m_headless.frame([this] { m_ui->frame(); });
        // The profile service may sign in (a right PIN): wait for it, then for the session.
        REQUIRE(m_profiles->waitIdle(20000));
        REQUIRE(m_session->waitIdle(10000));
    }
    void frames(int n) {
        for (int i = 0; i < n; ++i) frame();
    }
    // Presses and releases a key over two frames (with modifiers held while pressed).
    void press(int key, bool ctrl = false, bool shift = false, bool alt = false) {
        ImGuiIO& io = ImGui::GetIO();
        io.KeyCtrl = ctrl;
        io.KeyShift = shift;
        io.KeyAlt = alt;
        io.KeysDown[key] = true;
        frame();
        io.KeysDown[key] = false;
        io.KeyCtrl = io.KeyShift = io.KeyAlt = false;
        frame();
    }
    // A key that types a character, as GLFW delivers it: the key and, in the same frame, the
    // character (key 0: the character alone, as AltGr+9 types "]" on a German keyboard).
    void pressTyping(int key, char32_t character) {
        ImGuiIO& io = ImGui::GetIO();
        if (key) io.KeysDown[key] = true;
        io.AddInputCharacter(static_cast<unsigned>(character));
        frame();
        if (key) io.KeysDown[key] = false;
        frame();
    }
    // Lets `seconds` of time pass in frames of `step` seconds (ImGui's clock is DeltaTime).
    void wait(double seconds, float step = 0.25f) {
        ImGuiIO& io = ImGui::GetIO();
        const float saved = io.DeltaTime;
        io.DeltaTime = step;
        for (double t = 0; t < seconds; t += step) frame();
        io.DeltaTime = saved;
    }

    // Runs a frame and returns the text it drew, as a learner reads it (labels, texts, list
    // rows), through ImGui's log. The log ends with the UI's window (ImGui's End() finishes it,
    // and only a clipboard log survives that), which holds everything but the dialogs.
    std::string screenText() {
        m_ui->prepareFonts(*ImGui::GetIO().Fonts, 1.0f);
        m_headless.frame([&] {
            ImGui::SetClipboardText("");
            ImGui::LogToClipboard();
            m_ui->frame();
            ImGui::LogFinish();
        });
        const char* clip = ImGui::GetClipboardText();
        std::string text = clip ? clip : "";
        REQUIRE(m_profiles->waitIdle(20000));
        REQUIRE(m_session->waitIdle(10000));
        return text;
    }

    ui::LecternUi& ui() { return *m_ui; }
    HeadlessUi& headless() { return m_headless; }
    session::CourseHandle& course() { return *m_course; }
    session::LearnerSession& session() { return *m_session; }
    session::ProfileService& profiles() { return *m_profiles; }
    void destroyUi() { m_ui.reset(); }

private:
    HeadlessUi m_headless;
    std::unique_ptr<session::CourseHandle> m_course;
    std::unique_ptr<session::LearnerSession> m_session;
    std::unique_ptr<session::ProfileService> m_profiles;
    std::unique_ptr<ui::LecternUi> m_ui;  // last: destroyed first, before what it draws from
};

// From the start screen: F2, a new facilitator PIN twice: facilitator mode is open.
inline void enterFacilitatorMode(UiDriver& d, const std::string& pin = "9753") {
    d.frames(3);
    d.press(ui::keys::function(2));
    d.frames(2);
    REQUIRE(d.ui().currentLocation() == "facilitator-pin");
    for (int twice = 0; twice < 2; ++twice) {
        d.headless().type(pin);
        d.frames(2);
        d.press(ui::keys::Enter);
    }
    d.frames(3);
    REQUIRE(d.ui().currentLocation() == "facilitator");
}

// Frames until the screen shows `part` (a worker runs on its own thread), at most 20 s; the last
// screen text either way.
inline std::string waitForText(UiDriver& d, const std::string& part) {
    std::string text;
    for (int i = 0; i < 200; ++i) {
        text = d.screenText();
        if (text.find(part) != std::string::npos) return text;
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    return text;
}

} // namespace lectern::test
