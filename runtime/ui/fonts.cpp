#include "ui/fonts.h"

#include "ui/font_files.h"
#include "ui/glyph_set.h"
#include "ui/shaping/glyph_bitmaps.h"
#include "ui/shaping/shaped_text.h"

#include <imgui.h>

#include <algorithm>
#include <filesystem>
#include <list>
#include <map>

namespace lectern::ui {

namespace {

//-----------------------------------------------------------------------------
// [SECTION] Which files
//-----------------------------------------------------------------------------

std::string firstExisting(const std::vector<std::string>& candidates) {
    std::error_code ec;
    for (const auto& c : candidates)
        if (!c.empty() && std::filesystem::is_regular_file(c, ec)) return c;
    return {};
}

struct FontFiles {
    std::string regular, bold, italic, boldItalic, mono;
    std::string fallback;                 // DejaVu Sans: merged in for glyphs Noto Sans lacks
    std::string arabic, arabicBold;       // Noto Sans Arabic
    std::string cjk, cjkBold;             // Noto Sans CJK (a collection: face kCjkScFace)
};
// NotoSansCJK-*.ttc holds JP, KR, SC, TC, HK: Simplified Chinese is face 2 (fc-query).
constexpr int kCjkScFace = 2;

FontFiles findFonts(const std::string& assetsDir) {
    const std::string a = assetsDir.empty() ? std::string() : assetsDir + "/fonts/";
    const std::string noto = "/usr/share/fonts/truetype/noto/";
    const std::string notoOt = "/usr/share/fonts/opentype/noto/";
    const std::string dejavu = "/usr/share/fonts/truetype/dejavu/";
    auto inAssets = [&](const char* name) { return a.empty() ? std::string() : a + name; };
    auto pick = [&](const char* notoName, const char* dejavuName) {
        return firstExisting({inAssets(notoName), noto + notoName, dejavu + dejavuName});
    };
    FontFiles f;
    f.regular = pick("NotoSans-Regular.ttf", "DejaVuSans.ttf");
    f.bold = pick("NotoSans-Bold.ttf", "DejaVuSans-Bold.ttf");
    f.italic = pick("NotoSans-Italic.ttf", "DejaVuSans-Oblique.ttf");
    f.boldItalic = pick("NotoSans-BoldItalic.ttf", "DejaVuSans-BoldOblique.ttf");
    f.mono = firstExisting({inAssets("DejaVuSansMono.ttf"), dejavu + "DejaVuSansMono.ttf", noto + "NotoSansMono-Regular.ttf"});
    f.fallback = firstExisting({dejavu + "DejaVuSans.ttf"});
    f.arabic = firstExisting({inAssets("NotoSansArabic-Regular.ttf"), noto + "NotoSansArabic-Regular.ttf"});
    f.arabicBold = firstExisting({inAssets("NotoSansArabic-Bold.ttf"), noto + "NotoSansArabic-Bold.ttf", f.arabic});
    f.cjk = firstExisting({inAssets("NotoSansCJK-Regular.ttc"), notoOt + "NotoSansCJK-Regular.ttc"});
    f.cjkBold = firstExisting({inAssets("NotoSansCJK-Bold.ttc"), notoOt + "NotoSansCJK-Bold.ttc", f.cjk});
    return f;
}

//-----------------------------------------------------------------------------
// [SECTION] Glyph ranges (ImGui keeps pointers to them)
//-----------------------------------------------------------------------------

// ImFontConfig::GlyphRanges is a pointer, read again whenever the atlas is (re)built: the
// ranges of an atlas live until its next loadFonts.
std::list<std::vector<ImWchar>>& rangesOf(const ImFontAtlas& atlas) {
    static auto* perAtlas = new std::map<const ImFontAtlas*, std::list<std::vector<ImWchar>>>;
    return (*perAtlas)[&atlas];
}

const ImWchar* keep(const ImFontAtlas& atlas, const std::vector<uint16_t>& ranges) {
    if (ranges.size() < 3) return nullptr;  // no code point of that family
    static_assert(sizeof(ImWchar) == sizeof(uint16_t), "ImGui 1.86 is built with 16-bit ImWchar");
    return rangesOf(atlas).emplace_back(ranges.begin(), ranges.end()).data();
}

//-----------------------------------------------------------------------------
// [SECTION] Adding mapped faces
//-----------------------------------------------------------------------------

struct Builder {
    ImFontAtlas& atlas;
    FontLoadResult& result;
    const FontFiles& files;
    const ImWchar* sans = nullptr;
    const ImWchar* arabic = nullptr;
    const ImWchar* cjk = nullptr;

    // One face from its mapping. ImGui 1.86's AddFont copies the data whenever
    // FontDataOwnedByAtlas is false, and frees it in Clear() whenever it is true: it is handed
    // over as owned (no copy) and then marked not owned in the atlas's own config (never freed).
    bool addFace(const std::string& path, int faceIndex, float px, const ImWchar* ranges, bool merge, int oversample) {
        if (path.empty() || !ranges) return false;
        const MappedFontFile* file = mapFontFile(path);
        if (!file) return false;
        ImFontConfig cfg;
        cfg.FontData = const_cast<void*>(file->data);  // read only: stb_truetype never writes to it
        cfg.FontDataSize = int(file->size);
        cfg.FontDataOwnedByAtlas = true;
        cfg.FontNo = faceIndex;
        cfg.SizePixels = px;
        cfg.GlyphRanges = ranges;
        cfg.MergeMode = merge;
        cfg.OversampleH = oversample;
        cfg.OversampleV = 1;
        atlas.AddFont(&cfg);
        atlas.ConfigData.back().FontDataOwnedByAtlas = false;
        if (std::find(result.files.begin(), result.files.end(), path) == result.files.end()) result.files.push_back(path);
        return true;
    }

    // A font of the set: its own face, then DejaVu Sans for what it lacks, then the Arabic and
    // CJK faces when (and only when) code points of theirs are in use.
    ImFont* add(const std::string& path, float px, bool bold, int oversample = 2) {
        if (!addFace(path, 0, px, sans, false, oversample)) return nullptr;
        ImFont* font = atlas.Fonts.back();
        if (files.fallback != path) addFace(files.fallback, 0, px, sans, true, oversample);
        addFace(bold ? files.arabicBold : files.arabic, 0, px, arabic, true, oversample);
        addFace(bold ? files.cjkBold : files.cjk, kCjkScFace, px, cjk, true, 1);  // large glyphs: no oversampling
        return font;
    }
};

} // namespace

float bodyPixelSize(float contentScale, float learnerScale) {
    return std::clamp(18.0f * std::max(0.5f, contentScale) * std::clamp(learnerScale, 0.5f, 3.0f), 8.0f, 96.0f);
}

FontLoadResult loadFonts(ImFontAtlas& atlas, float basePx, const std::string& assetsDir, const GlyphSet* glyphs) {
    static const GlyphSet base;
    if (!glyphs) glyphs = &base;
    FontLoadResult r;
    atlas.Clear();
    rangesOf(atlas).clear();  // after Clear(): no config points to them any more
    atlas.Flags |= ImFontAtlasFlags_NoPowerOfTwoHeight;
    const FontFiles files = findFonts(assetsDir);
    Builder b{atlas, r, files};
    b.sans = keep(atlas, glyphs->ranges(GlyphFamily::Sans));
    b.arabic = keep(atlas, glyphs->ranges(GlyphFamily::Arabic));
    b.cjk = keep(atlas, glyphs->ranges(GlyphFamily::Cjk));

    // Body text is oversampled twice horizontally (crisp at fractional positions); headings and
    // code are large or monospaced enough without it, which keeps the atlas texture small.
    FontSet& f = r.fonts;
    f.basePx = basePx;
    f.regular = b.add(files.regular, basePx, false);
    if (!f.regular) {
        ImFontConfig cfg;
        cfg.SizePixels = std::max(13.0f, basePx);
        f.regular = atlas.AddFontDefault(&cfg);
        r.usedDefaultFont = true;
        // English on purpose: ImGui's built-in font, the only one left, has ASCII alone, so any
        // translation would show as question marks.
        r.message = "No Noto Sans or DejaVu Sans font was found (install fonts-noto-core); using the built-in font.";
        f.bold = f.italic = f.boldItalic = f.mono = f.h1 = f.h2 = f.h3 = f.regular;
    } else {
        f.bold = b.add(files.bold, basePx, true);
        f.italic = b.add(files.italic, basePx, false);
        f.boldItalic = b.add(files.boldItalic, basePx, true);
        f.mono = b.add(files.mono, basePx * 0.92f, false, 1);
        f.h1 = b.add(files.bold, basePx * 1.85f, true, 1);
        f.h2 = b.add(files.bold, basePx * 1.45f, true, 1);
        f.h3 = b.add(files.bold, basePx * 1.2f, true, 1);
        ImFont** all[] = {&f.bold, &f.italic, &f.boldItalic, &f.mono, &f.h1, &f.h2, &f.h3};
        for (ImFont** p : all)
            if (!*p) *p = f.regular;
    }
    ImGui::GetIO().FontDefault = f.regular;
    setShapingFonts(f);
    // Shaped text's glyphs (shaping/glyph_bitmaps.h) get rectangles in the same atlas.
    glyphBitmaps().addRects(atlas);
    // One channel: the renderer uploads it as GL_R8 (ui/app font_texture), a quarter of RGBA32.
    unsigned char* pixels = nullptr;
    int w = 0, h = 0;
    atlas.GetTexDataAsAlpha8(&pixels, &w, &h);
    glyphBitmaps().render(atlas);
    static unsigned generation = 0;
    f.generation = ++generation;
    return r;
}

} // namespace lectern::ui
