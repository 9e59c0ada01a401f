#include "ui/text/text_lines.h"

#include "ui/text/utf8_text.h"

#include "text/caret.h"

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

const lectern::text::ParagraphLayout* TextLines::shapedLine(size_t line) const {
    if (!shaping || line >= lines.size()) return nullptr;
    const Line& l = lines[line];
    const lectern::text::ParagraphLayout* p = shaping(text.substr(l.begin, l.end - l.begin));
    return p && !p->lines.empty() ? p : nullptr;
}

float TextLines::lineShift(size_t line) const {
    const auto* p = shapedLine(std::min(line, lines.size() - 1));
    return p && p->rtl && alignWidth > p->width ? alignWidth - p->width : 0;
}

float TextLines::lineWidth(size_t line) const {
    line = std::min(line, lines.size() - 1);
    if (const auto* p = shapedLine(line)) return p->width;
    return width(text.data() + lines[line].begin, text.data() + lines[line].end);
}

bool TextLines::rightToLeft(size_t line) const {
    const auto* p = shapedLine(std::min(line, lines.size() - 1));
    return p && p->rtl;
}

float TextLines::xOf(size_t line, size_t offset) const {
    line = std::min(line, lines.size() - 1);
    const Line& l = lines[line];
    offset = std::clamp(offset, l.begin, l.end);
    if (const auto* p = shapedLine(line)) return lineShift(line) + lectern::text::caretX(*p, p->lines[0], offset - l.begin);
    return width(text.data() + l.begin, text.data() + offset);
}

size_t TextLines::offsetAt(size_t line, float x, bool* atLineEnd) const {
    line = std::min(line, lines.size() - 1);
    const Line& l = lines[line];
    if (atLineEnd) *atLineEnd = false;
    if (const auto* p = shapedLine(line)) {
        const size_t at = l.begin + lectern::text::byteAtX(*p, p->lines[0], x - lineShift(line));
        if (at >= l.end && atLineEnd) *atLineEnd = l.wrapped;
        return std::min(at, l.end);
    }
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
