// Fast text measuring for layout: sums glyph advances directly (ImGui 1.86 has no kerning, so
// this equals ImFont::CalcTextSizeA) and finds where a too-long word must break.
#pragma once

struct ImFont;

namespace lectern::ui::layout {

float measureText(const ImFont* font, const char* begin, const char* end);
// The end of the longest prefix of [begin, end) that fits in `width` (at least one character).
const char* fitText(const ImFont* font, const char* begin, const char* end, float width);

} // namespace lectern::ui::layout

namespace lectern::ui::layout {

// The Measure of word_wrap.h for one ImGui font.
struct FontMeasure {
    const ImFont* font;
    float width(const char* b, const char* e) const { return measureText(font, b, e); }
    const char* fit(const char* b, const char* e, float w) const { return fitText(font, b, e, w); }
    float space() const { return measureText(font, " ", " " + 1); }
};

} // namespace lectern::ui::layout
