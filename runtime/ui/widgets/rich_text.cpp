#include "ui/widgets/rich_text.h"

#include "ui/layout/text_measure.h"
#include "ui/shaping/shaped_text.h"
#include "ui/text/term_match.h"
#include "ui/theme.h"
#include "ui/widgets/image_cache.h"

#include <algorithm>
#include <cmath>

namespace lectern::ui {

using namespace layout;

void drawTargetIcon(ImDrawList* dl, ImVec2 c, float r, unsigned colour, float t) {
    dl->AddCircle(c, r, colour, 0, t);
    dl->AddCircle(c, r * 0.62f, colour, 0, t);
    dl->AddCircleFilled(c, r * 0.26f, colour);
}

namespace {

// The callouts' icons, drawn with lines only (no glyph the font might lack).
void drawCalloutIcon(ImDrawList* dl, ShapeKind kind, ImVec2 c, float r, unsigned col, float t) {
    // An exclamation mark (or an "i" upside down) of height ~r centred on c.
    const auto bang = [&](ImVec2 at, float h, bool info) {
        const float dot = std::max(1.2f, t * 0.9f);
        const float y0 = at.y - h * 0.5f, y1 = at.y + h * 0.5f;
        if (info) {
            dl->AddCircleFilled(ImVec2(at.x, y0 + dot), dot, col);
            dl->AddLine(ImVec2(at.x, y0 + dot * 3.2f), ImVec2(at.x, y1), col, t * 1.2f);
        } else {
            dl->AddLine(ImVec2(at.x, y0), ImVec2(at.x, y1 - dot * 3.2f), col, t * 1.2f);
            dl->AddCircleFilled(ImVec2(at.x, y1 - dot), dot, col);
        }
    };
    switch (kind) {
    case ShapeKind::IconInfo:  // "i" in a ring
        dl->AddCircle(c, r, col, 0, t);
        bang(c, r * 1.0f, true);
        break;
    case ShapeKind::IconTip: {  // a light bulb: a ring above a base
        const ImVec2 bulb(c.x, c.y - r * 0.2f);
        dl->AddCircle(bulb, r * 0.62f, col, 0, t);
        dl->AddLine(ImVec2(c.x - r * 0.3f, c.y + r * 0.62f), ImVec2(c.x + r * 0.3f, c.y + r * 0.62f), col, t);
        dl->AddLine(ImVec2(c.x - r * 0.22f, c.y + r * 0.9f), ImVec2(c.x + r * 0.22f, c.y + r * 0.9f), col, t);
        break;
    }
    case ShapeKind::IconImportant: {  // "!" in a speech box
        const ImVec2 a(c.x - r, c.y - r * 0.85f), z(c.x + r, c.y + r * 0.55f);
        dl->AddRect(a, z, col, r * 0.25f, 0, t);
        dl->AddTriangleFilled(ImVec2(c.x - r * 0.55f, z.y), ImVec2(c.x - r * 0.1f, z.y), ImVec2(c.x - r * 0.6f, c.y + r), col);
        bang(ImVec2(c.x, (a.y + z.y) * 0.5f), r * 0.95f, false);
        break;
    }
    case ShapeKind::IconWarning:  // "!" in a triangle
        dl->AddTriangle(ImVec2(c.x, c.y - r), ImVec2(c.x + r, c.y + r * 0.8f), ImVec2(c.x - r, c.y + r * 0.8f), col, t);
        bang(ImVec2(c.x, c.y + r * 0.12f), r * 0.95f, false);
        break;
    case ShapeKind::IconCaution:  // "!" in an octagon
        dl->AddNgon(c, r, col, 8, t);
        bang(c, r * 1.0f, false);
        break;
    default: break;
    }
}

// Marks the words of run `r` (drawn at `p`) that match the search term, under the text.
void drawHighlights(ImDrawList* dl, ImFont* f, const Run& r, ImVec2 p, const RichTextDraw& d) {
    static thread_local std::vector<std::pair<size_t, size_t>> found;
    found.clear();
    d.highlight->find(std::string_view(r.begin, size_t(r.end - r.begin)), found);
    const unsigned fill = (d.theme->accent & 0x00FFFFFFu) | 0x55000000u;
    for (auto [b, e] : found) {
        const float x0 = p.x + measureText(f, r.begin, r.begin + b), x1 = p.x + measureText(f, r.begin, r.begin + e);
        dl->AddRectFilled(ImVec2(x0 - 1, p.y), ImVec2(x1 + 1, p.y + f->FontSize + 1), fill, 2.0f);
        dl->AddLine(ImVec2(x0, p.y + f->FontSize + 1), ImVec2(x1, p.y + f->FontSize + 1), d.theme->accent, 2.0f);
    }
}

void drawShape(const BlockLayout& b, const Shape& s, const RichTextDraw& d) {
    ImDrawList* dl = d.drawList;
    const ImVec2 o = d.origin;
    const unsigned col = inkColor(*d.theme, s.ink);
    switch (s.kind) {
    case ShapeKind::FillRect:
        dl->AddRectFilled(ImVec2(o.x + s.x0, o.y + s.y0), ImVec2(o.x + s.x1, o.y + s.y1), col, 3.0f);
        break;
    case ShapeKind::StrokeRect:
        dl->AddRect(ImVec2(o.x + s.x0, o.y + s.y0), ImVec2(o.x + s.x1, o.y + s.y1), col, 3.0f, 0, s.thickness);
        break;
    case ShapeKind::FillCircle: dl->AddCircleFilled(ImVec2(o.x + s.x0, o.y + s.y0), s.x1, col); break;
    case ShapeKind::StrokeCircle: dl->AddCircle(ImVec2(o.x + s.x0, o.y + s.y0), s.x1, col, 0, s.thickness); break;
    case ShapeKind::Segment:
        dl->AddLine(ImVec2(o.x + s.x0, o.y + s.y0), ImVec2(o.x + s.x1, o.y + s.y1), col, s.thickness);
        break;
    case ShapeKind::Target: drawTargetIcon(dl, ImVec2(o.x + s.x0, o.y + s.y0), s.x1, col, s.thickness); break;
    case ShapeKind::Arrow: {
        const ImVec2 c(o.x + s.x0, o.y + s.y0);
        const float r = s.x1;
        dl->AddCircle(c, r, col, 0, s.thickness);
        dl->AddLine(ImVec2(c.x - r * 0.45f, c.y), ImVec2(c.x + r * 0.35f, c.y), col, s.thickness);
        dl->AddTriangleFilled(ImVec2(c.x + r * 0.55f, c.y), ImVec2(c.x + r * 0.1f, c.y - r * 0.38f),
                              ImVec2(c.x + r * 0.1f, c.y + r * 0.38f), col);
        break;
    }
    case ShapeKind::IconInfo:
    case ShapeKind::IconTip:
    case ShapeKind::IconImportant:
    case ShapeKind::IconWarning:
    case ShapeKind::IconCaution: drawCalloutIcon(dl, s.kind, ImVec2(o.x + s.x0, o.y + s.y0), s.x1, col, s.thickness); break;
    case ShapeKind::Image: {
        void* tex = d.images && s.image >= 0 ? d.images->texture(b.images[static_cast<size_t>(s.image)].path) : nullptr;
        ImVec2 a(o.x + s.x0, o.y + s.y0), z(o.x + s.x1, o.y + s.y1);
        if (tex) {
            dl->AddImage(reinterpret_cast<ImTextureID>(tex), a, z);
        } else {  // decoding failed after the header looked fine: frame and name it
            dl->AddRect(a, z, d.theme->quoteBar);
            const std::string& alt = b.images[static_cast<size_t>(s.image)].alt;
            dl->AddText(d.fonts->italic, d.fonts->italic->FontSize, ImVec2(a.x + 8, a.y + 8), d.theme->textMuted,
                        alt.data(), alt.data() + alt.size());
        }
        break;
    }
    }
}

} // namespace

void drawBlockLayout(const BlockLayout& b, const RichTextDraw& d, std::vector<VisibleLink>* links) {
    const float top = d.visibleTop - d.origin.y, bottom = d.visibleBottom - d.origin.y;
    for (const Shape& s : b.shapes) {
        float y0 = s.y0, y1 = s.y1;
        if (s.kind == ShapeKind::FillCircle || s.kind == ShapeKind::StrokeCircle || s.kind == ShapeKind::Target ||
            s.kind == ShapeKind::Arrow || s.kind >= ShapeKind::IconInfo) {
            y0 = s.y0 - s.x1;
            y1 = s.y0 + s.x1;
        }
        if (y1 < top || y0 > bottom) continue;
        drawShape(b, s, d);
    }
    // First line whose bottom is below the band's top.
    auto it = std::lower_bound(b.lines.begin(), b.lines.end(), top,
                               [](const Line& l, float y) { return l.y + l.height < y; });
    ImDrawList* dl = d.drawList;
    const float focusW = focusOutlineWidth(d.theme->kind);
    // A block that scrolls sideways draws its runs shifted, clipped to its band.
    const bool scrolls = b.scrollWidth > 0;
    const float shiftX = scrolls ? -d.scrollX : 0;
    if (scrolls)
        dl->PushClipRect(ImVec2(d.origin.x + b.clipX0, std::max(d.visibleTop, d.origin.y)),
                         ImVec2(d.origin.x + b.clipX1, std::min(d.visibleBottom, d.origin.y + b.height)), true);
    for (; it != b.lines.end() && it->y <= bottom; ++it) {
        const Line& line = *it;
        for (uint32_t i = 0; i < line.runCount; ++i) {
            const Run& r = b.runs[line.firstRun + i];
            ImFont* f = fontFor(*d.fonts, r.font);
            const float ty = d.origin.y + line.y + std::floor((line.height - f->FontSize) * 0.5f);
            const ImVec2 p(d.origin.x + r.x + shiftX, ty);
            unsigned col = inkColor(*d.theme, r.ink);
            if (d.highlight && d.highlight->active()) drawHighlights(dl, f, r, p, d);
            if (r.decoration & RunCodeBg)
                dl->AddRectFilled(ImVec2(p.x - 2, ty), ImVec2(p.x + r.width + 2, ty + f->FontSize), d.theme->codeBg, 3.0f);
            if (r.link >= 0 && r.link == d.hoveredLink)
                dl->AddRectFilled(ImVec2(p.x - 1, ty), ImVec2(p.x + r.width + 1, ty + f->FontSize),
                                  (d.theme->link & 0x00FFFFFFu) | 0x30000000u, 2.0f);
            if ((r.decoration & RunRtl) && shapingAvailable()) {  // a run of a right-to-left block (layout/block_direction.h)
                ShapedDraw sd;
                sd.list = dl;
                sd.font = f;
                sd.pos = p;
                sd.colour = col;
                sd.direction = lectern::text::BaseDirection::RightToLeft;
                sd.boxWidth = r.width;
                drawShaped(sd, std::string_view(r.begin, size_t(r.end - r.begin)));
            } else {
                dl->AddText(f, f->FontSize, p, col, r.begin, r.end);
            }
            const float uy = ty + f->Ascent + std::max(1.5f, f->FontSize * 0.08f);
            if (r.decoration & RunUnderline) dl->AddLine(ImVec2(p.x, uy), ImVec2(p.x + r.width, uy), col, 1.0f);
            if (r.decoration & RunStrike) {
                const float sy = std::round(ty + f->Ascent * 0.62f);
                dl->AddLine(ImVec2(p.x, sy), ImVec2(p.x + r.width, sy), col, std::max(1.0f, f->FontSize * 0.07f));
            }
            if (r.decoration & RunDotted) {
                for (float x = p.x; x < p.x + r.width; x += 4.0f)
                    dl->AddLine(ImVec2(x, uy), ImVec2(std::min(x + 2.0f, p.x + r.width), uy), col, 1.2f);
            }
            if (r.link >= 0) {
                ImVec2 a(p.x - 2, ty - 1), z(p.x + r.width + 2, ty + f->FontSize + 2);
                if (r.link == d.focusedLink) dl->AddRect(a, z, d.theme->accent, 3.0f, 0, focusW);
                if (links) links->push_back(VisibleLink{r.link, a, z});
            }
        }
    }
    if (scrolls) dl->PopClipRect();
}

} // namespace lectern::ui
