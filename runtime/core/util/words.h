// The one meaning of "a word" in Lectern: module word counts (reading time, `inspect`), the
// reflection editor's counter and its minimum-words rule all count the same way.
#pragma once
#include <string_view>

namespace lectern::util {

// Runs of non-space characters (Unicode White_Space separates) that hold at least one letter or
// digit in any script, so a lone "-" or "—" is not a word and "state-of-the-art" is one.
// Invalid UTF-8 bytes count as neither space nor letter.
int countWords(std::string_view utf8);

} // namespace lectern::util
