// What a callout is called when it has no title of its own, by its marker ("TIP" -> "Tip"):
// the English words, marked for translation. The reader shows them through tr(), in the
// interface's language; the HTML export writes them as they are.
#pragma once
#include "i18n/tr.h"

#include <string_view>

namespace lectern {

// An unknown marker (lectern check warns of it) is shown as a note.
inline const char* untitledCalloutTitle(std::string_view marker) {
    if (marker == "GOALS") return N_("Guiding questions");
    if (marker == "ENGAGE") return N_("Contribute and engage");
    if (marker == "TIP") return N_("Tip");
    if (marker == "IMPORTANT") return N_("Important");
    if (marker == "WARNING") return N_("Warning");
    if (marker == "CAUTION") return N_("Caution");
    return N_("Note");
}

} // namespace lectern
