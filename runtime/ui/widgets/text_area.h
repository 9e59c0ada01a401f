// TextArea: a multi-line text box for prose the learner writes (reflections, notes).
//
// ImGui 1.86's InputTextMultiline cannot wrap words: a paragraph runs off to the right on a
// single line. So the box shows its text word-wrapped while it is not being edited, and
// turns into the editor on a click, Enter or Space (or when focusRequest is set); leaving
// the editor (Esc, Tab, a click elsewhere) shows the wrapped text again. Esc keeps what was
// typed (ImGui alone would revert it).
#pragma once
#include <string>

namespace lectern::ui {

struct TextAreaResult {
    bool edited = false;       // the text changed this frame
    bool deactivated = false;  // the learner left the editor this frame: save now
};

// `label` is the box's ImGui id (the same while viewing and editing); `minLines` its height.
TextAreaResult textArea(const char* label, std::string& text, int minLines, bool focusRequest,
                        const char* placeholder);

} // namespace lectern::ui
