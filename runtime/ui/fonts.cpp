#include "ui/fonts.h"

#include <imgui.h>

#include <algorithm>
#include <filesystem>
#include <vector>

namespace lectern::ui {

namespace {

// ImGui keeps a pointer to the ranges: they must outlive the atlas.
const ImWchar* glyphRanges(ImFontAtlas& atlas) {
    static ImVector<ImWchar> ranges;
    if (ranges.empty()) {
        ImFontGlyphRangesBuilder b;
        static const ImWchar extra[] = {
            0x0020, 0x00FF,  // Basic Latin + Latin-1
            0x0100, 0x024F,  // Latin Extended-A and -B
            0x0370, 0x03FF,  // Greek
            0x1E00, 0x1EFF,  // Latin Extended Additional (Vietnamese, Welsh...)
            0x2000, 0x206F,  // General Punctuation: — – “ ” ‘ ’ … •
            0x20A0, 0x20CF,  // currency
            0x2190, 0x21FF,  // arrows
            0x2713, 0x2714,  // check marks
            0xFFFD, 0xFFFD,  // replacement character
            0};
        b.AddRanges(extra);
        b.AddRanges(atlas.GetGlyphRangesCyrillic());
        b.BuildRanges(&ranges);
    }
    return ranges.Data;
}

std::string firstExisting(const std::vector<std::string>& candidates) {
    std::error_code ec;
    for (const auto& c : candidates)
        if (!c.empty() && std::filesystem::is_regular_file(c, ec)) return c;
    return {};
}

struct FontFiles {
    std::string regular, bold, italic, boldItalic, mono;
    std::string fallback;  // DejaVu Sans: merged in for glyphs the main face lacks
};

FontFiles findFonts(const std::string& assetsDir) {
    const std::string a = assetsDir.empty() ? std::string() : assetsDir + "/fonts/";
    const std::string noto = "/usr/share/fonts/truetype/noto/";
    const std::string dejavu = "/usr/share/fonts/truetype/dejavu/";
    auto pick = [&](const char* notoName, const char* dejavuName) {
        return firstExisting({a.empty() ? "" : a + notoName, noto + notoName, dejavu + dejavuName});
    };
    FontFiles f;
    f.regular = pick("NotoSans-Regular.ttf", "DejaVuSans.ttf");
    f.bold = pick("NotoSans-Bold.ttf", "DejaVuSans-Bold.ttf");
    f.italic = pick("NotoSans-Italic.ttf", "DejaVuSans-Oblique.ttf");
    f.boldItalic = pick("NotoSans-BoldItalic.ttf", "DejaVuSans-BoldOblique.ttf");
    f.mono = firstExisting({a.empty() ? "" : a + "DejaVuSansMono.ttf", dejavu + "DejaVuSansMono.ttf",
                            noto + "NotoSansMono-Regular.ttf"});
    f.fallback = firstExisting({dejavu + "DejaVuSans.ttf"});
    return f;
}

} // namespace

float bodyPixelSize(float contentScale, float learnerScale) {
    return std::clamp(18.0f * std::max(0.5f, contentScale) * std::clamp(learnerScale, 0.5f, 3.0f), 8.0f, 96.0f);
}

FontLoadResult loadFonts(ImFontAtlas& atlas, float basePx, const std::string& assetsDir) {
    FontLoadResult r;
    atlas.Clear();
    atlas.Flags |= ImFontAtlasFlags_NoPowerOfTwoHeight;
    const FontFiles files = findFonts(assetsDir);
    const ImWchar* ranges = glyphRanges(atlas);

    // Body text is oversampled twice horizontally (crisp at fractional positions); headings and
    // code are large or monospaced enough without it, which keeps the atlas texture small.
    auto add = [&](const std::string& path, float px, int oversample = 2) -> ImFont* {
        if (path.empty()) return nullptr;
        ImFontConfig cfg;
        cfg.OversampleH = oversample;
        cfg.OversampleV = 1;
        ImFont* font = atlas.AddFontFromFileTTF(path.c_str(), px, &cfg, ranges);
        if (font && !files.fallback.empty() && files.fallback != path) {
            ImFontConfig merge;
            merge.MergeMode = true;  // fills only glyphs the main face lacks (arrows, Greek...)
            merge.OversampleH = oversample;
            merge.OversampleV = 1;
            atlas.AddFontFromFileTTF(files.fallback.c_str(), px, &merge, ranges);
        }
        return font;
    };

    FontSet& f = r.fonts;
    f.basePx = basePx;
    f.regular = add(files.regular, basePx);
    if (!f.regular) {
        ImFontConfig cfg;
        cfg.SizePixels = std::max(13.0f, basePx);
        f.regular = atlas.AddFontDefault(&cfg);
        r.usedDefaultFont = true;
        r.message = "No Noto Sans or DejaVu Sans font was found (install fonts-noto-core); using the built-in font.";
        f.bold = f.italic = f.boldItalic = f.mono = f.h1 = f.h2 = f.h3 = f.regular;
    } else {
        f.bold = add(files.bold, basePx);
        f.italic = add(files.italic, basePx);
        f.boldItalic = add(files.boldItalic, basePx);
        f.mono = add(files.mono, basePx * 0.92f, 1);
        f.h1 = add(files.bold, basePx * 1.85f, 1);
        f.h2 = add(files.bold, basePx * 1.45f, 1);
        f.h3 = add(files.bold, basePx * 1.2f, 1);
        ImFont** all[] = {&f.bold, &f.italic, &f.boldItalic, &f.mono, &f.h1, &f.h2, &f.h3};
        for (ImFont** p : all)
            if (!*p) *p = f.regular;
    }
    ImGui::GetIO().FontDefault = f.regular;
    atlas.Build();
    return r;
}

} // namespace lectern::ui
