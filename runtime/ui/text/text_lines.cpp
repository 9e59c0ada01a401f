#include "ui/text/text_lines.h"

#include "ui/text/utf8_text.h"

#include <algorithm>
#include <cmath>

namespace lectern::ui::text {

size_t TextLines::lineOf(size_t offset, bool atLineEnd) const {
    // The last line that begins at or before `offset`.
    auto it = std::upper_bound(lines.begin(), lines.end(), offset, [](size_t o, const Line& l) { return o < l.begin; });
    size_t i = it == lines.begin() ? 0 : static_cast<size_t>(it - lines.begin()) - 1;
    if (atLineEnd && i > 0 && lines[i].begin == offset && lines[i - 1].wrapped) --i;
    return i;
}

float TextLines::xOf(size_t line, size_t offset) const {
    const Line& l = lines[std::min(line, lines.size() - 1)];
    offset = std::clamp(offset, l.begin, l.end);
    return width(text.data() + l.begin, text.data() + offset);
}

size_t TextLines::offsetAt(size_t line, float x, bool* atLineEnd) const {
    const Line& l = lines[std::min(line, lines.size() - 1)];
    if (atLineEnd) *atLineEnd = false;
    float left = 0;
    for (size_t p = l.begin; p < l.end;) {
        const size_t next = nextCodePoint(text, p);
        const float w = width(text.data() + p, text.data() + next);
        if (x < left + w * 0.5f) return p;
        left += w;
        p = next;
    }
    if (atLineEnd) *atLineEnd = l.wrapped;
    return l.end;
}

} // namespace lectern::ui::text
