// Fonts: builds the ImGui font atlas from the code points in use (ui/glyph_set.h): Noto Sans
// (regular, bold, italic, bold italic), DejaVu Sans Mono and the heading sizes, with DejaVu
// Sans merged in for what Noto Sans lacks, Noto Sans Arabic merged only when Arabic text is
// shown and Noto Sans CJK SC only when Chinese (or other CJK) text is. Font files are mapped,
// not read (ui/font_files.h), and shared by every size; ImGui never copies or frees them.
#pragma once
#include "ui/ui_env.h"

#include <string>
#include <vector>

struct ImFontAtlas;

namespace lectern::ui {

class GlyphSet;

struct FontLoadResult {
    FontSet fonts;
    bool usedDefaultFont = false;  // no font file was found: ImGui's built-in font is used
    std::string message;           // what was missing, for a one-time notice
    std::vector<std::string> files;  // the font files this atlas was built from
};

// Base size in pixels of body text at `contentScale` (monitor) and `learnerScale` (settings).
float bodyPixelSize(float contentScale, float learnerScale);

// Clears `atlas`, adds the fonts at the given size for the code points of `glyphs` (null: the
// base set) and builds the atlas (Alpha8: the renderer uploads one channel). Looks in
// `assetsDir`/fonts first, then Debian's /usr/share/fonts/{truetype,opentype}/{noto,dejavu}.
FontLoadResult loadFonts(ImFontAtlas& atlas, float basePx, const std::string& assetsDir,
                         const GlyphSet* glyphs = nullptr);

} // namespace lectern::ui
