// A glossary term focused by keyboard near the bottom of the window shows its definition inside
// the window (issue 10, item 5): before, the popup was placed under the term whatever the
// room, and at the bottom edge most of the definition was off screen.
#include "ui_test_support.h"

#include <imgui_internal.h>

using namespace lectern;
using namespace lectern::test;
namespace keys = lectern::ui::keys;

namespace {

ImGuiWindow* focusPopup() {
    for (ImGuiWindow* w : GImGui->Windows)
        if (std::string(w->Name).find("##glossary-focus") != std::string::npos && w->WasActive) return w;
    return nullptr;
}

} // namespace

TEST_CASE("reader: the definition of a focused glossary term stays inside the window", "[ui][reader][glossary]") {
    TempDir dir;
    std::string definition;
    for (int i = 0; i < 12; ++i) definition += "A definition long enough to need many lines of the popup. ";
    writeFile(dir.path() / "course/content/course.yaml", "id: edge\ntitle: Edge\nmodules:\n  - m\nglossary: glossary.md\n");
    writeFile(dir.path() / "course/content/glossary.md", "# Glossary\n\n## OEWG {#oewg}\n" + definition + "\n");
    const ImVec2 display(800, 600);
    // The term lower and lower on the first page, until it sits at the bottom edge.
    int checked = 0;
    for (int fillers = 0; fillers <= 24; fillers += 2) {
        INFO(fillers << " paragraphs before the term");
        std::string body = "---\nid: m\ntitle: M\n---\n\n# M\n\n";
        for (int i = 0; i < fillers; ++i) body += "Filler paragraph " + std::to_string(i) + " with a few words in it.\n\n";
        body += "Only here does the [OEWG](glossary:oewg) appear.\n\n";
        for (int i = 0; i < 40; ++i) body += "Closing words " + std::to_string(i) + ".\n\n";
        writeFile(dir.path() / "course/modules/m/module.md", body);
        auto course = loadCourseOk(dir.path() / "course");
        auto store = openStoreWithLearner(dir.path() / ("progress-" + std::to_string(fillers) + ".db"), course->id);
        ui::UiOptions o;
        o.openTarget = "m";
        UiDriver d(course, *store, o, display.x, display.y);
        d.frames(3);
        d.press(keys::Tab);  // the term has the keyboard: its definition shows beside it
        d.frames(3);
        ImGuiWindow* popup = focusPopup();
        if (!popup) continue;  // the term is below the first page: Tab scrolled, nothing to check here
        ++checked;
        CHECK(popup->Size.y > 60);  // the whole definition, several lines
        CHECK(popup->Pos.x >= 0);
        CHECK(popup->Pos.y >= 0);
        CHECK(popup->Pos.x + popup->Size.x <= display.x);
        CHECK(popup->Pos.y + popup->Size.y <= display.y);
    }
    CHECK(checked >= 5);
}
