// The text editor on one line (a typed quiz answer, the search box): Arabic typed in it runs
// from the box's right and the caret and clicks follow the letters as drawn (ImGui's InputText
// placed them by unshaped widths, left to right); a long answer scrolls sideways with the caret;
// the arrows move the way they point; Enter leaves the box; a pasted line break is a space;
// Up/Down go to the caller or leave.
#include "quiz_test_support.h"
#include "drawn_glyphs.h"

#include "ui/shaping/shaped_text.h"
#include "ui/widgets/text_editor.h"

using namespace lectern;
using namespace lectern::test;
namespace keys = lectern::ui::keys;

namespace {

constexpr const char* kWindow = "Answer";
constexpr float kBoxWidth = 320;

struct LineHarness {
    HeadlessUi ui{800, 400};
    ui::TextEditor editor;
    ui::TextEditorOptions options;
    std::string text;
    std::vector<ui::TextEditorResult> results;
    ImRect box;
    std::function<void()> draw;

    explicit LineHarness(bool rightToLeft, bool takesUpDown = false) {
        options.singleLine = true;
        options.rightToLeft = rightToLeft;
        options.takesUpDown = takesUpDown;
        options.placeholder = rightToLeft ? "اكتب إجابتك" : "Type your answer";
        draw = inWindow(kWindow, [this] {
            ImGui::SetNextItemWidth(kBoxWidth);
            results.push_back(editor.draw("##line", text, options));
            box = ImRect(ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
            ImGui::Button("Next");
        });
        ui.frames(2, draw);
    }
    void start() {
        focusItem(ui, draw, kWindow, {"##line"});
        ui.pressKey(keys::Enter, draw);
        REQUIRE(editor.editing());
    }
    void press(int code, bool ctrl = false, bool shift = false) {
        results.clear();
        ui.pressKey(code, draw, ctrl, shift);
    }
    void type(const std::string& s) {
        ui.type(s);
        ui.frame(draw);
    }
    size_t caret() const { return editor.model().caret(); }
    float padX() const { return ImGui::GetStyle().FramePadding.x; }
    // Screen x of a byte offset's caret: the line moved by its sideways scroll.
    float xAt(size_t offset) const { return box.Min.x + padX() + editor.lines().xOf(0, offset) - editor.scrollX(); }
    bool anyEntered() const {
        for (const auto& r : results) if (r.entered) return true;
        return false;
    }
    // The x of every shaped glyph drawn in one frame.
    std::vector<float> drawnGlyphX() {
        std::vector<float> xs;
        for (const auto& g : glyphsDrawnBy([&] { ui.frame(draw); })) xs.push_back(g.x);
        return xs;
    }
};

} // namespace

TEST_CASE("one-line box: Arabic runs from the right, the caret and a click follow the letters, Enter leaves",
          "[editor][single-line][shaping]") {
    if (!ui::shapingAvailable()) {
        WARN("no Noto fonts installed");
        return;
    }
    LineHarness h(/*rightToLeft*/ true);
    REQUIRE(h.box.GetWidth() == Approx(kBoxWidth));
    REQUIRE(h.box.GetHeight() == Approx(ImGui::GetFrameHeight()));
    // Empty, the Arabic hint ends at the box's right.
    std::vector<float> hint = h.drawnGlyphX();
    REQUIRE_FALSE(hint.empty());
    CHECK(*std::min_element(hint.begin(), hint.end()) > h.box.GetCenter().x);

    h.start();
    const std::string typed = "الفريق العامل";
    h.type(typed);
    REQUIRE(h.text == typed);
    const float right = h.box.Max.x - h.padX();
    CHECK(h.xAt(0) == Approx(right).margin(4));        // the first letter at the right
    CHECK(h.xAt(typed.size()) < h.xAt(0) - 30);          // the caret after the last, at the left
    const size_t second = typed.find(' ') + 1;
    CHECK(h.xAt(second) < h.xAt(second - 1));            // each letter further left
    // The arrows go the way they point: Right goes back over the last letter, Left on again.
    const float endX = h.xAt(typed.size());
    h.press(keys::Right);
    CHECK(h.caret() < typed.size());
    CHECK(h.xAt(h.caret()) > endX);
    h.press(keys::Left);
    CHECK(h.caret() == typed.size());
    h.press(keys::Left);  // at the left end: nowhere further
    CHECK(h.caret() == typed.size());
    h.press(keys::Right, true);  // Ctrl+Right: back to the last word's start
    CHECK(h.caret() == second);
    // A click at the second word's start (its right edge) puts the caret there.
    h.ui.click(h.xAt(second) + 0.5f, h.box.GetCenter().y, h.draw);
    CHECK(h.caret() == second);
    h.press(keys::End, false, true);
    CHECK(h.editor.model().selectedText() == typed.substr(second));
    h.press(keys::End);
    // Enter leaves the box with the answer as typed, one line, no line break in it.
    h.press(keys::Enter);
    CHECK_FALSE(h.editor.editing());
    CHECK(h.anyEntered());
    CHECK(h.text == typed);
    // Opened again by a key, the answer is selected: typing replaces it, as in any field.
    h.start();
    h.type("اللجنة");
    CHECK(h.text == "اللجنة");
}

TEST_CASE("one-line box: a long answer scrolls sideways to keep the caret in the box, and back to its start",
          "[editor][single-line][shaping]") {
    for (bool rtl : {false, true}) {
        if (rtl && !ui::shapingAvailable()) continue;
        INFO((rtl ? "Arabic" : "English"));
        LineHarness h(rtl);
        h.start();
        const std::string word = rtl ? "الأمن " : "security ";
        std::string typed;
        for (int i = 0; i < 30; ++i) typed += word;
        h.type(typed);
        REQUIRE(h.text == typed);
        REQUIRE(h.editor.lines().count() == 1);  // never wrapped
        REQUIRE(h.editor.lines().lineWidth(0) > kBoxWidth * 1.5f);
        auto inBox = [&](float x) { return x >= h.box.Min.x - 1 && x <= h.box.Max.x + 1; };
        CHECK(inBox(h.xAt(h.caret())));  // the caret, at the text's end, is in view
        h.press(keys::Home);
        CHECK(h.caret() == 0);
        CHECK(inBox(h.xAt(0)));          // and at its start, after Home
        h.press(keys::End);
        CHECK(inBox(h.xAt(h.caret())));
        // Left, the box shows the answer's start again.
        h.press(keys::Escape);
        REQUIRE_FALSE(h.editor.editing());
        CHECK(inBox(h.xAt(0)));
        CHECK(h.xAt(0) == Approx(rtl ? h.box.Max.x - h.padX() : h.box.Min.x + h.padX()).margin(4));
    }
}

TEST_CASE("one-line box: a pasted line break is a space; Up/Down go to the caller or leave the box",
          "[editor][single-line]") {
    {
        LineHarness h(false);
        h.start();
        ImGui::SetClipboardText("Group of\nGovernmental\r\nExperts");
        h.press(keys::letter('V'), true);
        CHECK(h.text == "Group of Governmental  Experts");
        CHECK(h.editor.lines().count() == 1);
        h.press(keys::Down);
        CHECK_FALSE(h.editor.editing());  // the box takes no Up/Down: they leave it
        CHECK(h.text == "Group of Governmental  Experts");
    }
    {
        LineHarness h(false, /*takesUpDown*/ true);
        h.start();
        h.type("norms");
        h.press(keys::Down);
        CHECK(h.editor.editing());
        int moved = 0;
        for (const auto& r : h.results) moved += r.upDown;
        CHECK(moved == 1);
        h.press(keys::Up);
        moved = 0;
        for (const auto& r : h.results) moved += r.upDown;
        CHECK(moved == -1);
        CHECK(h.text == "norms");
    }
}
