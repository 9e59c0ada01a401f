// The top bar at every text size on a small and a large window: the buttons never overlap the
// title; when they do not fit they fold into one "Menu" with the same actions, and a long title
// ends with an ellipsis.
#include "quiz_test_support.h"

#include "ui/views/top_bar.h"

using namespace lectern;
using namespace lectern::test;

namespace {

struct BarRun {
    ui::TopBarResult result;
    std::vector<ui::UiEvent> posted;
};

BarRun drawBar(HeadlessUi& ui, ImVec2 display, float textScale, const std::string& title) {
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = display;
    io.FontGlobalScale = textScale;
    RecordingEnv rec;
    BarRun run;
    auto draw = inWindow("Top", [&] {
        ui::UiEnv env = rec.make(ui);
        run.result = ui::drawTopBar(env, title, ui::ThemeKind::Light, true);
    });
    ui.frames(3, draw);
    run.posted = rec.posted;
    io.FontGlobalScale = 1.0f;
    return run;
}

} // namespace

TEST_CASE("top bar: at 800x600 and 1920x1080, at each text size, nothing overlaps the title", "[ui][top-bar]") {
    HeadlessUi ui;
    const std::string title = "UN cyber diplomacy: from the GGEs to the Global Mechanism";
    // Lectern's text sizes go from the default up ten steps of 10% (settings: fontSteps).
    for (ImVec2 display : {ImVec2(800, 600), ImVec2(1920, 1080)}) {
        for (int step = 0; step <= 10; ++step) {
            const float scale = 1.0f + 0.1f * float(step);
            INFO("window " << display.x << "x" << display.y << ", text step " << step);
            BarRun run = drawBar(ui, display, scale, title);
            CHECK(run.result.titleRight <= run.result.controlsLeft);
            CHECK(run.result.controlsLeft < display.x);  // the controls start inside the window
        }
    }
    CHECK_FALSE(drawBar(ui, ImVec2(1920, 1080), 1.0f, title).result.folded);
    CHECK_FALSE(drawBar(ui, ImVec2(1920, 1080), 1.0f, title).result.titleClipped);
    const BarRun small = drawBar(ui, ImVec2(800, 600), 2.0f, title);
    CHECK(small.result.folded);
    CHECK(small.result.titleClipped);
}

TEST_CASE("top bar: folded, the menu holds every action of the buttons, by keyboard", "[ui][top-bar]") {
    // Opens the menu from the keyboard, goes `downs` items down and presses the item. Space is
    // ImGui's key for it; LecternUi makes Enter do the same everywhere (enterActivatesFocusedItem).
    auto choose = [](int downs) {
        HeadlessUi ui;
        ImGuiIO& io = ImGui::GetIO();
        io.DisplaySize = ImVec2(800, 600);
        io.FontGlobalScale = 2.0f;
        RecordingEnv rec;
        ui::TopBarResult last;
        bool signOut = false, help = false;
        auto draw = inWindow("Top", [&] {
            ui::UiEnv env = rec.make(ui);
            last = ui::drawTopBar(env, "A long course title that cannot fit beside its buttons", ui::ThemeKind::Light, true);
            signOut = signOut || last.signOutPressed;
            help = help || last.helpPressed;
        });
        ui.frames(3, draw);
        REQUIRE(last.folded);
        focusItem(ui, draw, "Top", {"Menu"});
        ui.pressKey(ui::keys::Space, draw);
        ui.frames(2, draw);
        for (int i = 0; i < downs; ++i) ui.pressKey(ui::keys::Down, draw);
        ui.pressKey(ui::keys::Space, draw);
        ui.frames(2, draw);
        io.FontGlobalScale = 1.0f;
        std::string what = signOut ? "sign out" : help ? "help" : "";
        for (const ui::UiEvent& e : rec.posted) {
            if (auto* t = std::get_if<ui::ChangeTheme>(&e)) what = "theme " + std::to_string(int(t->kind));
            if (auto* f = std::get_if<ui::ChangeFontSize>(&e)) what = "size " + std::to_string(f->steps);
        }
        return what;
    };
    CHECK(choose(0) == "theme " + std::to_string(int(ui::ThemeKind::Light)));
    CHECK(choose(1) == "theme " + std::to_string(int(ui::ThemeKind::Dark)));
    CHECK(choose(2) == "theme " + std::to_string(int(ui::ThemeKind::HighContrast)));
    CHECK(choose(3) == "size -1");
    CHECK(choose(4) == "size 1");
    CHECK(choose(5) == "");  // "Language" opens its submenu (the next test picks a language)
    CHECK(choose(6) == "sign out");
    CHECK(choose(7) == "help");
}

TEST_CASE("top bar: the language popup, by keyboard, saves a language or automatic", "[ui][top-bar][i18n]") {
    // Tab to "Language", Space opens the popup, `downs` items down, Space chooses.
    auto choose = [](int downs) {
        HeadlessUi ui;
        ImGui::GetIO().DisplaySize = ImVec2(1920, 1080);
        RecordingEnv rec;
        ui::TopBarResult last;
        auto draw = inWindow("Top", [&] {
            ui::UiEnv env = rec.make(ui);
            last = ui::drawTopBar(env, "Course", ui::ThemeKind::Light, true, "ru");
        });
        ui.frames(3, draw);
        REQUIRE_FALSE(last.folded);
        focusItem(ui, draw, "Top", {"Language"});
        ui.pressKey(ui::keys::Space, draw);
        ui.frames(2, draw);
        for (int i = 0; i < downs; ++i) ui.pressKey(ui::keys::Down, draw);
        ui.pressKey(ui::keys::Space, draw);
        ui.frames(2, draw);
        std::string chosen = "(none)";
        for (const ui::UiEvent& e : rec.posted)
            if (auto* l = std::get_if<ui::ChangeLanguage>(&e)) chosen = l->tag;
        return chosen;
    };
    CHECK(choose(0) == "");  // automatic: the environment's language
    CHECK(choose(1) == "en");
    CHECK(choose(2) == "ar");
    CHECK(choose(4) == "fr");
    CHECK(choose(6) == "zh-Hans");
}
