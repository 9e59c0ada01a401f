// The module `lectern new module ID` writes: every block kind a module can hold, each with a
// comment or a line of text saying how to change it, and nothing `lectern check` complains
// about (no raw HTML, so the comments live in YAML or in the prose itself).
#pragma once
#include "util/iso_date.h"

#include <string>

namespace lectern {

// modules/ID/module.md for module `id` (already a valid id), reviewed `today`.
std::string moduleTemplate(const std::string& id, const IsoDate& today);

// "data-protection" -> "Data protection": a title to start from.
std::string titleFromId(const std::string& id);

} // namespace lectern
