// Lays out one paragraph of UTF-8 text: bidi levels (FriBidi, UAX #9), script runs (HarfBuzz's
// Unicode tables, UAX #24 simplified: Common and Inherited take their neighbour's script), a
// face per code point from the FontStack, shaping per run (HarfBuzz), line breaks (libunibreak,
// UAX #14; a word wider than the column is cut between clusters), each line reordered visually
// (UAX #9 L1, L2) and aligned (right when the paragraph runs right to left).
// The result holds glyph ids, not text: the UI draws each glyph from its atlas by
// (face, glyph, sizePx) at (line origin + x, baseline + y).
#pragma once
#include "text/font_stack.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace lectern::text {

enum class BaseDirection : uint8_t { Auto, LeftToRight, RightToLeft };

// A byte range of the paragraph set in bold (the reader's **strong**, headings...).
struct BoldSpan {
    size_t begin = 0, end = 0;
};

struct LayoutOptions {
    float sizePx = 16.0f;
    // Column width in pixels; 0 or less: no wrapping (only hard breaks, e.g. '\n').
    float maxWidth = 0.0f;
    // Auto: the first strong character decides (UAX #9 P2, P3); none: left to right.
    BaseDirection direction = BaseDirection::Auto;
    // BCP 47 tag given to HarfBuzz and libunibreak ("ar", "zh-Hans"); empty: from each run's
    // script (Arabic "ar", Han "zh-Hans", otherwise none).
    std::string language;
    bool bold = false;             // the whole paragraph
    std::vector<BoldSpan> boldSpans;  // or parts of it
};

// One glyph, drawn at (line's left + x, line's baseline + y); y grows downwards.
struct PositionedGlyph {
    FaceId face = 0;
    uint32_t glyph = 0;       // glyph id in that face (0: .notdef, the visible fallback)
    float x = 0, y = 0;       // pen position plus HarfBuzz's offsets, in px
    float advance = 0;        // in px
    uint32_t cluster = 0;     // byte offset in the paragraph of the first character it shows
};

// One cluster of a line (what a caret cannot split): its bytes and where it is drawn.
struct ClusterBox {
    uint32_t byteBegin = 0, byteEnd = 0;  // [begin, end) in the paragraph
    uint32_t cpBegin = 0, cpEnd = 0;      // the same in code points
    float x0 = 0, x1 = 0;                 // visual extent on the line, x0 <= x1
    bool rtl = false;
};

struct Line {
    uint32_t byteBegin = 0, byteEnd = 0;  // logical range, trailing spaces and break included
    std::vector<PositionedGlyph> glyphs;  // visual order, left to right
    std::vector<ClusterBox> clusters;     // logical order (by byteBegin)
    float width = 0;       // drawn width without trailing spaces
    float left = 0;        // x of the leftmost drawn content (after alignment)
    float baseline = 0;    // from the paragraph's top
    float ascent = 0, descent = 0;  // px, both >= 0: of the faces this line uses
};

// A run as it was shaped: one bidi level, script and face (what tests compare with hb-shape).
struct ShapedRun {
    uint32_t byteBegin = 0, byteEnd = 0;
    FaceId face = 0;
    bool rtl = false;
    std::string script;    // ISO 15924 ("Arab", "Latn", "Hani", "Zyyy")
    std::string language;  // BCP 47 as HarfBuzz got it, empty: none
};

struct ParagraphLayout {
    std::vector<Line> lines;
    std::vector<ShapedRun> runs;  // logical order
    bool rtl = false;       // the paragraph's base direction as resolved
    float width = 0;        // widest line
    float height = 0;       // bottom of the last line
    // Byte offset of every code point's start (and the text's size at the end).
    std::vector<uint32_t> cpBytes;
};

ParagraphLayout layoutParagraph(std::string_view utf8, const FontStack& fonts, const LayoutOptions& options);

} // namespace lectern::text
