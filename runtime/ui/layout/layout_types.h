// Laid-out text and shapes of one top-level block, positioned relative to the block's top-left
// corner. Built once per (module, width, font size) by module_layout.cpp and then only drawn
// (widgets/rich_text.cpp), one visible line at a time. Colours are roles (Ink), resolved at draw
// time, so switching the theme needs no new layout.
#pragma once
#include "ui/ui_env.h"

#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <vector>

struct ImFont;

namespace lectern::ui::layout {

enum class FontRole : uint8_t { Regular, Bold, Italic, BoldItalic, Mono, H1, H2, H3 };
ImFont* fontFor(const FontSet& fonts, FontRole role);

enum class Ink : uint8_t {
    Text, Muted, Link, Glossary, Code, Accent,
    QuoteBar, CodeBg, GoalsBg, GoalsBorder, EngageBg, EngageBorder, NoteBg, NoteBorder,
    // NOTE, TIP, IMPORTANT, WARNING, CAUTION callouts (layout/callout_style.h)
    CalloutNoteBg, CalloutNoteBorder, CalloutTipBg, CalloutTipBorder, CalloutImportantBg, CalloutImportantBorder,
    CalloutWarningBg, CalloutWarningBorder, CalloutCautionBg, CalloutCautionBorder,
    TableHeaderBg,
};
unsigned inkColor(const Theme& theme, Ink ink);

enum RunDecoration : uint8_t { RunUnderline = 1, RunDotted = 2, RunCodeBg = 4, RunStrike = 8,
    RunRtl = 16,  // not a decoration: drawn shaped, right to left, ending at x + width (block_direction.h)
};

// A stretch of text in one font and colour on one line. The text points into the immutable
// Course (or into BlockLayout::owned), so a layout never copies prose.
struct Run {
    const char* begin = nullptr;
    const char* end = nullptr;
    float x = 0;
    float width = 0;
    FontRole font = FontRole::Regular;
    Ink ink = Ink::Text;
    uint8_t decoration = 0;
    int link = -1;  // index into BlockLayout::links
};

struct Line {
    float y = 0;        // top of the line
    float height = 0;
    uint32_t firstRun = 0;
    uint32_t runCount = 0;
};

enum class ShapeKind : uint8_t {
    FillRect, StrokeRect, FillCircle, StrokeCircle, Segment, Target, Arrow, Image,
    IconInfo, IconTip, IconImportant, IconWarning, IconCaution,
};
// Target: the goals icon (rings and a dot). Arrow: the engage icon (a ring with an arrow).
// Icon*: the callouts' icons (an "i" in a ring, a bulb, "!" in a speech box, "!" in a triangle,
// "!" in an octagon), centred on (x0, y0) with radius x1, like the circles.

struct Shape {
    ShapeKind kind = ShapeKind::FillRect;
    Ink ink = Ink::Text;
    float x0 = 0, y0 = 0, x1 = 0, y1 = 0;  // rect / segment ends / circle centre (x0,y0) radius x1
    float thickness = 1;
    int image = -1;                          // ShapeKind::Image: index into BlockLayout::images
};

// A link or glossary term: one per Span, its runs share the index.
struct LinkTarget {
    uint16_t flags = 0;       // SpanLink or SpanGlossary
    std::string_view target;  // URL, "#anchor", "module#anchor", or the glossary term id
    std::string_view text;
};

struct ImagePlacement {
    std::string path;  // resolved against the module folder
    std::string alt;
};

// Room under a code block that scrolls sideways for its scroll bar, in body font sizes.
inline constexpr float kScrollBarRoom = 0.7f;

struct BlockLayout {
    size_t blockIndex = 0;  // index in Module::blocks
    float y = 0;            // top, in the module's coordinates (set by ModuleLayout::restack)
    float height = 0;
    bool interactive = false;  // Quiz / Reflection: drawn by widgets; `height` is their last size
    std::vector<Line> lines;   // sorted by y
    std::vector<Run> runs;
    std::vector<Shape> shapes;
    std::vector<LinkTarget> links;
    std::vector<ImagePlacement> images;
    std::deque<std::string> owned;  // generated text (list numbers, default titles); deque: stable
    // A code block whose longest line is wider than the column does not break its lines: its
    // runs scroll sideways (the reader keeps the offset) inside the band [clipX0, clipX1),
    // while its shapes (the background) stay put. scrollWidth: the widest line, 0 = no scroll.
    float scrollWidth = 0;
    float clipX0 = 0, clipX1 = 0;
};

struct ModuleLayout {
    const void* module = nullptr;  // identity of what was laid out
    float width = 0;
    float fontPx = 0;
    std::vector<BlockLayout> blocks;  // one per top-level block, in order
    float totalHeight = 0;

    // Recomputes every block's y from the heights (after an interactive block changed size).
    void restack(float gap);
    // The block that covers `y` (clamped to the first / last).
    size_t blockAt(float y) const;
};

} // namespace lectern::ui::layout
