// TextEditor: the box in which the learner writes (reflections, notes).
//
// ImGui 1.86's InputTextMultiline cannot wrap words and keeps 16-bit characters, so Lectern
// has its own editor: the text wraps as it is typed, through the reader's line breaker
// (layout/word_wrap.h via text/text_lines.h), so shaping and right-to-left text arrive in both
// at once; every code point typed (text_input_queue.h) or pasted is kept. The editing itself
// (caret, selection, undo, movement) is the pure EditorModel; this file is input and drawing.
//
// Keys while editing: arrows (Ctrl: by word; Left and Right as drawn, so leftwards in Arabic), Home/End (Ctrl: the whole text), Page Up/Down,
// Shift with any of them to select, Ctrl+A, Ctrl+C/X/V (and Ctrl+Insert, Shift+Delete/Insert),
// Ctrl+Z, Ctrl+Y or Ctrl+Shift+Z, Backspace/Delete (Ctrl: a word), Enter for a new line. Esc,
// Tab or a click elsewhere leave the box and keep the text. The mouse places the caret,
// drags a selection, double-clicks a word. A focused box starts editing on Enter or Space.
//
// The box grows with its text; while the learner types, the page scrolls so the caret and
// `keepVisibleBelow` pixels under the box (the word count, the save state) stay in view.
//
// One line (`singleLine`: a typed quiz answer, the search box) is the same editor in a box of
// ImGui's item width: Enter leaves it (`entered`), a pasted line break becomes a space, the text
// scrolls sideways to keep the caret in view, and Up/Down are the caller's (`upDown`) or, when it
// takes none, leave the box for ImGui's navigation. Opened by a key, its text is selected. ImGui's own InputText places the caret by
// unshaped widths in logical order, which is wrong in Arabic: this one follows the drawn glyphs.
// A code point the font has no glyph for is drawn as a hollow box, never changed in the text.
#pragma once
#include "ui/text/editor_model.h"
#include "ui/text/text_lines.h"

#include <string>

struct ImFont;

namespace lectern::ui {

struct TextEditorOptions {
    int minLines = 3;
    const char* placeholder = "";
    float keepVisibleBelow = 0;
    bool singleLine = false;
    // The box reads right to left (under an Arabic question, in an Arabic interface): when it is
    // empty, its caret and placeholder are at the right. Typed text goes by its own direction.
    bool rightToLeft = false;
    // singleLine: Up/Down while editing are reported in `upDown` (the search box's results)
    // instead of leaving the box.
    bool takesUpDown = false;
};

struct TextEditorResult {
    bool edited = false;       // the text changed this frame
    bool deactivated = false;  // the learner left the box this frame: save now
    bool entered = false;      // singleLine: left with Enter
    int upDown = 0;            // singleLine with takesUpDown: -1 Up, +1 Down pressed this frame
};

class TextEditor {
public:
    // Draws the box at the cursor, the full available width. `label` is its ImGui id. `text`
    // is the caller's copy: an edit writes it back; a change the caller made (a revision
    // restored) becomes one undoable step.
    TextEditorResult draw(const char* label, std::string& text, const TextEditorOptions& options = {});
    // Another text altogether (another learner, another section): no undo across it.
    void reset(const std::string& text);
    // The next draw starts editing, the caret at the end (Enter on a reflection in the reader).
    void focus() { m_focusRequest = true; }
    bool editing() const { return m_wasActive; }
    const text::EditorModel& model() const { return m_model; }
    const text::TextLines& lines() const { return m_lines; }
    float scrollX() const { return m_scrollX; }  // singleLine: the text's sideways scroll

private:
    void layOut(const ImFont* font, float fontSize, float wrapWidth, float alignWidth);
    // Keys and typed characters of this frame; true when the text changed.
    bool handleKeys(float pageLines, bool withKeys, bool withChars, bool singleLine);
    // Left (-1) or Right (+1): as drawn in a shaped line, else in reading order.
    void moveSideways(int dir, bool extend, bool word);
    // singleLine: the sideways scroll that shows the caret (or, idle, the text's start).
    void scrollSideways(float innerWidth, bool active);

    text::EditorModel m_model;
    text::TextLines m_lines;
    std::string m_laidText;  // the text m_lines were made for (the next edit is compared with it)
    uint64_t m_linesVersion = ~uint64_t{0};
    float m_linesWidth = -1, m_linesAlign = -1, m_linesFontSize = 0;
    float m_scrollX = 0;  // singleLine: how far the text is moved left in its box
    const ImFont* m_linesFont = nullptr;
    bool m_synced = false;
    bool m_focusRequest = false;
    bool m_wasActive = false;
    bool m_dragging = false;
    double m_lastChange = 0;  // caret blink restarts at each change
    int m_scrollFrames = 0;   // frames left in which to bring the caret into view
};

} // namespace lectern::ui
