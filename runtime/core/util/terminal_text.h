// Text from a course on a terminal: control characters escaped, so content cannot move the
// cursor, change colours or start a line of its own ("FILE:LINE:COL: error: ..." forged
// by a newline in a path). Used by every diagnostic (course/diagnostic.cpp) and by `inspect`.
#pragma once
#include <string>
#include <string_view>

namespace lectern {

// "\x1B" for ESC, "\n" for a newline, "\u009B" for C1 controls; everything else as is.
std::string escapeControlChars(std::string_view text);

} // namespace lectern
