// How each kind of "> [!MARKER]" callout looks: NOTE, TIP, IMPORTANT, WARNING and CAUTION
// each get their own colour and icon (as on GitHub: blue "i", green bulb, purple "!" in a
// speech box, amber triangle, red octagon), so a warning never looks like a note. GOALS and
// ENGAGE keep the theme's own colours (ui/theme.cpp). Colours are per theme; the title text
// stays in the theme's text colour, so its contrast is the theme's.
#pragma once
#include "ui/layout/layout_types.h"

#include <string_view>

namespace lectern::ui::layout {

enum class CalloutLook : uint8_t { Note, Tip, Important, Warning, Caution };

// The look of a marker as the loader upper-cased it ("TIP"); unknown markers look like a note.
CalloutLook calloutLook(std::string_view marker);

// Background and border (icon) colour of a look in a theme.
unsigned calloutBackground(const Theme& theme, CalloutLook look);
unsigned calloutBorder(const Theme& theme, CalloutLook look);

} // namespace lectern::ui::layout
