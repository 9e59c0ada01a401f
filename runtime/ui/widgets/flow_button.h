// Buttons that share a line only while they fit: a row of buttons ("Glossary", "Search", "My
// bookmarks and notes"...) at large text in a small window must not run past the column's
// edge, where ImGui would simply cut it off. Each button stays on the line of the one before
// when it fits before `right`, else starts the next line; one wider than the whole line is cut
// with an ellipsis (the whole label in its tooltip), like widgets/ellipsis_text.
#pragma once

namespace lectern::ui {

// The column the buttons flow in: its edges in screen pixels. Right to left (an Arabic
// interface) a line's first button ends at `right` and the next ones go on to its left.
struct FlowColumn {
    float left = 0, right = 0;
    bool rightToLeft = false;
};

// `first`: the row's first button (it starts a line). Returns true when pressed, like
// ImGui::Button.
bool flowButton(const char* label, const FlowColumn& column, bool first);

// A selectable row as wide as `width`, its label cut with an ellipsis when longer (the whole
// label in its tooltip). Returns true when chosen, like ImGui::Selectable.
bool fittedSelectable(const char* label, bool selected, float width);

} // namespace lectern::ui
