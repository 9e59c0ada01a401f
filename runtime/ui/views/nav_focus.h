// Keyboard focus helpers over ImGui 1.86 internals: ImGui 1.86 can put the keyboard focus
// only on text fields (SetKeyboardFocusHere); the learner UI also needs to land on buttons.
#pragma once

namespace lectern::ui {

// Gives the keyboard (navigation) focus to the last submitted item and shows its highlight.
void focusLastItem();

// Gives the keyboard to the current window's first item, with its highlight shown: without
// the highlight ImGui 1.86 ignores Space/Enter until an arrow key is pressed.
void focusCurrentWindowFirstItem();

// Enter activates the focused button like Space does (ImGui 1.86 maps Enter only to text
// input). Call at the start of a frame, before any widget is drawn.
void enterActivatesFocusedItem(int enterKey, int keypadEnterKey);

} // namespace lectern::ui
