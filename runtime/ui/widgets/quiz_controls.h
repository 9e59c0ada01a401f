// Small ImGui pieces the quiz widget needs that ImGui 1.86 does not have as wanted.
#pragma once
#include <string>
#include <string_view>

namespace lectern::ui {

// A radio button ("##" label, no text) that looks selected only when it is: ImGui's own
// fills the circle with the hover colour while it has the keyboard focus, so a focused but
// unpicked choice looks picked. Here the focus shows as the outline around it only (the mouse
// hovering it still tints it, as everywhere).
bool quizRadio(const char* label, bool active);

// Gives the keyboard focus to the item just drawn, with its outline shown, and scrolls every
// window it is in (the quiz's box, then the reader) so the item is in view.
void focusAndRevealLastItem();

// `text` cut to about `maxChars` code points at a word end, with "…" when cut: a choice named
// in feedback ("Alpha": ...) is a reminder, not the whole choice again.
std::string shortQuote(std::string_view text, size_t maxChars = 60);

} // namespace lectern::ui
