// TextLines: the learner's text broken into the lines it is shown in, by the same wrapper as
// the reader's prose (layout/word_wrap.h). Byte offsets only, no drawing: the editor model
// moves the caret over it (Up/Down, Home/End, Page keys) and the widget draws from it.
#pragma once
#include "ui/layout/word_wrap.h"

#include <cstddef>
#include <functional>

namespace lectern::text {
struct ParagraphLayout;
}
#include <string_view>
#include <vector>

namespace lectern::ui::text {

struct TextLines {
    struct Line {
        size_t begin = 0;
        size_t end = 0;       // excludes the '\n'; includes the spaces that hang at a wrap
        bool wrapped = false;  // the paragraph goes on in the next line (no '\n' between)
    };
    std::string_view text;  // the text laid out (owned by the caller)
    std::vector<Line> lines;  // never empty
    std::function<float(const char* b, const char* e)> width;
    // How a line's text is drawn when it is shaped (Arabic, mixed directions:
    // ui/shaping/shaped_text.h): its layout on one line, or null for text drawn as it is. The
    // caret and clicks then follow the shaped glyphs (text/caret.h), and a right-to-left line
    // ends at `alignWidth`.
    std::function<const lectern::text::ParagraphLayout*(std::string_view lineText)> shaping;
    float alignWidth = 0;

    // Line `line`'s shaped layout (through `shaping`), or null.
    const lectern::text::ParagraphLayout* shapedLine(size_t line) const;

    // Where line `line` starts when it is drawn shaped and right to left (0 otherwise).
    float lineShift(size_t line) const;
    // Line `line`'s width as drawn (shaped or not), and whether it reads right to left.
    float lineWidth(size_t line) const;
    bool rightToLeft(size_t line) const;

    size_t count() const { return lines.size(); }
    // The line a caret at `offset` is shown on. At a wrap the caret belongs to the next line,
    // unless `atLineEnd` (after End, or a click past the end of the line).
    size_t lineOf(size_t offset, bool atLineEnd = false) const;
    float xOf(size_t line, size_t offset) const;
    // The caret position in `line` closest to `x`; `atLineEnd` says it is the end of a wrapped line.
    size_t offsetAt(size_t line, float x, bool* atLineEnd = nullptr) const;
};

namespace detail {

// Wraps `text` from `from` (a paragraph's start, or the start of one of its lines) to `to` (a
// paragraph's end: a '\n' or the end of the text), appending the lines to `out`.
template <class Measure>
void wrapParagraphs(std::string_view text, size_t from, size_t to, float width, const Measure& measure,
                    std::vector<TextLines::Line>& out) {
    struct Sink {
        std::vector<TextLines::Line>& out;
        const char* base;
        float x = 0;
        bool breakPending = false;
        float lineWidth() const { return x; }
        void newLine() {
            breakPending = true;
            x = 0;
        }
        void place(const char* b, const char*, float w, float space) {
            if (breakPending) {  // the line ends where the next one's first piece begins
                const size_t at = static_cast<size_t>(b - base);
                out.back().end = at;
                out.back().wrapped = true;
                out.push_back({at, at, false});
                breakPending = false;
            }
            x += space + w;
        }
    };
    size_t p = from;
    while (true) {
        const size_t nl = text.find('\n', p);
        const size_t pe = nl == std::string_view::npos || nl > to ? to : nl;
        out.push_back({p, pe, false});
        Sink sink{out, text.data()};
        float pending = 0;
        layout::wrapWords(text.substr(p, pe - p), width, measure, sink, pending, layout::Spaces::Keep);
        out.back().end = pe;
        if (pe >= to) break;
        p = pe + 1;
    }
}

} // namespace detail

// Wraps every paragraph of `text` ('\n'-separated) at `width` with `measure` (word_wrap.h).
template <class Measure>
TextLines wrapText(std::string_view text, float width, const Measure& measure) {
    TextLines out;
    out.text = text;
    out.width = [measure](const char* b, const char* e) { return measure.width(b, e); };
    detail::wrapParagraphs(text, 0, text.size(), width, measure, out.lines);
    return out;
}

// The lines of `text` after an edit, from `lines` (the lines of `before`, at the same width and
// measure): only the paragraphs the edit touched are wrapped again, from the line before the
// first changed byte (a shorter first word may move up a line); the lines before are kept and
// those after are moved by the change in length. Typing into a long text then costs one
// paragraph, not the whole text. The result equals wrapText(text, width, measure).
template <class Measure>
TextLines rewrapText(const TextLines& lines, std::string_view before, std::string_view text, float width,
                     const Measure& measure) {
    const size_t common = std::min(before.size(), text.size());
    size_t prefix = 0;
    while (prefix < common && before[prefix] == text[prefix]) ++prefix;
    size_t suffix = 0;
    while (suffix < common - prefix && before[before.size() - 1 - suffix] == text[text.size() - 1 - suffix]) ++suffix;

    TextLines out;
    out.text = text;
    out.width = [measure](const char* b, const char* e) { return measure.width(b, e); };
    // From the start of the line before the one holding the first changed byte, within its paragraph.
    size_t first = lines.lineOf(prefix);
    if (first > 0 && lines.lines[first - 1].wrapped) --first;
    const size_t from = lines.lines[first].begin;
    out.lines.assign(lines.lines.begin(), lines.lines.begin() + static_cast<long>(first));
    // To the end of the paragraph holding the last changed byte.
    const size_t changedEnd = text.size() - suffix;
    const size_t nl = text.find('\n', changedEnd);
    const size_t to = nl == std::string_view::npos ? text.size() : nl;
    detail::wrapParagraphs(text, from, to, width, measure, out.lines);
    // The paragraphs after it are as they were, moved by the change in length.
    if (to < text.size()) {
        const size_t toBefore = to + before.size() - text.size();
        const size_t grow = text.size(), shrink = before.size();  // unsigned: + grow - shrink
        for (size_t i = lines.lineOf(toBefore + 1); i < lines.lines.size(); ++i) {
            const TextLines::Line& l = lines.lines[i];
            if (l.begin > toBefore) out.lines.push_back({l.begin + grow - shrink, l.end + grow - shrink, l.wrapped});
        }
    }
    return out;
}

} // namespace lectern::ui::text
