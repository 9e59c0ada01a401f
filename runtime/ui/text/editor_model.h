// EditorModel: the text the learner writes, as the text editor widget edits it, without any
// drawing: the buffer (UTF-8, every code point kept), the caret and the selection, undo and
// redo (typing coalesced into words), and caret movement by character, word and line. Line
// movement works over the wrapped lines the widget shows (TextLines), so the tests can drive
// it with any measure.
#pragma once
#include "ui/text/text_lines.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace lectern::ui::text {

class EditorModel {
public:
    explicit EditorModel(std::string text = {});

    const std::string& text() const { return m_text; }
    // Changes with every edit (and undo or redo): the widget lays out again when it moves.
    uint64_t version() const { return m_version; }
    size_t caret() const { return m_caret; }
    size_t anchor() const { return m_anchor; }
    // The caret sits at the end of a wrapped line rather than at the start of the next (End).
    bool caretAtLineEnd() const { return m_atLineEnd; }
    bool hasSelection() const { return m_caret != m_anchor; }
    size_t selectionBegin() const { return m_caret < m_anchor ? m_caret : m_anchor; }
    size_t selectionEnd() const { return m_caret < m_anchor ? m_anchor : m_caret; }
    std::string selectedText() const;

    // A new text with no history (another learner's or section's); the caret at its end.
    void reset(std::string text);
    // The text replaced as one undoable step (a revision restored).
    void replaceAll(std::string text);

    //--- editing: each returns true when the text changed ------------------------------------
    // Inserts what the learner typed: `typed` steps coalesce into one undo step per word.
    bool insert(std::string_view utf8, bool typed = false);
    // A code point from the keyboard (control characters and non-characters are ignored).
    bool type(char32_t c);
    bool backspace(bool word = false);
    bool deleteForward(bool word = false);
    bool deleteSelection();
    bool undo();
    bool redo();
    bool canUndo() const { return m_done > 0; }
    bool canRedo() const { return m_done < m_steps.size(); }

    //--- caret and selection: `extend` keeps the anchor (Shift) -------------------------------
    void setCaret(size_t offset, bool extend = false, bool atLineEnd = false);
    void left(bool extend = false, bool word = false);
    void right(bool extend = false, bool word = false);
    // Up / Down by `delta` lines (Page keys: by a page of lines), keeping the column.
    void vertical(const TextLines& lines, int delta, bool extend = false);
    void lineStart(const TextLines& lines, bool extend = false);
    void lineEnd(const TextLines& lines, bool extend = false);
    void selectAll();
    void selectWordAt(size_t offset);
    // Word boundaries (Ctrl+arrows): the start of the word before / after `offset`.
    size_t wordStartBefore(size_t offset) const;
    size_t wordStartAfter(size_t offset) const;

private:
    enum class Kind : uint8_t { Typing, Erasing, Other };
    struct Step {
        size_t at = 0;
        std::string removed, inserted;
        size_t caretBefore = 0, anchorBefore = 0;
        Kind kind = Kind::Other;
    };
    void apply(size_t at, size_t removeLength, std::string_view insertText, Kind kind);
    void moved() {  // a caret move ends the word being typed and forgets the column
        m_coalesce = false;
        m_goalX = -1;
    }

    std::string m_text;
    size_t m_caret = 0, m_anchor = 0;
    bool m_atLineEnd = false;
    float m_goalX = -1;  // the column Up/Down keep (pixels), -1 when none
    uint64_t m_version = 0;
    std::vector<Step> m_steps;  // undo history; [0, m_done) applied
    size_t m_done = 0;
    bool m_coalesce = false;
};

} // namespace lectern::ui::text
