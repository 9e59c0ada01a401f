// Every screen at 800x600 and 1920x1080, at each of the eleven text sizes (issue 10, item 6):
// nothing a learner needs is cut off. For each screen the test checks, as a learner would see
// it: no window sticks out of the app's window, no child sticks out of its parent, and no
// content is wider than its view unless that view scrolls sideways (text that is simply
// clipped at the edge is lost to the learner). Long titles and labels end with an ellipsis
// instead (widgets/ellipsis_text). The top bar's own checks are in top_bar_test.cpp.
#include "ui_test_support.h"

#include <imgui_internal.h>

#include <sstream>

using namespace lectern;
using namespace lectern::test;
namespace keys = lectern::ui::keys;

namespace {

// What is cut off in the frame just drawn, in words (empty: nothing).
std::string cutOff(ImVec2 display) {
    std::ostringstream out;
    for (ImGuiWindow* w : GImGui->Windows) {
        if (!w->WasActive || w->Hidden || (w->Flags & ImGuiWindowFlags_Tooltip)) continue;
        const ImRect r = w->Rect();
        if (!(w->Flags & ImGuiWindowFlags_ChildWindow)) {
            if (r.Min.x < -1 || r.Min.y < -1 || r.Max.x > display.x + 1 || r.Max.y > display.y + 1)
                out << w->Name << " sticks out of the window; ";
        } else if (w->ParentWindow) {
            const ImRect p = w->ParentWindow->InnerClipRect;
            // A child scrolled partly out of view is fine (its parent scrolls); one wider than
            // its parent's visible area is not.
            if (r.GetWidth() > p.GetWidth() + 2 && !(w->ParentWindow->Flags & ImGuiWindowFlags_HorizontalScrollbar))
                out << w->Name << " is wider than its parent by " << r.GetWidth() - p.GetWidth() << " px; ";
        }
        if (!(w->Flags & ImGuiWindowFlags_HorizontalScrollbar) && w->ScrollMax.x > 2)
            out << w->Name << " has content " << w->ScrollMax.x << " px wider than its view; ";
    }
    return out.str();
}

// Opens a module from the course page by keyboard: Tab to the page's first button (the module
// to continue, or the first one), Enter.
void openFromCatalogue(UiDriver& d) {
    for (int i = 0; i < 20; ++i) {
        d.press(keys::Tab);
        if (GImGui->NavWindow && std::string(GImGui->NavWindow->Name).find("##catalogue") != std::string::npos) break;
    }
    d.press(keys::Enter);
}

struct Screen {
    const char* name;
    std::function<void(UiDriver&)> open;   // from the course page
    bool dialog = false;                   // closed with Esc back to the course page
};

} // namespace

TEST_CASE("every screen at 800x600 and 1920x1080 at each text size: nothing sticks out or is cut off",
          "[ui][small-window][sizes]") {
    TempDir dir;
    auto course = loadCourseOk(fs::path(LECTERN_SOURCE_DIR));  // the bundled course: real titles
    REQUIRE(course->modules.size() >= 2);
    auto store = openStoreWithLearner(dir.path() / "progress.db", course->id, "Amina Al-Hashimi-Fernández");

    const std::vector<Screen> screens = {
        {"catalogue", [](UiDriver&) {}},
        {"glossary", [](UiDriver& d) { d.press(keys::letter('G'), true); }},
        {"search", [](UiDriver& d) { d.press(keys::letter('F'), true); }},
        {"my-notes", [](UiDriver& d) { d.press(keys::letter('M'), true); }},
        {"help", [](UiDriver& d) { d.press(keys::function(1)); }, true},
        {"reader", openFromCatalogue},
    };
    for (ImVec2 display : {ImVec2(800, 600), ImVec2(1920, 1080)}) {
        UiDriver d(course, *store, {}, display.x, display.y);
        d.frames(3);
        if (d.ui().currentLocation() != "catalogue") d.press(keys::Escape);  // back where the last run left off
        d.frames(2);
        REQUIRE(d.ui().currentLocation() == "catalogue");
        d.press(keys::Num0, true);  // Ctrl+0: the default size (the last run left it larger)
        d.frames(2);
        for (int step = 0; step <= 10; ++step) {
            for (const Screen& s : screens) {
                INFO("window " << display.x << "x" << display.y << ", text " << step << " steps larger, screen "
                               << s.name);
                s.open(d);
                d.frames(3);
                const std::string where = d.ui().currentLocation();
                if (s.dialog) CHECK(where == "catalogue");
                else if (std::string(s.name) == "reader") CHECK(where.find('#') != std::string::npos);
                else CHECK(where == s.name);
                CHECK(cutOff(display) == "");
                d.press(keys::Escape);
                d.frames(2);
                if (d.ui().currentLocation() != "catalogue") {  // the reader's Esc leaves a field first
                    d.press(keys::Escape);
                    d.frames(2);
                }
                REQUIRE(d.ui().currentLocation() == "catalogue");
            }
            d.press(keys::Equal, true);  // Ctrl+=: one step larger
            d.frames(2);
        }
    }
}
