// A section's title as the learner sees it: the untitled text before a module's first heading
// is "Overview" in the interface's language; a section without a title shows its id.
#pragma once
#include "course/document.h"
#include "i18n/tr.h"

#include <string>

namespace lectern::ui {

inline std::string sectionTitle(const Section& s) {
    if (s.untitled) return tr("Overview");
    return s.title.empty() ? s.id : s.title;
}

} // namespace lectern::ui
