// An Arabic interface reads from the right (issue 16): the reader's contents panel is on the
// right of the text (its bookmark box at its right), a dialog's title ends at the right, and in
// any interface an Arabic paragraph ends at the column's right edge.
#include "ui_test_support.h"
#include "drawn_glyphs.h"

#include "i18n/gettext_catalog.h"
#include "i18n/tr.h"
#include "ui/shaping/shaped_text.h"

#include <imgui_internal.h>

#include <cstdlib>

using namespace lectern;
using namespace lectern::test;

namespace {

// The screen rectangle of the child window whose name holds `part` ("##toc", "##reader").
ImRect childWindow(const char* part) {
    for (ImGuiWindow* w : ImGui::GetCurrentContext()->Windows)
        if (w->Active && std::string(w->Name).find(part) != std::string::npos) return w->Rect();
    return ImRect();
}

struct ArabicCourse {
    TempDir dir;
    std::shared_ptr<const Course> course;
    ArabicCourse() {
        writeFile(dir.path() / "course/content/course.yaml", "id: ar-course\ntitle: دورة\nlanguage: ar\nmodules:\n  - first\n");
        writeFile(dir.path() / "course/modules/first/module.md",
                  "---\nid: first\ntitle: الوحدة الأولى\n---\n\n## البداية {#start}\n\n"
                  "اعتمدت الجمعية العامة القرار A/RES/79/243 في ديسمبر 2024.\n\n## النهاية {#end}\n\nنص.\n");
        course = loadCourseOk(dir.path() / "course");
    }
};

} // namespace

TEST_CASE("rtl layout: an Arabic interface has the contents on the right of the text, English on the left",
          "[ui][shaping][i18n]") {
    for (const char* v : {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"}) unsetenv(v);
    BackToEnglish guard;
    ArabicCourse c;
    for (const char* lang : {"ar", "en"}) {
        INFO("--lang " << lang);
        auto store = openStoreWithLearner(c.dir.path() / (std::string(lang) + ".db"), c.course->id);
        ui::UiOptions o;
        o.localeDir = LECTERN_LOCALE_DIR;
        o.cliLanguage = lang;
        o.openTarget = "first#start";
        UiDriver d(c.course, *store, o, 1200, 800);
        d.frames(8);
        REQUIRE(i18n::currentUiLanguage() == lang);
        const ImRect toc = childWindow("##toc"), text = childWindow("##reader");
        REQUIRE(toc.GetWidth() > 0);
        REQUIRE(text.GetWidth() > 0);
        if (std::string(lang) == "ar") CHECK(toc.Min.x >= text.Max.x);
        else CHECK(toc.Max.x <= text.Min.x);

        // The contents' bookmark box is at the panel's right in Arabic, at its left in English.
        ImGuiWindow* tocWindow = nullptr;
        for (ImGuiWindow* w : ImGui::GetCurrentContext()->Windows)
            if (w->Active && std::string(w->Name).find("##toc") != std::string::npos) tocWindow = w;
        REQUIRE(tocWindow);
        const ImGuiID bookmark = ImHashStr("##bookmark", 0, ImHashStr("start", 0, ImHashStr("first", 0, tocWindow->ID)));
        ImGui::SetFocusID(bookmark, tocWindow);
        d.frames(1);
        REQUIRE(ImGui::GetCurrentContext()->NavId == bookmark);
        ImRect box = tocWindow->NavRectRel[0];
        box.Translate(tocWindow->DC.CursorStartPos);
        if (std::string(lang) == "ar") CHECK(box.Min.x > toc.GetCenter().x);
        else CHECK(box.Max.x < toc.GetCenter().x);

        // F1's dialog: in Arabic its title ends at the right of its title bar, by the close button.
        if (std::string(lang) == "ar") {
            d.press(ui::keys::function(1));
            d.frames(3);
            ImGuiWindow* dialog = nullptr;
            for (ImGuiWindow* w : ImGui::GetCurrentContext()->Windows)
                if (w->Active && std::string(w->Name) == tr("Keyboard shortcuts")) dialog = w;
            REQUIRE(dialog);
            const float right = spanOf(glyphsDrawnBy([&] { d.frame(); }), tr("Keyboard shortcuts")).second;
            REQUIRE(right > 0);
            CHECK(right > dialog->Pos.x + dialog->Size.x * 0.75f);
            d.press(ui::keys::Escape);
        }
    }
}
