// Shared by the widget tests (quiz_*, reflection_*, notes_*, search_*): a real ProgressStore
// on a temporary SQLite file, a UiEnv wired to it that records posted events and wake-ups,
// the real fixture course, and a way to reach items that widgets draw.
//
// Reaching an item: its ImGui ID is the hash chain of the window name, the widget's PushID
// strings and the item's label (what ImGui computes itself). focusItem() gives that item the
// keyboard focus, as Tab/arrow navigation would; activateItem() then presses Space on it
// (keyboard-only use), clickItem() clicks the middle of its rectangle with the mouse.
#pragma once
#include "../common/selected_scope.h"
#include "harness.h"

#include "load/course_loader.h"
#include "store/progress_store.h"
#include "ui/keys.h"
#include "ui/ui_env.h"

#include <imgui.h>
#include <imgui_internal.h>

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <functional>
#include <memory>
#include <random>
#include <string>
#include <string_view>
#include <vector>

namespace lectern::test {

namespace fs = std::filesystem;

class WidgetTempDir {
public:
    WidgetTempDir() {
        std::random_device rd;
        m_path = fs::temp_directory_path() / ("lectern-widget-test-" + std::to_string(rd()) + std::to_string(rd()));
        fs::create_directories(m_path);
    }
    ~WidgetTempDir() {
        std::error_code ec;
        fs::remove_all(m_path, ec);
    }
    std::string file(const std::string& name) const { return (m_path / name).string(); }

private:
    fs::path m_path;
};

// A real store for one learner and course, in a temp folder.
struct StoreFixture {
    WidgetTempDir dir;
    std::unique_ptr<ProgressStore> store;
    LearnerId learner = 0;
    std::string courseId;

    explicit StoreFixture(const std::string& course = "test-course") : courseId(course) { open(); }

    void open() {
        StoreOpenOptions options;
        options.path = dir.file("progress.db");
        StoreOpenReport report;
        store = ProgressStore::open(options, report);
        INFO(report.error);
        REQUIRE(store);
        learner = store->ensureLearner("Ada");
        std::string error;
        REQUIRE(store->selectLearner(learner, courseId, error));
    }
    // Closes and reopens the same file: what a restart of the app does.
    void reopen() {
        REQUIRE(store->flush(5000));
        store.reset();
        open();
    }
};

// A UiEnv whose submit goes to the real store (and is recorded), and whose post and wakeIn
// are recorded for the test to inspect.
struct RecordingEnv {
    std::vector<ui::UiEvent> posted;
    std::vector<double> wakes;
    std::vector<ProgressCommand> submitted;
    ProgressStore* store = nullptr;
    const Course* course = nullptr;
    double now = 0;
    bool savesFailing = false;  // as LecternUi sets it from the store's status

    ui::UiEnv make(const HeadlessUi& ui) {
        ui::UiEnv env;
        env.savesFailing = savesFailing;
        env.course = course;
        env.progress = store ? store->snapshot() : std::make_shared<const ProgressSnapshot>();
        env.fonts = &ui.fonts();
        env.theme = &ui.theme();
        // The app passes ImGui::GetTime(): tests move time on with io.DeltaTime (advance()).
        env.now = ImGui::GetCurrentContext() ? ImGui::GetTime() : now;
        // As the app does: the scope is the learner selected when the env is made.
        env.scope = store ? lectern::test::selectedScope(*store) : ProgressScope{};
        env.submit = [this, scope = env.scope](ProgressCommand c) {
            submitted.push_back(c);
            if (store) store->submit(scope, std::move(c));
        };
        env.post = [this](ui::UiEvent e) { posted.push_back(std::move(e)); };
        env.wakeIn = [this](double s) { wakes.push_back(s); };
        return env;
    }
    template <typename T>
    std::vector<T> submittedOf() const {
        std::vector<T> out;
        for (const ProgressCommand& c : submitted)
            if (auto* x = std::get_if<T>(&c)) out.push_back(*x);
        return out;
    }
};

inline std::shared_ptr<const Course> loadFixtureModule(const std::string& name) {
    LoadResult result = loadPaths({std::string(LECTERN_TEST_DATA_DIR) + "/modules/" + name});
    REQUIRE(result.course);
    REQUIRE(result.course->modules.size() == 1);
    return result.course;
}

// Where frameText() wants the window's text: ImGui's End() stops logging for a top-level
// window, so the capture has to happen inside it.
inline std::string* g_textCapture = nullptr;

// Draws `body` in a full-screen window named `window`, as the reader would host a widget.
inline std::function<void()> inWindow(const char* window, std::function<void()> body) {
    return [window, body] {
        ImGui::SetNextWindowPos(ImVec2(0, 0));
        ImGui::SetNextWindowSize(ImGui::GetIO().DisplaySize);
        ImGui::Begin(window, nullptr, ImGuiWindowFlags_NoSavedSettings);
        if (g_textCapture) ImGui::LogToBuffer();
        body();
        if (g_textCapture) {
            *g_textCapture = ImGui::GetCurrentContext()->LogBuffer.c_str();
            ImGui::LogFinish();
        }
        ImGui::End();
    };
}

inline ImGuiID itemId(const char* window, std::initializer_list<std::string_view> path) {
    ImGuiWindow* w = ImGui::FindWindowByName(window);
    REQUIRE(w);
    ImGuiID id = w->ID;
    for (std::string_view part : path) id = ImHashStr(part.data(), part.size(), id);
    return id;
}

// Gives the item the keyboard focus and returns its rectangle in screen space. Fails the test
// when the item was not drawn.
inline ImRect focusItem(HeadlessUi& ui, const std::function<void()>& draw, const char* window,
                        std::initializer_list<std::string_view> path) {
    const ImGuiID id = itemId(window, path);
    ImGuiWindow* w = ImGui::FindWindowByName(window);
    ImGui::SetFocusID(id, w);
    ImGuiContext& g = *ui.context();
    g.NavDisableHighlight = false;
    ui.frame(draw);
    INFO("item not drawn: " << [&] { std::string s = window; for (auto p : path) s += " / " + std::string(p); return s; }());
    REQUIRE(g.NavId == id);
    REQUIRE(g.NavIdIsAlive);
    // ImGui 1.86 keeps NavRectRel relative to the window's content start (WindowRectAbsToRel).
    ImRect r = w->NavRectRel[0];
    r.Translate(w->DC.CursorStartPos);
    return r;
}

inline void activateItem(HeadlessUi& ui, const std::function<void()>& draw, const char* window,
                         std::initializer_list<std::string_view> path) {
    focusItem(ui, draw, window, path);
    ui.pressKey(ui::keys::Space, draw);
}

inline void clickItem(HeadlessUi& ui, const std::function<void()>& draw, const char* window,
                      std::initializer_list<std::string_view> path) {
    const ImRect r = focusItem(ui, draw, window, path);
    ui.click(r.GetCenter().x, r.GetCenter().y, draw);
    ui.mouseMove(-1000, -1000);
}

// True when the item was drawn in the last frame (it can take the keyboard focus).
inline bool isDrawn(HeadlessUi& ui, const std::function<void()>& draw, const char* window,
                    std::initializer_list<std::string_view> path) {
    ImGuiWindow* w = ImGui::FindWindowByName(window);
    if (!w) return false;
    const ImGuiID id = itemId(window, path);
    ImGui::SetFocusID(id, w);
    ui.frame(draw);
    ImGuiContext& g = *ui.context();
    return g.NavId == id && g.NavIdIsAlive;
}

// True while the item is being edited (a text field with the text cursor in it).
inline bool isActive(HeadlessUi& ui, const char* window, std::initializer_list<std::string_view> path) {
    return ui.context()->ActiveId == itemId(window, path);
}

// Lets `seconds` of time pass over a few frames (io.DeltaTime), drawing each one.
inline void advance(HeadlessUi& ui, const std::function<void()>& draw, double seconds) {
    ImGuiIO& io = ImGui::GetIO();
    const float saved = io.DeltaTime;
    const int steps = std::max(1, static_cast<int>(seconds / 0.25));
    io.DeltaTime = static_cast<float>(seconds / steps);
    ui.frames(steps, draw);
    io.DeltaTime = saved;
}

// Focuses a text field, starts editing it with Enter, types, and ends with Enter.
inline void typeInto(HeadlessUi& ui, const std::function<void()>& draw, const char* window,
                     std::initializer_list<std::string_view> path, const std::string& text) {
    focusItem(ui, draw, window, path);
    ui.pressKey(ui::keys::Enter, draw);
    ui.type(text);
    ui.frame(draw);
    ui.pressKey(ui::keys::Enter, draw);
}

// Everything the frame drew as text (labels, wrapped text, buttons) in windows made by
// inWindow(), with runs of white space collapsed, captured through ImGui's own logging.
inline std::string frameText(HeadlessUi& ui, const std::function<void()>& draw) {
    std::string captured;
    g_textCapture = &captured;
    ui.frame(draw);
    g_textCapture = nullptr;
    std::string out;
    for (char c : captured) {
        const bool space = c == '\n' || c == ' ' || c == '\t' || c == '\r';
        if (space) {
            if (!out.empty() && out.back() != ' ') out += ' ';
        } else {
            out += c;
        }
    }
    return out;
}

} // namespace lectern::test
