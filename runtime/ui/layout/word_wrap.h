// The one word-wrapping routine of Lectern: the reader's prose (module_layout.cpp) and the text
// the learner writes (ui/text/text_lines.cpp) break their lines here, so a better line breaker
// (Unicode line breaking, shaping, right-to-left runs) arrives in both at once.
//
// Pure: it knows neither ImGui nor fonts. A Measure gives widths; a Sink receives the pieces.
//   Measure: float width(const char* b, const char* e) const;
//            const char* fit(const char* b, const char* e, float width) const;  // >= 1 character
//            float space() const;                                              // one ' '
//   Sink:    float lineWidth() const;   // how much of the current line is filled
//            void place(const char* b, const char* e, float width, float spaceBefore);
//            void newLine();            // the current line is full: what follows starts a new one
#pragma once
#include <string_view>

namespace lectern::ui::layout {

inline bool isWrapSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

enum class Spaces {
    Collapse,  // prose: a run of white space is one space, none at the start of a line
    Keep,      // the learner's own text: every space keeps its width; spaces before a wrap hang
};

// Lays out the words of `text` from the sink's current line: wraps at `width`, breaks a word
// wider than the column between characters. `pendingSpace` is the white space owed before the
// next word; it carries over from one call to the next (styled spans of one paragraph).
// Spans of prose glued together without a space ("[a link](url)," then "."): there is no
// break between them, so `glueAfter` (the width of what follows `text` without a space) counts
// with its last word, which then wraps together with it, and a word that starts `text` with no
// space owed stays on the line of the text before it (punctuation never starts a line alone).
template <class Measure, class Sink>
void wrapWords(std::string_view text, float width, const Measure& measure, Sink& sink, float& pendingSpace,
               Spaces spaces = Spaces::Collapse, float glueAfter = 0) {
    const char* p = text.data();
    const char* end = p + text.size();
    while (p < end) {
        if (isWrapSpace(*p)) {
            const char* sb = p;
            while (p < end && isWrapSpace(*p)) ++p;
            if (spaces == Spaces::Keep) pendingSpace += measure.width(sb, p);
            else if (sink.lineWidth() > 0) pendingSpace = measure.space();
            continue;
        }
        const char* wb = p;
        while (p < end && !isWrapSpace(*p)) ++p;
        const char* we = p;
        float ww = measure.width(wb, we);
        const bool glued = spaces == Spaces::Collapse && wb == text.data() && pendingSpace == 0 &&
                           sink.lineWidth() > 0 && ww <= width * 0.25f;
        if (glued) {  // no break without a space: it stays with the word before it
            sink.place(wb, we, ww, 0);
            continue;
        }
        const float fitWidth = ww + (we == end ? glueAfter : 0);
        if (sink.lineWidth() > 0 && sink.lineWidth() + pendingSpace + fitWidth > width) {
            sink.newLine();  // the spaces before the word stay at the end of the full line
            pendingSpace = 0;
        }
        // A word wider than the column (it starts a line here): break it between characters.
        while (ww > width - sink.lineWidth() - pendingSpace && wb < we) {
            const char* cut = measure.fit(wb, we, width - sink.lineWidth() - pendingSpace);
            sink.place(wb, cut, measure.width(wb, cut), pendingSpace);
            pendingSpace = 0;
            sink.newLine();
            wb = cut;
            ww = measure.width(wb, we);
        }
        if (wb == we) continue;
        sink.place(wb, we, ww, pendingSpace);
        pendingSpace = 0;
    }
}

} // namespace lectern::ui::layout
