// A row of controls (radio buttons, buttons, a labelled combo) that reads from the right in a
// right-to-left interface: ImGui lays a row out from the left (SameLine), so each control is
// placed here before it is drawn, at the right of the room still free, and the row's first
// control ends at the column's right. Left to right it is ImGui's own SameLine row.
//
//     ControlRow row(env.rightToLeft);
//     row.radioButton(a, chosen);             // right to left: its circle at the label's right
//     row.button(b);
//     row.next(labelledFrameWidth(w, c));     // any other control, by its width
//     ImGui::SetNextItemWidth(w); ImGui::BeginCombo(c, ...);
#pragma once

namespace lectern::ui {

class ControlRow {
public:
    // The row starts at the cursor and ends `width` px on (0: at the content region's right; a
    // group's column has to say its own width: ImGui gives the window's).
    explicit ControlRow(bool rightToLeft, float width = 0);
    // Before each control, with the width it will take (the helpers below).
    void next(float width);
    // Placed and drawn; they return what ImGui's RadioButton and Button return.
    bool radioButton(const char* label, bool active);
    bool button(const char* label);
    bool smallButton(const char* label);

private:
    bool m_rtl;
    bool m_first = true;
    float m_right = 0;  // right to left: where the next control ends (screen x)
};

// The widths ImGui gives each kind of control (labels shaped, "##" suffixes hidden).
float buttonWidth(const char* label);  // SmallButton's too: only its height differs
float radioButtonWidth(const char* label);
// A frame of `frameWidth` (a combo, a field) with its label after it.
float labelledFrameWidth(float frameWidth, const char* label);
float textWidth(const char* text);

} // namespace lectern::ui
