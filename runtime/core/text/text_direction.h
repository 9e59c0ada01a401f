// Which text needs more than ImGui's left-to-right, one-glyph-per-code-point drawing: text with
// right-to-left letters (Arabic, Hebrew...), Arabic-Indic digits or explicit bidi controls. Such
// text is shaped and reordered (paragraph_layout.h); everything else ImGui draws as it is.
#pragma once
#include "text/paragraph_layout.h"

#include <string_view>

namespace lectern::text {

// True when `utf8` holds a code point of bidi class R, AL or AN, or an explicit embedding,
// override or isolate (UAX #9). Cheap for the common case: text with no byte >= 0xD6 (ASCII,
// Latin, Greek, Cyrillic) is answered without decoding.
bool needsBidi(std::string_view utf8);

// The direction of the first strong letter (UAX #9 P2, isolates not skipped): LeftToRight,
// RightToLeft, or Auto when there is none (digits and punctuation only).
BaseDirection firstStrongDirection(std::string_view utf8);

} // namespace lectern::text
