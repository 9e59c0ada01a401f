// Fonts that cost only what is shown: the atlas holds the base set (Latin, punctuation, the
// interface's symbols) and the code points drawn since; Arabic and CJK faces come in when text
// needs them, after one frame; a code point no face has shows the fallback and is asked for once.
#include "ui_test_support.h"

#include "ui/font_files.h"
#include "ui/fonts.h"
#include "ui/glyph_set.h"
#include "ui/shaping/glyph_bitmaps.h"
#include "ui/shaping/shaped_text.h"

#include <algorithm>

using namespace lectern;
using namespace lectern::test;

namespace {

const std::string kCjkFile = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc";
const std::string kArabicFile = "/usr/share/fonts/truetype/noto/NotoSansArabic-Regular.ttf";

bool systemFonts() { return fs::exists("/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf"); }

bool atlasUses(const ImFontAtlas& atlas, const std::string& path) {
    if (!fs::exists(path)) return false;
    const ui::MappedFontFile* file = ui::mapFontFile(path);  // the same mapping the atlas was given
    for (const ImFontConfig& c : atlas.ConfigData)
        if (file && c.FontData == file->data) return true;
    return false;
}

void writeCourse(const fs::path& dir, const std::string& secondTitle, const std::string& secondText) {
    writeFile(dir / "content/course.yaml", "id: glyph-course\ntitle: Glyphs\nmodules:\n  - first\n  - second\n");
    writeFile(dir / "modules/first/module.md",
              "---\nid: first\ntitle: Security basics\n---\n\n## Start {#start}\n\nPlain English “text” — café.\n");
    writeFile(dir / "modules/second/module.md", "---\nid: second\ntitle: " + secondTitle + "\nsummary: " + secondText +
                                                    "\n---\n\n## Only {#only}\n\n" + secondText + "\n");
}

constexpr ImWchar kWang = 0x7F51;     // 网
constexpr ImWchar kAlef = 0x0627;     // ا
constexpr ImWchar kZhe = 0x0416;      // Ж
constexpr ImWchar kTibetan = 0x0F00;  // ༀ: in none of the faces

} // namespace

TEST_CASE("font glyphs: an English screen's atlas has no CJK, Arabic or Cyrillic glyph and is small", "[ui][fonts]") {
    if (!systemFonts()) {
        WARN("no Noto fonts installed");
        return;
    }
    TempDir dir;
    writeCourse(dir.path() / "course", "Norms", "Plain text only.");
    auto course = loadCourseOk(dir.path() / "course");
    auto store = openStoreWithLearner(dir.path() / "p.db", course->id);
    UiDriver d(course, *store);
    d.frames(6);
    REQUIRE(d.ui().currentLocation() == "catalogue");
    const ImFontAtlas& atlas = *ImGui::GetIO().Fonts;
    const ImFont* font = ImGui::GetIO().FontDefault;
    REQUIRE(font);
    CHECK(font->FindGlyphNoFallback('A'));
    CHECK(font->FindGlyphNoFallback(0x00E9));  // é
    CHECK(font->FindGlyphNoFallback(0x2014));  // —
    CHECK_FALSE(font->FindGlyphNoFallback(kWang));
    CHECK_FALSE(font->FindGlyphNoFallback(kAlef));
    CHECK_FALSE(font->FindGlyphNoFallback(kZhe));
    CHECK_FALSE(atlasUses(atlas, kCjkFile));
    CHECK_FALSE(atlasUses(atlas, kArabicFile));
    // All eight fonts of the set at 18 px: under 1 MiB of one-channel texture (it was 2048x1338 RGBA).
    INFO("atlas " << atlas.TexWidth << "x" << atlas.TexHeight);
    CHECK(atlas.TexWidth * atlas.TexHeight < 1024 * 1024);
    // Settled: nothing asks for another build.
    CHECK_FALSE(d.ui().prepareFonts(*ImGui::GetIO().Fonts, 1.0f));
}

TEST_CASE("font glyphs: Chinese and Cyrillic text drawn is in the atlas from the next frame; Arabic is shaped",
          "[ui][fonts]") {
    if (!systemFonts()) {
        WARN("no Noto fonts installed");
        return;
    }
    TempDir dir;
    writeCourse(dir.path() / "course", "网络安全 — Кибербезопасность", "Кибербезопасность, 网络安全 and الأمن السيبراني.");
    auto course = loadCourseOk(dir.path() / "course");
    auto store = openStoreWithLearner(dir.path() / "p.db", course->id);
    const size_t shapedBefore = ui::glyphBitmaps().size();
    UiDriver d(course, *store);
    d.frames(6);
    REQUIRE(d.ui().currentLocation() == "catalogue");
    const ImFontAtlas& atlas = *ImGui::GetIO().Fonts;
    for (const ImFont* font : {static_cast<const ImFont*>(ImGui::GetIO().FontDefault), static_cast<const ImFont*>(atlas.Fonts[1])}) {
        REQUIRE(font);
        for (ImWchar c : {kWang, ImWchar(0x7EDC) /*络*/, ImWchar(0x041A) /*К*/}) {
            INFO("U+" << std::hex << int(c));
            CHECK(font->FindGlyphNoFallback(c));
        }
        // Arabic text is drawn shaped, from glyph bitmaps (shaping/glyph_bitmaps.h): its code
        // points never enter ImGui's fonts, nor its face ImGui's atlas.
        CHECK_FALSE(font->FindGlyphNoFallback(kAlef));
    }
    if (fs::exists(kCjkFile)) CHECK(atlasUses(atlas, kCjkFile));
    CHECK_FALSE(atlasUses(atlas, kArabicFile));
    CHECK(ui::shapingFonts().isOpen(text::faceId(text::Family::Arabic, false)));
    CHECK(ui::glyphBitmaps().size() > shapedBefore);
    CHECK_FALSE(d.ui().prepareFonts(*ImGui::GetIO().Fonts, 1.0f));
}

TEST_CASE("font glyphs: a code point in no face, or beyond U+FFFF, shows the fallback and is asked for once",
          "[ui][fonts]") {
    TempDir dir;
    writeCourse(dir.path() / "course", "Signs ༀ \xEE\x80\x80 \xF0\x9F\x98\x80", "Tibetan ༀ, private use \xEE\x80\x80, emoji \xF0\x9F\x98\x80.");
    auto course = loadCourseOk(dir.path() / "course");
    auto store = openStoreWithLearner(dir.path() / "p.db", course->id);
    UiDriver d(course, *store);
    d.frames(8);
    REQUIRE(d.ui().currentLocation() == "catalogue");
    const ImFont* font = ImGui::GetIO().FontDefault;
    REQUIRE(font);
    const ImFontGlyph* shown = font->FindGlyph(kTibetan);  // the glyph drawn: its own, or the fallback
    REQUIRE(shown);
    if (!font->FindGlyphNoFallback(kTibetan)) CHECK(shown == font->FallbackGlyph);
    // It is in the set, so drawing it again and again asks for no new build.
    CHECK_FALSE(d.ui().prepareFonts(*ImGui::GetIO().Fonts, 1.0f));
    d.frames(3);
    CHECK_FALSE(d.ui().prepareFonts(*ImGui::GetIO().Fonts, 1.0f));
}

TEST_CASE("font glyphs: the set holds the base ranges; Arabic and CJK faces are added only for their text", "[ui][fonts]") {
    ui::GlyphSet set;
    CHECK(set.contains('a'));
    CHECK(set.contains(0x0151));  // ő: Latin Extended-A
    // Not U+FFFD: it would make every font's lookup tables 64K entries long (ImGui falls back to '?').
    CHECK_FALSE(set.contains(0xFFFD));
    CHECK(set.contains(0x2714));  // the highest of the base set
    CHECK_FALSE(set.contains(kZhe));
    CHECK_FALSE(set.dirty());
    CHECK_FALSE(set.request(std::string_view("plain ASCII and é")));
    CHECK(set.request(std::string_view("Ж")));
    CHECK(set.dirty());
    CHECK_FALSE(set.request(U'\U0001F600'));  // beyond ImWchar: never in the atlas
    CHECK_FALSE(set.request(std::string_view("\xFF\xFE broken")));
    CHECK_FALSE(set.has(ui::GlyphFamily::Cjk));
    CHECK(set.request(std::u32string_view(U"网")));
    CHECK(set.has(ui::GlyphFamily::Cjk));
    CHECK(ui::glyphFamily(0xFF11) == ui::GlyphFamily::Cjk);  // full-width digit one
    CHECK(ui::glyphFamily(0x0661) == ui::GlyphFamily::Arabic);  // Arabic-Indic digit one
    const std::vector<uint16_t> cjk = set.ranges(ui::GlyphFamily::Cjk);
    CHECK(cjk == std::vector<uint16_t>{0x7F51, 0x7F51, 0});

    if (!systemFonts()) return;
    HeadlessUi h;
    ui::FontLoadResult base = ui::loadFonts(*ImGui::GetIO().Fonts, 18.0f, "");
    auto uses = [](const ui::FontLoadResult& r, const std::string& f) {
        return std::find(r.files.begin(), r.files.end(), f) != r.files.end();
    };
    CHECK_FALSE(uses(base, kCjkFile));
    CHECK_FALSE(uses(base, kArabicFile));
    set.request(std::string_view("ب"));
    ui::FontLoadResult more = ui::loadFonts(*ImGui::GetIO().Fonts, 18.0f, "", &set);
    if (fs::exists(kCjkFile)) CHECK(uses(more, kCjkFile));
    if (fs::exists(kArabicFile)) CHECK(uses(more, kArabicFile));
    CHECK(more.fonts.regular->FindGlyphNoFallback(kZhe));
    CHECK(more.fonts.bold->FindGlyphNoFallback(kWang));
    CHECK(more.fonts.generation != base.fonts.generation);
}
