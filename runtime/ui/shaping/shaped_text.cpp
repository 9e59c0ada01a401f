#include "ui/shaping/shaped_text.h"

#include "text/text_direction.h"
#include "ui/shaping/glyph_bitmaps.h"

#include <imgui_internal.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <unordered_map>

namespace lectern::ui {

namespace {

//-----------------------------------------------------------------------------
// [SECTION] Fonts
//-----------------------------------------------------------------------------

struct ShapingFonts {
    lectern::text::FontStack stack{lectern::text::FontStack::debianNoto()};
    const ImFont* bold[8] = {};
};

ShapingFonts& fonts() {
    static auto* f = new ShapingFonts;  // never destroyed: glyph bitmaps point into its faces
    return *f;
}

bool isBold(const ImFont* font) {
    if (!font) return false;
    for (const ImFont* b : fonts().bold)
        if (b == font) return true;
    return false;
}

// ImGui sizes a font by ascender minus descender (stb_truetype's ScaleForPixelHeight, FreeType's
// REAL_DIM request); Noto Sans's em is 1000 of its 1362 units.
float emPerPixelSize() {
    static const float ratio = [] {
        const lectern::text::FontFace& f = fonts().stack.face(lectern::text::faceId(lectern::text::Family::Sans, false));
        const int height = f.ascender() - f.descender();
        return f.usable() && height > 0 ? float(f.unitsPerEm()) / float(height) : 0.734f;
    }();
    return ratio;
}

//-----------------------------------------------------------------------------
// [SECTION] Layout cache
//-----------------------------------------------------------------------------

// Cleared whole when full: the strings of a few screens are a few hundred entries.
constexpr size_t kMaxCachedLayouts = 4096;

std::unordered_map<std::string, lectern::text::ParagraphLayout>& cache() {
    static auto* c = new std::unordered_map<std::string, lectern::text::ParagraphLayout>;
    return *c;
}

const lectern::text::ParagraphLayout& layoutFor(std::string_view s, float em, bool bold, lectern::text::BaseDirection dir, float wrap) {
    std::string key;
    key.reserve(s.size() + 16);
    key.append(s);
    key.push_back('\0');
    const int em4 = int(std::lround(em * 4)), wrap1 = int(std::lround(std::max(0.0f, wrap)));
    key.append(reinterpret_cast<const char*>(&em4), sizeof em4);
    key.append(reinterpret_cast<const char*>(&wrap1), sizeof wrap1);
    key.push_back(char(bold));
    key.push_back(char(dir));
    auto& c = cache();
    auto it = c.find(key);
    if (it != c.end()) return it->second;
    if (c.size() >= kMaxCachedLayouts) c.clear();
    lectern::text::LayoutOptions o;
    o.sizePx = em;
    o.maxWidth = wrap;
    o.direction = dir;
    o.bold = bold;
    return c.emplace(std::move(key), lectern::text::layoutParagraph(s, fonts().stack, o)).first->second;
}

//-----------------------------------------------------------------------------
// [SECTION] Drawing
//-----------------------------------------------------------------------------

// One glyph quad, cut to the clip rectangle (ImGui does the same for its own glyphs).
void addQuad(ImDrawList* list, ImVec2 a, ImVec2 b, ImVec2 uv0, ImVec2 uv1, ImU32 col, const ImVec4& clip) {
    if (b.x <= clip.x || a.x >= clip.z || b.y <= clip.y || a.y >= clip.w) return;
    const float du = (uv1.x - uv0.x) / (b.x - a.x), dv = (uv1.y - uv0.y) / (b.y - a.y);
    if (a.x < clip.x) uv0.x += (clip.x - a.x) * du, a.x = clip.x;
    if (b.x > clip.z) uv1.x -= (b.x - clip.z) * du, b.x = clip.z;
    if (a.y < clip.y) uv0.y += (clip.y - a.y) * dv, a.y = clip.y;
    if (b.y > clip.w) uv1.y -= (b.y - clip.w) * dv, b.y = clip.w;
    list->PrimReserve(6, 4);
    list->PrimRectUV(a, b, uv0, uv1, col);
}

std::vector<DrawnGlyph>* g_log = nullptr;

} // namespace

void recordShapedGlyphs(std::vector<DrawnGlyph>* log) { g_log = log; }

void setShapingFonts(const FontSet& f) {
    const ImFont* bold[] = {f.bold, f.boldItalic, f.h1, f.h2, f.h3};
    std::fill(std::begin(fonts().bold), std::end(fonts().bold), nullptr);
    std::copy(std::begin(bold), std::end(bold), fonts().bold);
}

const lectern::text::FontStack& shapingFonts() { return fonts().stack; }

bool shapingAvailable() {
    static const bool available = fonts().stack.face(lectern::text::faceId(lectern::text::Family::Sans, false)).usable();
    return available;
}

bool needsShaping(std::string_view s) { return lectern::text::needsBidi(s) && shapingAvailable(); }

float shapingEm(float size) { return std::max(0.25f, std::round(size * emPerPixelSize() * 4.0f) / 4.0f); }

const lectern::text::ParagraphLayout& shapedLine(const ImFont* font, float size, std::string_view s, lectern::text::BaseDirection dir) {
    return layoutFor(s, shapingEm(size), isBold(font), dir, 0);
}

float shapedWidth(const ImFont* font, float size, std::string_view s) { return shapedLine(font, size, s).width; }

std::string shapedFit(const ImFont* font, float size, std::string_view s, float maxWidth) {
    if (shapedWidth(font, size, s) <= maxWidth) return std::string(s);
    static constexpr std::string_view kEllipsis = "\u2026";
    // Cut points: the starts of the clusters of the one-line layout, in logical order.
    std::vector<uint32_t> cuts;
    for (const lectern::text::Line& line : shapedLine(font, size, s).lines)
        for (const lectern::text::ClusterBox& c : line.clusters) cuts.push_back(c.byteBegin);
    std::sort(cuts.begin(), cuts.end());
    size_t lo = 0, hi = cuts.size();  // the answer is cuts[k] for the largest k that fits
    std::string best(kEllipsis);
    while (lo < hi) {
        const size_t mid = (lo + hi) / 2;
        std::string t(s.substr(0, cuts[mid]));
        while (!t.empty() && t.back() == ' ') t.pop_back();
        t += kEllipsis;
        if (shapedWidth(font, size, t) <= maxWidth) {
            best = std::move(t);
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    return best;
}

ImVec2 shapedSize(const ImFont* font, float size, std::string_view s, float wrapWidth) {
    const lectern::text::ParagraphLayout& l =
        layoutFor(s, shapingEm(size), isBold(font), lectern::text::BaseDirection::Auto, std::max(0.0f, wrapWidth));
    // Wrapped right to left, the lines end at the wrap width: the item reaches it.
    const float width = wrapWidth > 0 && l.rtl ? std::max(l.width, wrapWidth) : l.width;
    return ImVec2(width, size * float(std::max<size_t>(1, l.lines.size())));
}

void drawShaped(const ShapedDraw& d, std::string_view s) {
    ImDrawList* list = d.list;
    if (!list || s.empty() || (d.colour & IM_COL32_A_MASK) == 0) return;
    const ImFont* font = d.font ? d.font : list->_Data->Font;
    if (!font) return;
    const float size = d.size > 0 ? d.size : font->FontSize;
    const float em = shapingEm(size);
    const lectern::text::ParagraphLayout& l = layoutFor(s, em, isBold(font), d.direction, d.wrapWidth);
    const ImVec4 clip = d.clip ? *d.clip : list->_CmdHeader.ClipRect;
    // The baseline where ImGui puts it (its glyphs hang from the rounded ascent), one line per
    // font size, so shaped and unshaped text sit on the same lines.
    const float ascent = std::round(font->Ascent) * size / std::max(1.0f, font->FontSize);
    float shift = 0;
    if (d.boxWidth > 0 && l.rtl) shift = d.boxWidth - l.width;
    const bool ownTexture = list->_CmdHeader.TextureId != font->ContainerAtlas->TexID;
    if (ownTexture) list->PushTextureID(font->ContainerAtlas->TexID);
    GlyphBitmaps& bitmaps = glyphBitmaps();
    for (size_t i = 0; i < l.lines.size(); ++i) {
        const lectern::text::Line& line = l.lines[i];
        const float baseline = std::round(d.pos.y + ascent + float(i) * size);
        if (baseline - size > clip.w || baseline + size < clip.y) continue;
        for (const lectern::text::PositionedGlyph& g : line.glyphs) {
            const float x = std::floor(d.pos.x) + shift + g.x;
            const float xi = std::floor(x);
            const int phase = std::min(kGlyphPhases - 1, int((x - xi) * kGlyphPhases));
            const GlyphQuad* q = bitmaps.find(g.face, g.glyph, em, phase);
            if (g_log) g_log->push_back({g.face, g.glyph, g.cluster, x, g.advance, q != nullptr, std::hash<std::string_view>{}(s)});
            if (!q || q->empty) continue;
            const float y = baseline + std::round(g.y);
            addQuad(list, ImVec2(xi + q->x0, y + q->y0), ImVec2(xi + q->x1, y + q->y1), q->uv0, q->uv1, d.colour, clip);
        }
    }
    if (ownTexture) list->PopTextureID();
}

GlyphBitmaps& glyphBitmaps() {
    static auto* b = new GlyphBitmaps(fonts().stack);
    return *b;
}

} // namespace lectern::ui
