#include "ui/layout/block_direction.h"

#include "text/text_direction.h"
#include "ui/shaping/shaped_text.h"

#include <imgui.h>

#include <algorithm>

namespace lectern::ui::layout {

namespace {

std::string_view textOf(const Run& r) { return std::string_view(r.begin, size_t(r.end - r.begin)); }

bool startsLeftToRight(const Run& r) {
    return lectern::text::firstStrongDirection(textOf(r)) == lectern::text::BaseDirection::LeftToRight;
}

void mirrorShape(Shape& s, float width) {
    switch (s.kind) {
    case ShapeKind::FillCircle:
    case ShapeKind::StrokeCircle:
    case ShapeKind::Target:
    case ShapeKind::Arrow:
    case ShapeKind::IconInfo:
    case ShapeKind::IconTip:
    case ShapeKind::IconImportant:
    case ShapeKind::IconWarning:
    case ShapeKind::IconCaution: s.x0 = width - s.x0; break;  // a centre; x1 is the radius
    case ShapeKind::Segment:
        s.x0 = width - s.x0;
        s.x1 = width - s.x1;
        break;
    default: {  // rectangles and images
        const float x0 = width - s.x1, x1 = width - s.x0;
        s.x0 = x0;
        s.x1 = x1;
    }
    }
}

// Runs [first, last) are a left-to-right stretch: mirrored again inside their own extent.
void restoreOrder(std::vector<Run>& runs, size_t first, size_t last) {
    if (last - first < 2) return;
    float lo = runs[first].x, hi = runs[first].x + runs[first].width;
    for (size_t i = first; i < last; ++i) {
        lo = std::min(lo, runs[i].x);
        hi = std::max(hi, runs[i].x + runs[i].width);
    }
    for (size_t i = first; i < last; ++i) runs[i].x = lo + hi - (runs[i].x + runs[i].width);
}

// The runs of one line get the widths they are drawn with; each keeps its gap to the one before.
void useShapedWidths(BlockLayout& b, const Line& line, const FontSet& fonts) {
    float shift = 0;
    for (uint32_t k = 0; k < line.runCount; ++k) {
        Run& r = b.runs[line.firstRun + k];
        r.x += shift;
        if (!(r.decoration & RunRtl)) continue;
        const ImFont* f = fontFor(fonts, r.font);
        const float w = shapedLine(f, f->FontSize, textOf(r), lectern::text::BaseDirection::RightToLeft).width;
        shift += w - r.width;
        r.width = w;
    }
}

} // namespace

bool mirrorIfRightToLeft(BlockLayout& b, float width, const FontSet& fonts) {
    if (b.scrollWidth > 0) return false;  // code: always left to right
    lectern::text::BaseDirection dir = lectern::text::BaseDirection::Auto;
    for (const Run& r : b.runs)
        if ((dir = lectern::text::firstStrongDirection(textOf(r))) != lectern::text::BaseDirection::Auto) break;
    if (dir != lectern::text::BaseDirection::RightToLeft) return false;
    for (Run& r : b.runs)
        if (!startsLeftToRight(r)) r.decoration |= RunRtl;
    if (shapingAvailable())
        for (const Line& line : b.lines) useShapedWidths(b, line, fonts);
    for (Run& r : b.runs) r.x = width - (r.x + r.width);
    for (Shape& s : b.shapes) mirrorShape(s, width);
    for (const Line& line : b.lines) {
        size_t i = line.firstRun;
        const size_t end = size_t(line.firstRun) + line.runCount;
        while (i < end) {
            if (b.runs[i].decoration & RunRtl) {
                ++i;
                continue;
            }
            size_t j = i;
            while (j < end && !(b.runs[j].decoration & RunRtl)) ++j;
            restoreOrder(b.runs, i, j);
            i = j;
        }
    }
    return true;
}

} // namespace lectern::ui::layout
