// The text editor widget in a real (headless) ImGui frame: the text wraps as it is typed at
// every width, keys and the mouse move the caret and select, the clipboard, undo and redo,
// the page scrolls to keep the caret and the word count in view, Arabic and mixed text are
// edited as drawn (the caret, clicks and arrows follow the glyphs), every code point typed
// reaches the store as typed, and the notes box is written in with the keyboard alone.
#include "quiz_test_support.h"

#include "ui/layout/text_measure.h"
#include "ui/shaping/shaped_text.h"
#include "ui/text_input_queue.h"
#include "ui/widgets/section_notes.h"
#include "ui/widgets/text_editor.h"
#include "ui/text/utf8_text.h"
#include "util/utf8.h"

#include <set>

using namespace lectern;
using namespace lectern::test;
namespace keys = lectern::ui::keys;

namespace {

constexpr const char* kWindow = "Editor";
const std::string kParagraph =
    "In 2004 the first Group of Governmental Experts met to study the threats in the sphere of "
    "information security. Its successors agreed in 2013 and 2015 that international law applies "
    "and that states should observe eleven voluntary norms of responsible behaviour.";

struct EditorHarness {
    HeadlessUi ui;
    ui::TextEditor editor;
    std::string text;
    std::vector<ui::TextEditorResult> results;
    ImRect box;
    std::function<void()> draw;

    explicit EditorHarness(float width = 600, float height = 800) : ui(width, height) {
        draw = inWindow(kWindow, [this] {
            results.push_back(editor.draw("##text", text, {3, "Write here.", 0}));
            box = ImRect(ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
            ImGui::Button("Below");
            ImGui::Dummy(ImVec2(10, 100));
        });
        ui.frames(2, draw);
    }
    void start() {
        focusItem(ui, draw, kWindow, {"##text"});
        ui.pressKey(keys::Enter, draw);
        REQUIRE(editor.editing());
    }
    void press(int code, bool ctrl = false, bool shift = false) { ui.pressKey(code, draw, ctrl, shift); }
    void type(const std::string& s) {
        ui.type(s);
        ui.frame(draw);
    }
    size_t caret() const { return editor.model().caret(); }
    std::string selection() const { return editor.model().selectedText(); }
    // Screen position of a byte offset's caret (the box's text starts after the frame padding).
    ImVec2 at(size_t offset) const {
        const auto& lines = editor.lines();
        const size_t line = lines.lineOf(offset);
        const ImVec2 pad = ImGui::GetStyle().FramePadding;
        return ImVec2(box.Min.x + pad.x + lines.xOf(line, offset),
                      box.Min.y + pad.y + (static_cast<float>(line) + 0.5f) * ImGui::GetTextLineHeight());
    }
};

} // namespace

TEST_CASE("text editor: the text wraps within the box at every width, and the box grows with it", "[editor]") {
    for (float width : {260.f, 420.f, 700.f, 1200.f}) {
        INFO("window width " << width);
        EditorHarness h(width);
        h.start();
        h.type(kParagraph);
        CHECK(h.text == kParagraph);
        const auto& lines = h.editor.lines();
        const float wrapWidth = h.box.GetWidth() - 2 * ImGui::GetStyle().FramePadding.x;
        const ImFont* font = ImGui::GetFont();
        std::string joined;
        for (const auto& l : lines.lines) {
            std::string shown = kParagraph.substr(l.begin, l.end - l.begin);
            joined += shown;
            while (!shown.empty() && shown.back() == ' ') shown.pop_back();  // spaces hang at the end
            CHECK(ui::layout::measureText(font, shown.data(), shown.data() + shown.size()) <= wrapWidth);
            CHECK(shown.front() != ' ');
        }
        CHECK(joined == kParagraph);  // nothing lost, nothing repeated
        const float textW = ui::layout::measureText(font, kParagraph.data(), kParagraph.data() + kParagraph.size());
        CHECK(lines.count() >= static_cast<size_t>(std::ceil(textW / wrapWidth)));
        // The box is as tall as its lines (and no shorter than its three lines).
        h.ui.frame(h.draw);
        const float expected = static_cast<float>(std::max<size_t>(3, lines.count())) * ImGui::GetTextLineHeight() +
                               2 * ImGui::GetStyle().FramePadding.y;
        CHECK(h.box.GetHeight() == Approx(expected));
    }
}

TEST_CASE("text editor: arrows, Ctrl+arrows, Home, End and Page keys move the caret", "[editor]") {
    EditorHarness h(300);
    h.start();
    h.type(kParagraph);
    const auto& lines = h.editor.lines();
    REQUIRE(lines.count() > 6);
    CHECK(h.caret() == kParagraph.size());  // typed at the end
    h.press(keys::Home, true);  // Ctrl+Home: the start of the text
    CHECK(h.caret() == 0);
    h.press(keys::Right);
    CHECK(h.caret() == 1);
    h.press(keys::Right, true);  // the next word
    CHECK(h.caret() == kParagraph.find("2004"));
    h.press(keys::Right, true);
    CHECK(h.caret() == kParagraph.find("the"));
    h.press(keys::Left, true);
    CHECK(h.caret() == kParagraph.find("2004"));
    h.press(keys::Left);
    CHECK(h.caret() == kParagraph.find("2004") - 1);
    h.press(keys::End);  // the end of the first shown line
    CHECK(h.caret() == lines.lines[0].end);
    CHECK(lines.lineOf(h.caret(), h.editor.model().caretAtLineEnd()) == 0);
    h.press(keys::Home);
    CHECK(h.caret() == 0);
    h.press(keys::Down);
    CHECK(lines.lineOf(h.caret()) == 1);
    h.press(keys::Down);
    CHECK(lines.lineOf(h.caret()) == 2);
    h.press(keys::Up);
    CHECK(lines.lineOf(h.caret()) == 1);
    h.press(keys::PageDown);  // a page of lines (the window is taller than the text: to the end)
    CHECK(h.caret() == kParagraph.size());
    h.press(keys::PageUp);
    CHECK(h.caret() == 0);
    CHECK(h.text == kParagraph);  // moving never changes the text
}

TEST_CASE("text editor: Shift selects with the keys, the mouse clicks, drags and double-clicks", "[editor]") {
    EditorHarness h(600);
    h.start();
    h.type("Norms of responsible state behaviour");
    h.press(keys::Home, true);
    h.press(keys::Right, true, true);  // Ctrl+Shift+Right
    CHECK(h.selection() == "Norms ");
    h.press(keys::Right, false, true);
    CHECK(h.selection() == "Norms o");
    h.press(keys::End, false, true);
    CHECK(h.selection() == "Norms of responsible state behaviour");

    // A click places the caret; a drag selects from there.
    const size_t resp = h.text.find("responsible");
    const ImVec2 p = h.at(resp);
    h.ui.click(p.x + 1, p.y, h.draw);
    CHECK(h.caret() == resp);
    CHECK_FALSE(h.editor.model().hasSelection());
    const ImVec2 q = h.at(resp + std::string("responsible").size());
    h.ui.mouseMove(p.x + 1, p.y);
    h.ui.mouseDown();
    h.ui.frame(h.draw);
    h.ui.mouseMove(q.x + 1, q.y);
    h.ui.frame(h.draw);
    h.ui.mouseUp();
    h.ui.frame(h.draw);
    CHECK(h.selection() == "responsible");

    // A double-click selects the word under the mouse.
    const ImVec2 w = h.at(h.text.find("state") + 2);
    h.ui.mouseMove(w.x, w.y);
    h.ui.frame(h.draw);
    for (int i = 0; i < 2; ++i) {
        h.ui.mouseDown();
        h.ui.frame(h.draw);
        h.ui.mouseUp();
        h.ui.frame(h.draw);
    }
    CHECK(h.selection() == "state");
}

TEST_CASE("text editor: copy, cut and paste go through the clipboard, pasted text kept as it is", "[editor]") {
    EditorHarness h;
    h.start();
    h.type("Open-ended working group");
    h.press(keys::letter('A'), true);
    h.press(keys::letter('C'), true);
    CHECK(std::string(ImGui::GetClipboardText()) == "Open-ended working group");
    h.press(keys::End);
    h.press(keys::Left, true, true);
    CHECK(h.selection() == "group");
    h.press(keys::letter('X'), true);
    CHECK(h.text == "Open-ended working ");
    CHECK(std::string(ImGui::GetClipboardText()) == "group");
    h.press(keys::Home, true);
    h.press(keys::letter('V'), true);
    CHECK(h.text == "groupOpen-ended working ");
    ImGui::SetClipboardText("Zürich 🌍 “OEWG”");
    h.press(keys::End, true);
    h.press(keys::letter('V'), true);
    CHECK(h.text == "groupOpen-ended working Zürich 🌍 “OEWG”");
    REQUIRE_FALSE(h.results.empty());
}

TEST_CASE("text editor: Ctrl+Z undoes a word at a time, Ctrl+Y and Ctrl+Shift+Z redo", "[editor]") {
    EditorHarness h;
    h.start();
    h.type("confidence building measures");
    h.press(keys::letter('Z'), true);
    CHECK(h.text == "confidence building ");
    h.press(keys::letter('Z'), true);
    CHECK(h.text == "confidence ");
    h.press(keys::letter('Y'), true);
    CHECK(h.text == "confidence building ");
    h.press(keys::letter('Z'), true);
    h.press(keys::letter('Z'), true, true);  // Ctrl+Shift+Z
    CHECK(h.text == "confidence building ");
    h.press(keys::Backspace);
    h.press(keys::Backspace);
    CHECK(h.text == "confidence buildin");
    h.press(keys::letter('Z'), true);
    CHECK(h.text == "confidence building ");
}

TEST_CASE("text editor: Esc leaves the box with the text kept; a click elsewhere leaves it too", "[editor]") {
    EditorHarness h;
    h.start();
    h.type("Kept");
    h.press(keys::Escape);
    CHECK_FALSE(h.editor.editing());
    CHECK(h.text == "Kept");
    bool left = false;
    for (const auto& r : h.results) left |= r.deactivated;
    CHECK(left);
    h.type(" lost");  // typed outside the box: goes nowhere
    CHECK(h.text == "Kept");
    h.start();
    h.ui.click(5, 790, h.draw);
    CHECK_FALSE(h.editor.editing());
}

TEST_CASE("text editor: a character with no glyph is drawn as a box and kept in the text", "[editor]") {
    EditorHarness h;
    h.start();
    h.type("a🌍b");  // the test font has no emoji
    CHECK(h.text == "a🌍b");
    // The three code points take three advances: the missing one is not dropped from the line.
    const auto& lines = h.editor.lines();
    CHECK(lines.xOf(0, h.text.size()) > lines.xOf(0, 1) + ImGui::GetFont()->FallbackAdvanceX * 0.5f);
}

TEST_CASE("text editor: the page scrolls so the caret and the line under the box stay in view", "[editor]") {
    HeadlessUi ui(600, 400);
    ui::TextEditor editor;
    std::string text;
    ImRect box, count;
    float scroll = 0;
    ImRect view;
    auto draw = inWindow(kWindow, [&] {
        ImGui::BeginChild("page", ImVec2(0, 300));
        ImGui::Dummy(ImVec2(10, 250));  // the reading above the box
        editor.draw("##text", text, {3, "", ImGui::GetFrameHeightWithSpacing()});
        box = ImRect(ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
        ImGui::TextUnformatted("12 words · Saved");
        count = ImRect(ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
        ImGui::Dummy(ImVec2(10, 600));
        scroll = ImGui::GetScrollY();
        view = ImGui::GetCurrentWindow()->InnerRect;
        ImGui::EndChild();
    });
    ui.frames(2, draw);
    editor.focus();
    ui.frame(draw);
    REQUIRE(editor.editing());
    for (int i = 0; i < 6; ++i) {
        ui.type(kParagraph.substr(0, 60));
        ui.frame(draw);
        ui.pressKey(keys::Enter, draw);
    }
    ui.frames(3, draw);
    CHECK(scroll > 0);
    CHECK(count.Max.y <= view.Max.y + 1);  // the word count is in view
    CHECK(box.Max.y > view.Min.y);         // and so is the end of the text, where the caret is
}

TEST_CASE("notes: Enter or Space on the focused notes box starts writing, by keyboard alone", "[editor][notes]") {
    for (int startKey : {keys::Enter, keys::Space}) {
        INFO("key " << startKey);
        HeadlessUi ui;
        StoreFixture store{"every-block"};
        RecordingEnv rec;
        rec.store = store.store.get();
        SectionRef section{"every-block", "prose"};
        ui::SectionNotes notes;
        auto draw = inWindow(kWindow, [&] { notes.draw(rec.make(ui), section); });
        ui.frames(2, draw);
        focusItem(ui, draw, kWindow, {section.moduleId, section.sectionId, "##note"});
        ui.pressKey(startKey, draw);
        REQUIRE(isActive(ui, kWindow, {section.moduleId, section.sectionId, "##note"}));
        CHECK(ImGui::GetIO().WantTextInput);
        ui.type("Idée: ask about 🌍 norms");
        ui.frame(draw);
        ui.pressKey(keys::Escape, draw);
        ui.frames(2, draw);
        store.reopen();
        // The Space that opened the box is not in the note.
        CHECK(store.store->snapshot()->notes.at(section) == "Idée: ask about 🌍 norms");
    }
}

TEST_CASE("text editor: Arabic is typed right to left: the line ends at the box's right, the caret moves left, a click finds the letter",
          "[editor][shaping]") {
    if (!ui::shapingAvailable()) {
        WARN("no Noto fonts installed");
        return;
    }
    EditorHarness h(600);
    h.start();
    const std::string typed = "الفريق العامل المفتوح العضوية";
    h.type(typed);
    REQUIRE(h.text == typed);
    REQUIRE(h.caret() == typed.size());
    // The first letter is at the right edge of the box, the caret after the last word at the left.
    const ImVec2 start = h.at(0), end = h.at(typed.size());
    const float right = h.box.Max.x - ImGui::GetStyle().FramePadding.x;
    CHECK(start.x == Approx(right).margin(4));
    CHECK(end.x < start.x - 100);
    // Each letter typed puts the caret further left.
    const size_t second = typed.find(' ') + 1, third = typed.find(' ', second) + 1;
    CHECK(h.at(second).x < h.at(second - 1).x);
    CHECK(h.at(third).x < h.at(second).x);
    // A click where a word starts (its right edge) puts the caret there.
    const ImVec2 p = h.at(third);
    h.ui.click(p.x + 0.5f, p.y, h.draw);
    CHECK(h.caret() == third);
    // Shift+End selects from there to the end of the text.
    h.press(keys::End, false, true);
    CHECK(h.selection() == typed.substr(third));
}

TEST_CASE("text editor: Left and Right move the way they point through Arabic with a Latin symbol in it",
          "[editor][shaping]") {
    if (!ui::shapingAvailable()) {
        WARN("no Noto fonts installed");
        return;
    }
    EditorHarness h(600);
    h.start();
    const std::string typed = "اعتمد القرار A/RES/79/243 بالتوافق";
    h.type(typed);
    REQUIRE(h.text == typed);
    h.press(keys::Home);
    REQUIRE(h.caret() == 0);
    // From the right edge, every Left moves the caret further left, across the Latin symbol
    // too, until it reaches the left end of the line; every Right then goes back.
    std::vector<float> xs{h.at(h.caret()).x};
    std::set<size_t> visited{h.caret()};
    for (int i = 0; i < 80; ++i) {
        h.press(keys::Left);
        const float x = h.at(h.caret()).x;
        if (x >= xs.back() - 0.5f) break;
        xs.push_back(x);
        visited.insert(h.caret());
    }
    const size_t codePoints = utf8::countCodePoints(typed);
    float leftmost = xs.front();
    for (size_t p = 0; p <= typed.size(); p = ui::text::nextCodePoint(typed, p)) {
        leftmost = std::min(leftmost, h.at(p).x);
        if (!visited.count(p)) UNSCOPED_INFO("not visited: byte " << p << " x " << h.at(p).x);
        if (p == typed.size()) break;
    }
    // Every caret position, each once, but one: where the symbol meets the Arabic after it, the
    // carets before its "A" and after its "3" are drawn at one x. It ends at the line's left end.
    CHECK(visited.size() >= codePoints);
    CHECK(xs.back() == Approx(leftmost).margin(0.5));
    for (size_t i = 0; i + 1 < codePoints; ++i) {
        const float before = h.at(h.caret()).x;
        h.press(keys::Right);
        CHECK(h.at(h.caret()).x > before + 0.5f);
    }
}
