// TextLines: the learner's text broken into the lines it is shown in, by the same wrapper as
// the reader's prose (layout/word_wrap.h). Byte offsets only, no drawing: the editor model
// moves the caret over it (Up/Down, Home/End, Page keys) and the widget draws from it.
#pragma once
#include "ui/layout/word_wrap.h"

#include <cstddef>
#include <functional>
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

    size_t count() const { return lines.size(); }
    // The line a caret at `offset` is shown on. At a wrap the caret belongs to the next line,
    // unless `atLineEnd` (after End, or a click past the end of the line).
    size_t lineOf(size_t offset, bool atLineEnd = false) const;
    float xOf(size_t line, size_t offset) const;
    // The caret position in `line` closest to `x`; `atLineEnd` says it is the end of a wrapped line.
    size_t offsetAt(size_t line, float x, bool* atLineEnd = nullptr) const;
};

// Wraps every paragraph of `text` ('\n'-separated) at `width` with `measure` (word_wrap.h).
template <class Measure>
TextLines wrapText(std::string_view text, float width, const Measure& measure) {
    TextLines out;
    out.text = text;
    out.width = [measure](const char* b, const char* e) { return measure.width(b, e); };
    struct Sink {
        TextLines& out;
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
                out.lines.back().end = at;
                out.lines.back().wrapped = true;
                out.lines.push_back({at, at, false});
                breakPending = false;
            }
            x += space + w;
        }
    };
    size_t p = 0;
    while (true) {
        const size_t nl = text.find('\n', p);
        const size_t pe = nl == std::string_view::npos ? text.size() : nl;
        out.lines.push_back({p, pe, false});
        Sink sink{out, text.data()};
        float pending = 0;
        layout::wrapWords(text.substr(p, pe - p), width, measure, sink, pending, layout::Spaces::Keep);
        out.lines.back().end = pe;
        if (nl == std::string_view::npos) break;
        p = nl + 1;
    }
    return out;
}

} // namespace lectern::ui::text
