// Shaped text on screen: what ImGui's widgets and the reader draw for Arabic and mixed
// sentences is HarfBuzz's glyph sequence (the same as the hb-shape tool's), placed right to
// left, with quoted Latin reading left to right in its place, glyphs from the one atlas.
#include "../hb_shape_support.h"
#include "harness.h"

#include "text/font_stack.h"
#include "ui/fonts.h"
#include "ui/glyph_set.h"
#include "ui/layout/module_layout.h"
#include "ui/shaping/glyph_bitmaps.h"
#include "ui/shaping/shaped_text.h"
#include "ui/widgets/rich_text.h"

#include <imgui.h>

#include <algorithm>
#include <filesystem>

using namespace lectern;
using namespace lectern::test;

namespace {

const char* const kArabic = "قرار الجمعية العامة بشأن الأمن السيبراني.";
const char* const kMixed = "اعتمدت الجمعية العامة القرار A/RES/79/243 في ديسمبر 2024.";

bool systemFonts() {
    return std::filesystem::exists("/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf") &&
           std::filesystem::exists("/usr/share/fonts/truetype/noto/NotoSansArabic-Regular.ttf");
}

// Real fonts in a headless context, rebuilt between frames as LecternUi::prepareFonts does.
struct ShapedScreen {
    HeadlessUi ui;
    ui::GlyphSet glyphs;
    ui::FontSet fonts;
    std::vector<ui::DrawnGlyph> log;
    ShapedScreen() {
        ui::setActiveGlyphSet(&glyphs);
        rebuild();
        ui::recordShapedGlyphs(&log);
    }
    ~ShapedScreen() {
        ui::recordShapedGlyphs(nullptr);
        ui::setActiveGlyphSet(nullptr);
    }
    void rebuild() {
        fonts = ui::loadFonts(*ImGui::GetIO().Fonts, 18.0f, "", &glyphs).fonts;
        glyphs.clearDirty();
    }
    // Draws until nothing is missing from the atlas (at most three builds); the log holds the
    // last frame's glyphs.
    void show(const std::function<void()>& draw) {
        for (int i = 0; i < 4; ++i) {
            log.clear();
            ui.frame([&] {
                ImGui::SetNextWindowPos(ImVec2(0, 0));
                ImGui::SetNextWindowSize(ImVec2(900, 600));
                ImGui::Begin("shaped", nullptr, ImGuiWindowFlags_NoDecoration);
                ImGui::PushFont(fonts.regular);
                draw();
                ImGui::PopFont();
                ImGui::End();
            });
            if (!glyphs.dirty()) return;
            rebuild();
        }
    }
    std::vector<uint32_t> ids() const {
        std::vector<uint32_t> out;
        for (const ui::DrawnGlyph& g : log) out.push_back(g.glyph);
        return out;
    }
};

// x extent on screen of the glyphs showing bytes [begin, end) of the text drawn.
std::pair<float, float> extentOf(const std::vector<ui::DrawnGlyph>& log, size_t begin, size_t end) {
    float x0 = 1e9f, x1 = -1e9f;
    for (const ui::DrawnGlyph& g : log)
        if (g.cluster >= begin && g.cluster < end) {
            x0 = std::min(x0, g.x);
            x1 = std::max(x1, g.x + g.advance);
        }
    return {x0, x1};
}

} // namespace

TEST_CASE("shaped text: an Arabic label is drawn as hb-shape's glyphs, joined, from the atlas", "[ui][shaping]") {
    if (!systemFonts()) {
        WARN("no Noto fonts installed");
        return;
    }
    ShapedScreen s;
    ImVec2 size, textPos;
    s.show([&] {
        textPos = ImGui::GetCursorScreenPos();
        ImGui::TextUnformatted(kArabic);
        size = ImGui::GetItemRectSize();
    });
    REQUIRE_FALSE(s.log.empty());
    for (const ui::DrawnGlyph& g : s.log) CHECK(g.inAtlas);
    const text::FaceSource arabic = ui::shapingFonts().source(text::faceId(text::Family::Arabic, false));
    const auto cps = codePoints(kArabic);
    // HarfBuzz gives the glyphs of a right-to-left run left to right: the order they are drawn.
    CHECK(s.ids() == hbShape(arabic, cps, 0, cps.size(), true, "Arab", "ar"));
    // Joined letters are not the isolated forms: fewer glyphs than code points (lam-alef), and
    // the text's first letter is drawn at the right.
    CHECK(s.log.size() < cps.size());
    const auto first = extentOf(s.log, 0, 1), last = extentOf(s.log, std::string(kArabic).size() - 1, 1000);
    CHECK(first.first > last.first);
    // The widget is as wide as the shaped text, and the text lies inside it.
    CHECK(size.x == Approx(ui::shapedWidth(s.fonts.regular, s.fonts.regular->FontSize, kArabic)).margin(1.0));  // ImGui rounds item sizes up
    const auto all = extentOf(s.log, 0, 1000);
    CHECK(all.first >= textPos.x - 0.5f);
    CHECK(all.second <= textPos.x + size.x + 1.0f);
}

TEST_CASE("shaped text: a resolution symbol quoted in Arabic reads left to right in its place", "[ui][shaping]") {
    if (!systemFonts()) {
        WARN("no Noto fonts installed");
        return;
    }
    ShapedScreen s;
    s.show([] { ImGui::TextUnformatted(kMixed); });
    const std::string text = kMixed;
    const size_t sym = text.find("A/RES/79/243"), word = text.find("القرار"), after = text.find("في");
    const auto symbol = extentOf(s.log, sym, sym + 12);
    // Inside the symbol, the characters go left to right.
    float lastX = -1;
    for (size_t b = sym; b < sym + 12; ++b) {
        const auto e = extentOf(s.log, b, b + 1);
        CHECK(e.first > lastX);
        lastX = e.first;
    }
    // Around it the sentence goes right to left: the word before it is on its right, the one
    // after it on its left.
    CHECK(extentOf(s.log, word, word + 12).first >= symbol.second - 0.5f);
    CHECK(extentOf(s.log, after, after + 4).second <= symbol.first + 0.5f);
}

TEST_CASE("shaped text: an Arabic paragraph in the reader starts at the column's right edge", "[ui][shaping]") {
    if (!systemFonts()) {
        WARN("no Noto fonts installed");
        return;
    }
    ShapedScreen s;
    const float column = 420;
    const std::string para = std::string(kArabic) + " " + kMixed + " " + kArabic;
    const ImVec2 origin(40, 30);
    size_t lines = 0;
    s.show([&] {
        const ui::layout::BlockLayout b = ui::layout::layoutWrappedText(para, s.fonts, ui::layout::FontRole::Regular, column);
        lines = b.lines.size();
        ui::RichTextDraw d;
        d.fonts = &s.fonts;
        d.theme = &s.ui.theme();
        d.drawList = ImGui::GetWindowDrawList();
        d.origin = origin;
        d.visibleTop = 0;
        d.visibleBottom = 600;
        ui::drawBlockLayout(b, d, nullptr);
    });
    REQUIRE(lines >= 2);
    // The paragraph's first letter ends at the column's right edge; nothing crosses either edge.
    const auto first = extentOf(s.log, 0, 1);
    CHECK(first.second == Approx(origin.x + column).margin(1.5));
    const auto all = extentOf(s.log, 0, para.size());
    CHECK(all.first >= origin.x - 0.5f);
    CHECK(all.second <= origin.x + column + 1.5f);
    for (const ui::DrawnGlyph& g : s.log) CHECK(g.inAtlas);
}

TEST_CASE("shaped text: glyph bitmaps are asked for once and then kept", "[ui][shaping]") {
    if (!systemFonts()) {
        WARN("no Noto fonts installed");
        return;
    }
    ShapedScreen s;
    s.show([] { ImGui::TextUnformatted(kArabic); });
    const long misses = ui::glyphBitmaps().misses();
    s.show([] { ImGui::TextUnformatted(kArabic); });
    CHECK(ui::glyphBitmaps().misses() == misses);  // drawn again: nothing new asked for
    CHECK_FALSE(s.glyphs.dirty());
}
