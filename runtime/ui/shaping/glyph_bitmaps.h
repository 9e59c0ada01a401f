// Glyph bitmaps for shaped text: HarfBuzz gives glyph ids (core text/paragraph_layout.h), not
// code points, so they cannot be ImGui font glyphs. Each (face, glyph id, size, sub-pixel
// phase) that was drawn is rasterised by FreeType into a custom rectangle of the ImGui atlas,
// so shaped text and ImGui's own text share one single-channel texture and one draw call.
//
// A glyph not yet in the atlas is asked for (the GlyphSet is marked dirty) and drawn from the
// next atlas build on, like a missing code point (glyph_miss_hook.cpp). UI thread only.
#pragma once
#include "text/font_stack.h"

#include <imgui.h>

#include <cstdint>
#include <memory>

namespace lectern::ui {

// Where a glyph's bitmap goes, from the pen position on the baseline (y grows downwards).
struct GlyphQuad {
    float x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    ImVec2 uv0, uv1;
    bool empty = true;  // nothing to draw (a space)
};

// Sub-pixel positions a glyph is rasterised at: x is cut to a quarter of a pixel, so joined
// Arabic letters meet exactly and stay sharp.
inline constexpr int kGlyphPhases = 4;

class GlyphBitmaps {
public:
    explicit GlyphBitmaps(const lectern::text::FontStack& fonts);
    ~GlyphBitmaps();
    GlyphBitmaps(const GlyphBitmaps&) = delete;
    GlyphBitmaps& operator=(const GlyphBitmaps&) = delete;

    // The glyph's quad, or null when it is not in the atlas yet (it is then asked for).
    const GlyphQuad* find(lectern::text::FaceId face, uint32_t glyph, float emPx, int phase);

    // Around an atlas build: addRects after ImFontAtlas::Clear() and the fonts were added,
    // render once the atlas is built (it writes the bitmaps into its Alpha8 pixels).
    void addRects(ImFontAtlas& atlas);
    void render(ImFontAtlas& atlas);

    size_t size() const;          // glyphs held or asked for
    long misses() const;          // glyphs asked for since start (tools/bench)

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

// The process's glyph bitmaps, over the fonts of shaping/shaped_text.h.
GlyphBitmaps& glyphBitmaps();

} // namespace lectern::ui
