// Index
//   [SECTION] Text and history
//   [SECTION] Editing
//   [SECTION] Caret movement
#include "ui/text/editor_model.h"

#include "ui/text/utf8_text.h"

#include <algorithm>

namespace lectern::ui::text {

namespace {
constexpr size_t kMaxUndoSteps = 2000;  // enough for an afternoon's writing; bounded memory
}

//-----------------------------------------------------------------------------
// [SECTION] Text and history
//-----------------------------------------------------------------------------

EditorModel::EditorModel(std::string text) { reset(std::move(text)); }

std::string EditorModel::selectedText() const { return m_text.substr(selectionBegin(), selectionEnd() - selectionBegin()); }

void EditorModel::reset(std::string text) {
    m_text = std::move(text);
    m_caret = m_anchor = m_text.size();
    m_atLineEnd = false;
    m_steps.clear();
    m_done = 0;
    m_coalesce = false;
    m_goalX = -1;
    ++m_version;
}

void EditorModel::replaceAll(std::string text) {
    if (text == m_text) return;
    m_coalesce = false;
    apply(0, m_text.size(), text, Kind::Other);
    m_coalesce = false;
}

// Every change of the text goes through here: one history step, merged into the previous one
// while the learner types (or erases) a word.
void EditorModel::apply(size_t at, size_t removeLength, std::string_view insertText, Kind kind) {
    Step step;
    step.at = at;
    step.removed = m_text.substr(at, removeLength);
    step.inserted = std::string(insertText);
    step.caretBefore = m_caret;
    step.anchorBefore = m_anchor;
    step.kind = kind;
    m_text.replace(at, removeLength, insertText);
    m_caret = m_anchor = at + insertText.size();
    m_atLineEnd = false;
    m_goalX = -1;
    ++m_version;

    m_steps.resize(m_done);  // a new edit forgets what could be redone
    Step* last = m_done > 0 ? &m_steps[m_done - 1] : nullptr;
    bool merged = false;
    if (m_coalesce && last && last->kind == kind && kind == Kind::Typing && step.removed.empty() &&
        last->at + last->inserted.size() == at) {
        // A new word (a letter after a space) starts a new undo step.
        const bool lastEndsInSpace = !last->inserted.empty() && isSpaceCodePoint(static_cast<unsigned char>(last->inserted.back()));
        const bool startsWord = !step.inserted.empty() && !isSpaceCodePoint(static_cast<unsigned char>(step.inserted[0]));
        if (!(lastEndsInSpace && startsWord)) {
            last->inserted += step.inserted;
            merged = true;
        }
    } else if (m_coalesce && last && last->kind == kind && kind == Kind::Erasing && step.inserted.empty()) {
        if (at + step.removed.size() == last->at) {  // Backspace after Backspace
            last->removed = step.removed + last->removed;
            last->at = at;
            merged = true;
        } else if (at == last->at) {  // Delete after Delete
            last->removed += step.removed;
            merged = true;
        }
    }
    if (!merged) {
        m_steps.push_back(std::move(step));
        if (m_steps.size() > kMaxUndoSteps) m_steps.erase(m_steps.begin());
        m_done = m_steps.size();
    }
    m_coalesce = kind != Kind::Other;
}

bool EditorModel::undo() {
    if (m_done == 0) return false;
    const Step& s = m_steps[--m_done];
    m_text.replace(s.at, s.inserted.size(), s.removed);
    m_caret = s.caretBefore;
    m_anchor = s.anchorBefore;
    m_atLineEnd = false;
    ++m_version;
    moved();
    return true;
}

bool EditorModel::redo() {
    if (m_done >= m_steps.size()) return false;
    const Step& s = m_steps[m_done++];
    m_text.replace(s.at, s.removed.size(), s.inserted);
    m_caret = m_anchor = s.at + s.inserted.size();
    m_atLineEnd = false;
    ++m_version;
    moved();
    return true;
}

//-----------------------------------------------------------------------------
// [SECTION] Editing
//-----------------------------------------------------------------------------

bool EditorModel::insert(std::string_view utf8, bool typed) {
    const std::string clean = cleanText(utf8);
    if (clean.empty() && !hasSelection()) return false;
    if (hasSelection()) m_coalesce = false;  // typing over a selection is its own step
    const size_t b = selectionBegin(), e = selectionEnd();
    apply(b, e - b, clean, typed && b == e ? Kind::Typing : Kind::Other);
    return true;
}

bool EditorModel::type(char32_t c) {
    const bool control = (c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7F && c < 0xA0);
    const bool notText = c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF) || c == 0xFFFE || c == 0xFFFF;
    if (control || notText) return false;
    std::string utf8;
    appendUtf8(utf8, c);
    return insert(utf8, true);
}

bool EditorModel::deleteSelection() {
    if (!hasSelection()) return false;
    const size_t b = selectionBegin(), e = selectionEnd();
    m_coalesce = false;
    apply(b, e - b, {}, Kind::Other);
    return true;
}

bool EditorModel::backspace(bool word) {
    if (hasSelection()) return deleteSelection();
    if (m_caret == 0) return false;
    const size_t from = word ? wordStartBefore(m_caret) : prevCodePoint(m_text, m_caret);
    apply(from, m_caret - from, {}, Kind::Erasing);
    return true;
}

bool EditorModel::deleteForward(bool word) {
    if (hasSelection()) return deleteSelection();
    if (m_caret >= m_text.size()) return false;
    const size_t to = word ? wordStartAfter(m_caret) : nextCodePoint(m_text, m_caret);
    const size_t at = m_caret;
    apply(at, to - at, {}, Kind::Erasing);
    return true;
}

//-----------------------------------------------------------------------------
// [SECTION] Caret movement
//-----------------------------------------------------------------------------

void EditorModel::setCaret(size_t offset, bool extend, bool atLineEnd) {
    offset = std::min(offset, m_text.size());
    // Never inside a code point (a caret from a click or an old offset).
    while (offset > 0 && offset < m_text.size() && (static_cast<unsigned char>(m_text[offset]) & 0xC0) == 0x80) --offset;
    m_caret = offset;
    if (!extend) m_anchor = offset;
    m_atLineEnd = atLineEnd;
    moved();
}

void EditorModel::left(bool extend, bool word) {
    if (hasSelection() && !extend) return setCaret(selectionBegin());
    setCaret(word ? wordStartBefore(m_caret) : prevCodePoint(m_text, m_caret), extend);
}

void EditorModel::right(bool extend, bool word) {
    if (hasSelection() && !extend) return setCaret(selectionEnd());
    setCaret(word ? wordStartAfter(m_caret) : nextCodePoint(m_text, m_caret), extend);
}

size_t EditorModel::wordStartBefore(size_t offset) const {
    size_t p = std::min(offset, m_text.size());
    while (p > 0) {  // back over what separates words
        const size_t q = prevCodePoint(m_text, p);
        if (isWordCodePoint(decodeAt(m_text, q))) break;
        p = q;
    }
    while (p > 0) {  // then over the word
        const size_t q = prevCodePoint(m_text, p);
        if (!isWordCodePoint(decodeAt(m_text, q))) break;
        p = q;
    }
    return p;
}

size_t EditorModel::wordStartAfter(size_t offset) const {
    size_t p = std::min(offset, m_text.size());
    while (p < m_text.size() && isWordCodePoint(decodeAt(m_text, p))) p = nextCodePoint(m_text, p);
    while (p < m_text.size() && !isWordCodePoint(decodeAt(m_text, p))) p = nextCodePoint(m_text, p);
    return p;
}

void EditorModel::vertical(const TextLines& lines, int delta, bool extend) {
    const size_t line = lines.lineOf(m_caret, m_atLineEnd);
    const float goal = m_goalX >= 0 ? m_goalX : lines.xOf(line, m_caret);
    const long target = static_cast<long>(line) + delta;
    size_t offset = 0;
    bool atEnd = false;
    if (target < 0) {
        offset = 0;  // Up on the first line goes to the start, as in every text box
    } else if (target >= static_cast<long>(lines.count())) {
        offset = m_text.size();
    } else {
        offset = lines.offsetAt(static_cast<size_t>(target), goal, &atEnd);
    }
    setCaret(offset, extend, atEnd);
    m_goalX = goal;  // kept across a run of Up/Down presses
}

void EditorModel::lineStart(const TextLines& lines, bool extend) {
    const size_t line = lines.lineOf(m_caret, m_atLineEnd);
    setCaret(lines.lines[line].begin, extend);
}

void EditorModel::lineEnd(const TextLines& lines, bool extend) {
    const TextLines::Line& l = lines.lines[lines.lineOf(m_caret, m_atLineEnd)];
    setCaret(l.end, extend, l.wrapped);
}

void EditorModel::selectAll() {
    m_anchor = 0;
    m_caret = m_text.size();
    m_atLineEnd = false;
    moved();
}

void EditorModel::selectWordAt(size_t offset) {
    setCaret(offset);
    size_t b = m_caret, e = m_caret;
    const char32_t here = decodeAt(m_text, b);
    auto sameClass = [&](char32_t c) {
        if (isWordCodePoint(here)) return isWordCodePoint(c);
        if (isSpaceCodePoint(here)) return isSpaceCodePoint(c) && c != '\n';
        return false;
    };
    if (b >= m_text.size() || here == '\n') {  // past the end of a line: the word before it
        if (b > 0 && isWordCodePoint(decodeAt(m_text, prevCodePoint(m_text, b)))) b = e = prevCodePoint(m_text, b);
        else return;
    }
    const char32_t c0 = decodeAt(m_text, b);
    if (!sameClass(c0) && !isWordCodePoint(c0)) {  // punctuation: that one character
        m_anchor = b;
        m_caret = nextCodePoint(m_text, b);
        return;
    }
    const bool word = isWordCodePoint(c0);
    auto inClass = [&](char32_t c) { return word ? isWordCodePoint(c) : (isSpaceCodePoint(c) && c != '\n'); };
    while (b > 0 && inClass(decodeAt(m_text, prevCodePoint(m_text, b)))) b = prevCodePoint(m_text, b);
    while (e < m_text.size() && inClass(decodeAt(m_text, e))) e = nextCodePoint(m_text, e);
    m_anchor = b;
    m_caret = e;
}

} // namespace lectern::ui::text
