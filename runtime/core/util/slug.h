// Anchors for headings: "Two tracks, 2018" -> "two-tracks-2018".
#pragma once
#include <string>
#include <string_view>

namespace lectern {

// Lower-cases ASCII letters, keeps letters and digits (non-ASCII letters are kept as written),
// and joins the words with single hyphens. Returns "section" when nothing is left.
std::string slugify(std::string_view text);

// True for an id an author may write: letters, digits, '-', '_' and '.', not empty,
// not starting with a punctuation character.
bool isValidId(std::string_view id);

} // namespace lectern
