// Themes: the ImGui style and the reader's colours (Theme) for light, dark and high contrast.
// High contrast follows common accessibility practice: black background, white text, yellow
// links and a thick, bright focus outline.
#pragma once
#include "ui/ui_env.h"

#include <string>

struct ImGuiStyle;

namespace lectern::ui {

// Placeholders (a text field's hint) are drawn in ImGuiCol_TextDisabled, a colour of its own
// in high contrast (not a grey beside the white of typed text), and are written as an
// invitation ending with "…" ("Type your answer…"): never to be read as something typed.
Theme makeTheme(ThemeKind kind);
// The ImGui style of a theme (needs no ImGui context); `scale` sizes paddings and borders.
void fillImGuiStyle(ThemeKind kind, float scale, ImGuiStyle& out);
// Sets the current ImGui context's style to fillImGuiStyle's.
void applyImGuiStyle(ThemeKind kind, float scale);

const char* themeName(ThemeKind kind);          // "light", "dark", "high-contrast"
ThemeKind themeFromName(const std::string& name, ThemeKind fallback = ThemeKind::Light);

// Width in pixels of the keyboard focus outline drawn around links and blocks.
float focusOutlineWidth(ThemeKind kind);

} // namespace lectern::ui
