// Where shaped text lands on screen: the glyphs one frame draws (ui/shaping/shaped_text.h
// recordShapedGlyphs), and the x span of those drawn for one text. Tests of right-to-left
// layout check these, not the code that placed them.
#pragma once
#include "ui/shaping/shaped_text.h"

#include <algorithm>
#include <functional>
#include <string_view>
#include <utility>
#include <vector>

namespace lectern::test {

inline std::vector<ui::DrawnGlyph> glyphsDrawnBy(const std::function<void()>& frame) {
    std::vector<ui::DrawnGlyph> glyphs;
    ui::recordShapedGlyphs(&glyphs);
    frame();
    ui::recordShapedGlyphs(nullptr);
    return glyphs;
}

// [left, right] of the glyphs drawn for the whole text `text`; right < left when none was.
inline std::pair<float, float> spanOf(const std::vector<ui::DrawnGlyph>& glyphs, std::string_view text) {
    const size_t hash = std::hash<std::string_view>{}(text);
    std::pair<float, float> span{1e9f, -1e9f};
    for (const ui::DrawnGlyph& g : glyphs)
        if (g.textHash == hash) span = {std::min(span.first, g.x), std::max(span.second, g.x + g.advance)};
    return span;
}

} // namespace lectern::test
