// The searchable plain text of a section: what the learner reads there, flattened.
// Prose (paragraphs, sub-headings, lists, quotes, code, table cells), callout titles and bodies, quiz titles
// and question prompts (not the choices: a search must not hand out answers), reflection
// prompts, quotes and attributions, and timeline titles, dates and texts. Blocks are joined
// by a single space.
#pragma once
#include "course/document.h"

#include <string>

namespace lectern::search {

std::string sectionText(const Module& module, const Section& section);

// Inline runs as plain text: soft and hard breaks become spaces, images give their alt text.
std::string inlineText(const Inlines& inlines);

} // namespace lectern::search
