// Text that no installed font can draw (issue 16): `lectern check` warns once per script and
// file, at the first character, so an author learns before a learner sees replacement marks.
// Only `lectern check` runs it (it opens the fonts; the app's loader stays font-free).
#pragma once
#include "course/document.h"
#include "text/font_stack.h"

#include <string>
#include <string_view>

namespace lectern {

// Warns in `file` for each script of `text` (UTF-8) that none of `fonts`' regular faces covers,
// and for characters above U+FFFF (the interface's glyphs are 16-bit). Spaces, controls and
// format characters (bidi marks, joiners) need no glyph and are skipped.
void checkFontCoverage(const std::string& file, std::string_view text, const text::FontStack& fonts,
                       Diagnostics& diags);

// The same for every file of the course: each module and its translations, the glossaries and
// course.yaml (re-read from disk, within the loader's size limit). Without the fonts at all,
// one warning that says which package to install.
void checkCourseFontCoverage(const Course& course, const text::FontStack& fonts, Diagnostics& diags);

} // namespace lectern
