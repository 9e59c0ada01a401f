// What the editor needs from a laid-out paragraph to put a caret and a selection on Arabic,
// Chinese or mixed text: positions are byte offsets in the paragraph (logical order), the
// results are x positions on a line (visual). A cluster (a ligature like lam-alef, a letter
// with its marks) is split evenly between its code points.
#pragma once
#include "text/paragraph_layout.h"

#include <utility>
#include <vector>

namespace lectern::text {

// The line that holds byte offset `byte` (the last line for the text's end); 0 when empty.
size_t lineOfByte(const ParagraphLayout& layout, size_t byte);

// The line drawn at height y (from the paragraph's top; above it the first, below the last).
size_t lineAtY(const ParagraphLayout& layout, float y);

// Caret x on `line` for byte offset `byte` (clamped to the line): the leading edge of the
// character that starts there (its right edge in right-to-left text), or the trailing edge of
// the line's last character at the line's end.
float caretX(const ParagraphLayout& layout, const Line& line, size_t byte);

// The byte offset (a code point boundary within the line) whose caret is nearest to x.
size_t byteAtX(const ParagraphLayout& layout, const Line& line, float x);

// The x spans [x0, x1) that show bytes [begin, end) of `line`: one per visual piece (a
// selection across a direction change is several pieces), merged when they touch.
std::vector<std::pair<float, float>> selectionSpans(const ParagraphLayout& layout, const Line& line, size_t begin, size_t end);

} // namespace lectern::text
