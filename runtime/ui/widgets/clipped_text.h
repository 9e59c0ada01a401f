// Long wrapped text in a widget (a quiz prompt or choice of 20,000 characters), drawn through
// the prose layout (layout/module_layout.h) one visible line at a time: ImGui's own
// TextWrapped cuts text at 3,072 characters and, past about 16,000, reserves more vertices
// than 16-bit indices can address and aborts.
#pragma once
#include "ui/layout/layout_types.h"

#include <string_view>

namespace lectern::ui {

// Texts up to this size are drawn by ImGui as before; longer ones by the clipped layout.
inline constexpr size_t kClippedTextMinBytes = 1024;

// Draws `text` wrapped to the rest of the line (or to `width` px when > 0), in `colour` (0: the
// theme's text colour), as one item (IsItemClicked works on it). Shown in ImGui's log too, as
// TextWrapped would be.
void wrappedText(const UiEnv& env, std::string_view text, layout::FontRole font = layout::FontRole::Regular,
                 unsigned colour = 0, float width = 0);

} // namespace lectern::ui
