// The one meaning of "a word" in Lectern: module word counts (reading time, `inspect`), the
// reflection editor's counter and its minimum-words rule all count the same way.
#pragma once
#include <cstddef>
#include <string_view>
#include <utility>
#include <vector>

namespace lectern::util {

// Runs of non-space characters (Unicode White_Space separates) that hold at least one letter or
// digit in any script, so a lone "-" or "—" is not a word and "state-of-the-art" is one.
// Invalid UTF-8 bytes count as neither space nor letter. Each CJK ideograph, kana and Hangul
// syllable is a word of its own (Chinese has no spaces: "联合国大会" is five), so reading times
// and reflection minimums mean the same in Chinese as elsewhere.
int countWords(std::string_view utf8);

// The terms a search matches in `utf8`: byte ranges [begin, end) of runs of letters, digits and
// combining marks (any script), as the search index's tokenizer splits text ("U.N." is "U", "N").
std::vector<std::pair<size_t, size_t>> searchTerms(std::string_view utf8);

} // namespace lectern::util
