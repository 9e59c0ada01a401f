// Draws a laid-out block (layout/layout_types.h) with ImDrawList: only the lines and shapes
// that fall inside the visible band, one line at a time, so a 100 KB paragraph costs what
// its visible lines cost and never overflows 16-bit vertex indices.
#pragma once
#include "ui/layout/layout_types.h"

#include <imgui.h>

#include <string_view>
#include <vector>

namespace lectern::ui {

class ImageCache;
class TermMatch;

struct VisibleLink {
    int link = -1;  // index into BlockLayout::links
    ImVec2 min, max;
};

struct RichTextDraw {
    const FontSet* fonts = nullptr;
    const Theme* theme = nullptr;
    ImDrawList* drawList = nullptr;
    ImVec2 origin;                 // screen position of the block's top-left corner
    float visibleTop = 0;          // screen y band to draw
    float visibleBottom = 0;
    ImageCache* images = nullptr;
    int focusedLink = -1;          // drawn with a focus outline
    int hoveredLink = -1;          // drawn highlighted
    float scrollX = 0;             // a block that scrolls sideways (BlockLayout::scrollWidth): its offset
    const TermMatch* highlight = nullptr;  // words to mark (the search the learner came from), or none
};

// Draws the visible part of `block`; appends the screen rectangles of visible link runs.
void drawBlockLayout(const layout::BlockLayout& block, const RichTextDraw& d, std::vector<VisibleLink>* links);

// The goals "target" icon: concentric rings and a centre dot.
void drawTargetIcon(ImDrawList* dl, ImVec2 centre, float radius, unsigned colour, float thickness);

} // namespace lectern::ui
