// The reader's contents panel (sections, bookmark, notes, back) at large text in a small
// window (issue 10, item 6): before, at 800x600 five steps larger it vanished with no way
// back. Now it folds to a "Contents" button and F9, and comes back with either, at every size.
#include "ui_test_support.h"

#include "ui/theme.h"

#include <imgui_internal.h>

#include <optional>

using namespace lectern;
using namespace lectern::test;
namespace keys = lectern::ui::keys;

namespace {

// Whether the contents child window was drawn in the last frame.
bool contentsDrawn() {
    for (ImGuiWindow* w : GImGui->Windows)
        if (std::string(w->Name).find("##toc") != std::string::npos && w->WasActive) return true;
    return false;
}

struct Reading {
    TempDir dir;
    std::shared_ptr<const Course> course = loadCourseOk(fs::path(LECTERN_TEST_DATA_DIR) / "courses/keyboard");
    std::unique_ptr<ProgressStore> store = openStoreWithLearner(dir.path() / "progress.db", course->id);
    std::unique_ptr<UiDriver> open(float w, float h, int largerSteps) {
        ui::UiOptions o;
        o.openTarget = "first-steps";
        auto d = std::make_unique<UiDriver>(course, *store, o, w, h);
        d->frames(3);
        for (int i = 0; i < largerSteps; ++i) d->press(keys::Equal, true);  // Ctrl+=
        d->frames(3);
        return d;
    }
};

} // namespace

TEST_CASE("reader: in a small window at large text the contents fold to a toggle and come back",
          "[ui][reader][small-window]") {
    for (int steps : {0, 5, 10}) {
        INFO("800x600, text " << steps << " steps larger");
        Reading r;
        auto d = r.open(800, 600, steps);
        const bool wide = contentsDrawn();
        if (steps >= 5) CHECK_FALSE(wide);  // too narrow for text and contents side by side
        d->press(keys::function(9));
        d->frames(2);
        CHECK(contentsDrawn() != wide);  // F9 always changes it: never gone for good
        d->press(keys::function(9));
        d->frames(2);
        CHECK(contentsDrawn() == wide);
    }
}

TEST_CASE("reader: in a large window the contents show, F9 hides them and brings them back", "[ui][reader]") {
    Reading r;
    auto d = r.open(1920, 1080, 0);
    CHECK(contentsDrawn());
    d->press(keys::function(9));
    d->frames(2);
    CHECK_FALSE(contentsDrawn());
    d->press(keys::function(9));
    d->frames(2);
    CHECK(contentsDrawn());
}

TEST_CASE("reader: F6 opens folded contents and gives them the keyboard", "[ui][reader][small-window]") {
    Reading r;
    auto d = r.open(800, 600, 6);
    REQUIRE_FALSE(contentsDrawn());
    d->press(keys::function(6));
    d->frames(2);
    CHECK(contentsDrawn());
}

namespace {

// The top of the focus ring drawn in the reader's text (accent-coloured outline vertices), in
// pixels from the top of the text view; nothing when no ring is drawn.
std::optional<float> focusRingTop() {
    const ImU32 accent = ui::makeTheme(ui::ThemeKind::Light).accent;
    for (ImGuiWindow* w : GImGui->Windows) {
        if (!w->WasActive || std::string(w->Name).find("##reader") == std::string::npos) continue;
        std::optional<float> top;
        for (const ImDrawVert& v : w->DrawList->VtxBuffer)
            if (v.col == accent && v.pos.y >= w->Pos.y && v.pos.y < w->Pos.y + w->Size.y)
                top = std::min(top.value_or(v.pos.y - w->Pos.y), v.pos.y - w->Pos.y);
        return top;
    }
    return std::nullopt;
}

} // namespace

TEST_CASE("reader: a section chosen in the contents by keyboard shows the focus on its heading; Tab goes on from "
          "there",
          "[ui][reader][keyboard]") {
    Reading r;
    auto d = r.open(1280, 800, 0);
    for (int downs = 0; downs < 8 && d->ui().currentLocation() != "first-steps#reflect"; ++downs) {
        d->press(keys::function(6));  // the contents get the keyboard
        for (int i = 0; i < downs; ++i) d->press(keys::Down);
        d->press(keys::Enter);
        d->frames(3);
    }
    REQUIRE(d->ui().currentLocation() == "first-steps#reflect");
    std::optional<float> landed = focusRingTop();
    REQUIRE(landed);  // without it the keyboard's place was invisible after the jump
    CHECK(*landed < 60);  // around the heading, which the jump put at the top of the view
    d->press(keys::Tab);
    d->frames(2);
    std::optional<float> next = focusRingTop();
    REQUIRE(next);
    CHECK(*next > *landed);  // the reflection under the heading, not a stop elsewhere
    CHECK(d->ui().currentLocation() == "first-steps#reflect");
}
