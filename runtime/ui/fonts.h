// Fonts: loads Noto Sans (regular, bold, italic, bold italic), DejaVu Sans Mono and the heading
// sizes into an ImGui font atlas, with the glyph ranges learners' names and course text need
// (Latin with Extended-A/B, Greek, Cyrillic, general punctuation, arrows).
#pragma once
#include "ui/ui_env.h"

#include <string>

struct ImFontAtlas;

namespace lectern::ui {

struct FontLoadResult {
    FontSet fonts;
    bool usedDefaultFont = false;  // no font file was found: ImGui's built-in font is used
    std::string message;           // what was missing, for a one-time notice
};

// Base size in pixels of body text at `contentScale` (monitor) and `learnerScale` (settings).
float bodyPixelSize(float contentScale, float learnerScale);

// Clears `atlas`, loads the fonts at the given size and builds the atlas. Looks in
// `assetsDir`/fonts first, then Debian's /usr/share/fonts/truetype/{noto,dejavu}.
FontLoadResult loadFonts(ImFontAtlas& atlas, float basePx, const std::string& assetsDir);

} // namespace lectern::ui
