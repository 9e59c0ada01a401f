// Shaped text in the UI: text ImGui 1.86 would draw wrongly (Arabic letters unjoined and in
// the wrong order, mixed-direction sentences scrambled) is laid out by the core
// (text/paragraph_layout.h: FriBidi, HarfBuzz, libunibreak) and drawn glyph by glyph from the
// atlas (glyph_bitmaps.h). Every ImDrawList::AddText of such text comes here
// (glyph_miss_hook.cpp), so ImGui's own widgets, Lectern's views and the reader all show it
// shaped; the reader also lays out and mirrors right-to-left blocks (layout/module_layout.cpp).
//
// Layouts are cached by (text, size, weight, direction): a frame redraws what it drew before
// at the cost of a lookup. UI thread only.
#pragma once
#include "text/paragraph_layout.h"
#include "ui/ui_env.h"

#include <imgui.h>

#include <string>
#include <string_view>
#include <vector>

namespace lectern::ui {

// The fonts in use (loadFonts calls it): which ImFonts are bold, so shaped text is too.
void setShapingFonts(const FontSet& fonts);

// The faces shaped text is laid out with (Debian's Noto fonts).
const lectern::text::FontStack& shapingFonts();

// Whether Noto Sans can be opened (without it nothing is shaped; ImGui draws what it can).
bool shapingAvailable();

// Whether `text` must be shaped to read right (lectern::text::needsBidi) and shaping is available
// (Noto Sans can be opened; without it ImGui draws the text as it can).
bool needsShaping(std::string_view text);

// The em size HarfBuzz gets for an ImGui font of `size` px (ImGui's size is ascender to
// descender; HarfBuzz's is the em), cut to a quarter pixel like the glyph bitmaps.
float shapingEm(float size);

// The shaped layout of `text` on one line (hard breaks only), cached.
const lectern::text::ParagraphLayout& shapedLine(const ImFont* font, float size, std::string_view text,
                                        lectern::text::BaseDirection direction = lectern::text::BaseDirection::Auto);

// Width in px of `text` shaped on one line.
float shapedWidth(const ImFont* font, float size, std::string_view text);

// `text` if it fits in `maxWidth` shaped, else its longest start (cut between code points, never
// inside a joined cluster's bytes) that fits with "…" after it, and the "…".
std::string shapedFit(const ImFont* font, float size, std::string_view text, float maxWidth);

// What ImFont::CalcTextSizeA gives for `text` drawn shaped (wrapWidth > 0: wrapped there):
// ImGui's widgets size themselves by it (glyph_miss_hook.cpp).
ImVec2 shapedSize(const ImFont* font, float size, std::string_view text, float wrapWidth);

struct ShapedDraw {
    ImDrawList* list = nullptr;
    const ImFont* font = nullptr;  // null: the draw list's current font, like AddText
    float size = 0;                // 0: the font's size
    ImVec2 pos;                    // top left, as for AddText
    ImU32 colour = 0;
    const ImVec4* clip = nullptr;  // null: the draw list's clip rectangle
    lectern::text::BaseDirection direction = lectern::text::BaseDirection::Auto;
    float wrapWidth = 0;           // > 0: lines wrap there (ImGui's TextWrapped)
    float boxWidth = 0;            // > 0 and right to left: the text ends at pos.x + boxWidth
};

// Draws `text` shaped. A glyph not yet in the atlas is skipped this frame and asked for.
void drawShaped(const ShapedDraw& draw, std::string_view text);

// Every glyph drawShaped places, in screen pixels (tests compare them with hb-shape).
struct DrawnGlyph {
    lectern::text::FaceId face = 0;
    uint32_t glyph = 0;
    uint32_t cluster = 0;     // byte offset in the text drawn
    float x = 0, advance = 0;  // pen position and advance on screen
    bool inAtlas = false;     // drawn this frame (false: asked for, drawn from the next)
    size_t textHash = 0;      // std::hash of the whole text drawn (tests find a label's glyphs)
};
// Appends to `log` from now on; null stops.
void recordShapedGlyphs(std::vector<DrawnGlyph>* log);

} // namespace lectern::ui
