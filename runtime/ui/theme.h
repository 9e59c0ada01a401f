// Themes: the ImGui style and the reader's colours (Theme) for light, dark and high contrast.
// High contrast follows common accessibility practice: black background, white text, yellow
// links and a thick, bright focus outline.
#pragma once
#include "ui/ui_env.h"

#include <string>

namespace lectern::ui {

Theme makeTheme(ThemeKind kind);
// Sets the current ImGui context's style; `scale` sizes paddings and borders with the fonts.
void applyImGuiStyle(ThemeKind kind, float scale);

const char* themeName(ThemeKind kind);          // "light", "dark", "high-contrast"
ThemeKind themeFromName(const std::string& name, ThemeKind fallback = ThemeKind::Light);

// Width in pixels of the keyboard focus outline drawn around links and blocks.
float focusOutlineWidth(ThemeKind kind);

} // namespace lectern::ui
