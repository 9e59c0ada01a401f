// Buttons that share a line only while they fit: a row of buttons ("Glossary", "Search", "My
// bookmarks and notes"...) at large text in a small window must not run past the column's
// edge, where ImGui would simply cut it off. Each button stays on the line of the one before
// when it fits before `right`, else starts the next line; one wider than the whole line is cut
// with an ellipsis (the whole label in its tooltip), like widgets/ellipsis_text.
#pragma once

namespace lectern::ui {

// `right`: the column's right edge in screen pixels. `first`: the row's first button (it
// starts where the cursor is). Returns true when pressed, like ImGui::Button.
bool flowButton(const char* label, float right, bool first);

// A selectable row as wide as `width`, its label cut with an ellipsis when longer (the whole
// label in its tooltip). Returns true when chosen, like ImGui::Selectable.
bool fittedSelectable(const char* label, bool selected, float width);

} // namespace lectern::ui
