// The editing model of the text editor without drawing: wrapping through the reader's line
// breaker, caret movement by character, word and line, selection, undo and redo, and every
// code point kept. Widths come from a monospace measure: one unit per code point.
#include "ui/text/editor_model.h"
#include "ui/text/text_lines.h"
#include "ui/text/utf8_text.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace lectern::ui::text;

namespace {

struct Mono {
    static float count(const char* b, const char* e) {
        float n = 0;
        for (const char* p = b; p < e; ++p) n += (static_cast<unsigned char>(*p) & 0xC0) != 0x80;
        return n;
    }
    float width(const char* b, const char* e) const { return count(b, e); }
    const char* fit(const char* b, const char* e, float w) const {
        const char* p = b;
        float used = 0;
        while (p < e) {
            const char* q = p + 1;
            while (q < e && (static_cast<unsigned char>(*q) & 0xC0) == 0x80) ++q;
            if (used + 1 > w && p > b) break;
            used += 1;
            p = q;
        }
        return p;
    }
    float space() const { return 1; }
};

std::vector<std::string> shownLines(const std::string& text, float width) {
    const TextLines lines = wrapText(text, width, Mono{});
    std::vector<std::string> out;
    for (const auto& l : lines.lines) out.push_back(text.substr(l.begin, l.end - l.begin));
    return out;
}

} // namespace

TEST_CASE("editor model: words wrap at the width, spaces hang at the end of the line", "[editor]") {
    const std::string t = "The Group of Governmental Experts met again";
    CHECK(shownLines(t, 12) == std::vector<std::string>{"The Group of ", "Governmental ", "Experts met ", "again"});
    CHECK(shownLines(t, 20) == std::vector<std::string>{"The Group of ", "Governmental Experts ", "met again"});
    CHECK(shownLines(t, 100) == std::vector<std::string>{t});
    // A word longer than the line breaks between characters; a line break starts a line.
    CHECK(shownLines("abcdefghij xy", 4) == std::vector<std::string>{"abcd", "efgh", "ij ", "xy"});
    CHECK(shownLines("one\n\n  two", 20) == std::vector<std::string>{"one", "", "  two"});
    // Every byte of the text is on exactly one line, in order.
    const TextLines lines = wrapText(t, 7, Mono{});
    for (size_t i = 1; i < lines.count(); ++i) CHECK(lines.lines[i].begin == lines.lines[i - 1].end);
    CHECK(lines.lines.back().end == t.size());
}

TEST_CASE("editor model: the caret moves by character, word, line, Home, End and page", "[editor]") {
    EditorModel m("Experts met. They agreed on norms");
    const TextLines lines = wrapText(m.text(), 13, Mono{});  // "Experts met. " "They agreed " "on norms"
    REQUIRE(lines.count() == 3);
    CHECK(m.caret() == m.text().size());  // a text opens with the caret at its end
    m.setCaret(0);
    m.right();
    CHECK(m.caret() == 1);
    m.right(false, true);  // Ctrl+Right: the start of the next word
    CHECK(m.caret() == 8);
    m.right(false, true);
    CHECK(m.caret() == 13);
    m.left(false, true);  // Ctrl+Left: the start of this or the previous word
    CHECK(m.caret() == 8);
    m.vertical(lines, +1);  // Down keeps the column
    CHECK(m.caret() == 13 + 8);
    m.vertical(lines, +1);
    CHECK(m.caret() == m.text().size());  // "on norms" is shorter: its end
    m.vertical(lines, -1);
    CHECK(m.caret() == 13 + 8);  // the column was kept through the short line
    m.lineStart(lines);
    CHECK(m.caret() == 13);
    m.lineEnd(lines);  // the end of a wrapped line, shown there (not at the next line's start)
    CHECK(m.caret() == 25);
    CHECK(m.caretAtLineEnd());
    CHECK(lines.lineOf(m.caret(), m.caretAtLineEnd()) == 1);
    m.vertical(lines, -5);  // Page Up past the top: the start
    CHECK(m.caret() == 0);
    m.vertical(lines, +5);  // Page Down past the bottom: the end
    CHECK(m.caret() == m.text().size());
}

TEST_CASE("editor model: Shift extends the selection, typing replaces it", "[editor]") {
    EditorModel m("consensus report");
    m.setCaret(0);
    m.right(true, true);  // Shift+Ctrl+Right
    CHECK(m.selectedText() == "consensus ");
    m.left(true);
    CHECK(m.selectedText() == "consensus");
    m.insert("Final");
    CHECK(m.text() == "Final report");
    CHECK_FALSE(m.hasSelection());
    m.selectWordAt(8);
    CHECK(m.selectedText() == "report");
    m.selectAll();
    CHECK(m.selectedText() == "Final report");
    m.left();  // Left on a selection goes to its start
    CHECK(m.caret() == 0);
    CHECK_FALSE(m.hasSelection());
}

TEST_CASE("editor model: undo takes back a word at a time, redo puts it again", "[editor]") {
    EditorModel m;
    for (char32_t c : std::u32string(U"norms of behaviour")) m.type(c);
    CHECK(m.text() == "norms of behaviour");
    REQUIRE(m.undo());
    CHECK(m.text() == "norms of ");
    REQUIRE(m.undo());
    CHECK(m.text() == "norms ");
    REQUIRE(m.redo());
    CHECK(m.text() == "norms of ");
    m.type(U'x');  // a new edit forgets what could be redone
    CHECK_FALSE(m.canRedo());
    m.backspace();
    m.backspace();
    m.backspace();
    CHECK(m.text() == "norms o");
    REQUIRE(m.undo());  // the three Backspaces are one step
    CHECK(m.text() == "norms of x");
    m.setCaret(0);
    m.deleteForward(true);  // Ctrl+Delete: the word
    CHECK(m.text() == "of x");
    REQUIRE(m.undo());
    CHECK(m.text() == "norms of x");
    CHECK(m.caret() == 0);
}

TEST_CASE("editor model: every code point is kept, supplementary planes included", "[editor]") {
    EditorModel m;
    for (char32_t c : std::u32string(U"Réseau 🌍 ñandú 𝔸 中文")) CHECK(m.type(c));
    CHECK(m.text() == "Réseau 🌍 ñandú 𝔸 中文");
    m.left();
    m.left();
    m.backspace();  // a whole code point, never half of one
    CHECK(m.text() == "Réseau 🌍 ñandú 𝔸中文");
    m.setCaret(9);  // "Réseau " is 8 bytes: 9 is inside the emoji
    CHECK(m.caret() == 8);
    m.right();
    CHECK(m.caret() == 12);  // over the emoji's four bytes at once
    // Pasted text is kept as it is, but a stray byte is not text, nor a carriage return.
    EditorModel p;
    p.insert("a\r\nb🌍\xff\x01" "c");
    CHECK(p.text() == "a\nb🌍\xEF\xBF\xBD" "c");
    CHECK_FALSE(p.type(0x1B));  // Esc as a character is not typed
    CHECK_FALSE(p.type(0xD800));
}

TEST_CASE("editor model: after an edit only the touched paragraphs are wrapped again, with the same lines as a "
          "full wrap",
          "[editor]") {
    // 2,000 random edits (typing, deleting, pasting line breaks, replacing a selection) on a
    // text of many paragraphs: each time the kept-and-rewrapped lines equal a wrap from scratch.
    std::string text;
    const char* words[] = {"GGE", "consensus ", "report", " ", "  ", "norms", "\n", "\n\n", "Programme of Action ",
                           "é", "supercalifragilisticexpialidocious", "OEWG, ", "x"};
    for (int i = 0; i < 400; ++i) text += words[(i * 7) % 13];
    unsigned seed = 12345;
    auto rnd = [&](unsigned n) {
        seed = seed * 1103515245u + 12345u;
        return n ? (seed >> 8) % n : 0;
    };
    for (float width : {9.0f, 23.0f, 70.0f}) {
        TextLines lines = wrapText(text, width, Mono{});
        std::string before = text;
        for (int edit = 0; edit < 700; ++edit) {
            std::string next = before;
            const size_t at = rnd(static_cast<unsigned>(next.size() + 1));
            const size_t cut = std::min<size_t>(rnd(8) == 0 ? rnd(40) : rnd(3), next.size() - at);
            next.replace(at, cut, rnd(3) == 0 ? std::string() : std::string(words[rnd(13)]));
            TextLines updated = rewrapText(lines, before, next, width, Mono{});
            TextLines full = wrapText(next, width, Mono{});
            INFO("width " << width << ", edit " << edit << " at " << at);
            REQUIRE(updated.lines.size() == full.lines.size());
            for (size_t i = 0; i < full.lines.size(); ++i) {
                REQUIRE(updated.lines[i].begin == full.lines[i].begin);
                REQUIRE(updated.lines[i].end == full.lines[i].end);
                REQUIRE(updated.lines[i].wrapped == full.lines[i].wrapped);
            }
            before = std::move(next);
            lines = std::move(updated);
            lines.text = before;
        }
    }
}
