// Right-to-left blocks: a block whose first strong letter is Arabic (or Hebrew...) is laid out
// left to right as usual and then mirrored in its column, so it reads from the right: lines
// align right, the first word of a line is at the right, list bullets, quote bars and callout
// icons move to the right. A stretch of left-to-right runs inside it ("OEWG", a resolution
// symbol that is a link) keeps its own order (UAX #9 L2 on runs); inside a run the order is
// the shaper's (shaping/shaped_text.h).
#pragma once
#include "ui/layout/layout_types.h"

namespace lectern::ui::layout {

// Mirrors `block` in [0, width) when its text starts right to left; true when it did. The runs
// that are drawn shaped get their shaped widths first (a word wrapper measures word by word, and
// the Arabic face's space is narrower than Noto Sans's), keeping the gaps between runs.
bool mirrorIfRightToLeft(BlockLayout& block, float width, const FontSet& fonts);

} // namespace lectern::ui::layout
