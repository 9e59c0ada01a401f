// Tab on the course page (issue 10, item 5): ImGui 1.86's Tab reaches only text fields, so a
// learner with the keyboard alone could not reach the top bar from the catalogue. Tab and
// Shift+Tab now walk every button of the page and of the top bar, in a ring, with the focus
// shown; Enter presses the one reached.
#include "ui_test_support.h"

#include <imgui_internal.h>

#include <set>

using namespace lectern;
using namespace lectern::test;
namespace keys = lectern::ui::keys;

namespace {

struct Catalogue {
    TempDir dir;
    std::shared_ptr<const Course> course = loadCourseOk(fs::path(LECTERN_TEST_DATA_DIR) / "courses/keyboard");
    std::unique_ptr<ProgressStore> store = openStoreWithLearner(dir.path() / "progress.db", course->id);
};

// The ID of a top-bar button: the bar is drawn straight into the app's window.
ImGuiID topBarButton(const char* label) {
    ImGuiWindow* w = ImGui::FindWindowByName("##lectern");
    REQUIRE(w);
    return w->GetID(label);
}

ImGuiID focused() { return GImGui->NavId; }

bool focusInCatalogue() { return GImGui->NavWindow && std::string(GImGui->NavWindow->Name).find("##catalogue") != std::string::npos; }

} // namespace

TEST_CASE("catalogue: Tab walks the module buttons and reaches every top-bar button; Shift+Tab walks back",
          "[ui][keyboard][tab]") {
    Catalogue c;
    UiDriver d(c.course, *c.store, {}, 1280, 800);
    d.frames(4);
    REQUIRE(d.ui().currentLocation() == "catalogue");
    const ImGuiID help = topBarButton("Help (F1)"), signOut = topBarButton("Sign out"), dark = topBarButton("Dark");

    std::vector<ImGuiID> walk;
    bool sawCatalogue = false;
    for (int i = 0; i < 40; ++i) {
        d.press(keys::Tab);
        walk.push_back(focused());
        sawCatalogue = sawCatalogue || focusInCatalogue();
        CHECK_FALSE(GImGui->NavDisableHighlight);  // the learner sees where the focus is
    }
    const std::set<ImGuiID> reached(walk.begin(), walk.end());
    CHECK(reached.count(help));
    CHECK(reached.count(signOut));
    CHECK(reached.count(dark));
    CHECK(sawCatalogue);
    CHECK(reached.size() >= 10);  // 7 bar buttons, the module, the page's buttons
    // A ring: after as many steps as it has stops, Tab is back where it began.
    const size_t ring = reached.size();
    REQUIRE(walk.size() > ring);
    CHECK(walk[ring] == walk[0]);

    // Shift+Tab goes back one stop: from "Help (F1)" to "Sign out".
    for (int i = 0; i < 40 && focused() != help; ++i) d.press(keys::Tab);
    REQUIRE(focused() == help);
    d.press(keys::Tab, false, true);
    CHECK(focused() == signOut);
}

TEST_CASE("catalogue: Enter on a top-bar button reached with Tab presses it", "[ui][keyboard][tab]") {
    Catalogue c;
    UiDriver d(c.course, *c.store, {}, 1280, 800);
    d.frames(4);
    const ImGuiID dark = topBarButton("Dark");
    const float lightBg = ImGui::GetStyle().Colors[ImGuiCol_WindowBg].x;
    for (int i = 0; i < 40 && focused() != dark; ++i) d.press(keys::Tab);
    REQUIRE(focused() == dark);
    d.press(keys::Enter);
    d.frames(2);
    CHECK(ImGui::GetStyle().Colors[ImGuiCol_WindowBg].x < lightBg - 0.3f);  // the page went dark

    // And a module button reached with Tab opens its module.
    for (int i = 0; i < 40 && !focusInCatalogue(); ++i) d.press(keys::Tab);
    REQUIRE(focusInCatalogue());
    d.press(keys::Enter);
    d.frames(3);
    CHECK(d.ui().currentLocation() != "catalogue");
}
