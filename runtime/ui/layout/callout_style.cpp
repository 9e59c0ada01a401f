#include "ui/layout/callout_style.h"

#include <imgui.h>

namespace lectern::ui::layout {

CalloutLook calloutLook(std::string_view marker) {
    if (marker == "TIP") return CalloutLook::Tip;
    if (marker == "IMPORTANT") return CalloutLook::Important;
    if (marker == "WARNING") return CalloutLook::Warning;
    if (marker == "CAUTION") return CalloutLook::Caution;
    return CalloutLook::Note;
}

namespace {

struct Pair {
    unsigned bg, border;
};

// [theme][look]: light, dark, high contrast x note, tip, important, warning, caution.
// Backgrounds are faint tints (the theme's text keeps >= 7:1 on them); borders are strong.
Pair lookColours(ThemeKind kind, CalloutLook look) {
    static const Pair light[] = {
        {IM_COL32(234, 241, 252, 255), IM_COL32(9, 105, 218, 255)},   // note: blue
        {IM_COL32(230, 246, 235, 255), IM_COL32(26, 127, 55, 255)},   // tip: green
        {IM_COL32(242, 236, 253, 255), IM_COL32(130, 80, 223, 255)},  // important: purple
        {IM_COL32(255, 246, 220, 255), IM_COL32(154, 103, 0, 255)},   // warning: amber
        {IM_COL32(253, 234, 235, 255), IM_COL32(209, 36, 47, 255)},   // caution: red
    };
    static const Pair dark[] = {
        {IM_COL32(26, 40, 64, 255), IM_COL32(68, 147, 248, 255)},
        {IM_COL32(24, 50, 34, 255), IM_COL32(63, 185, 80, 255)},
        {IM_COL32(44, 34, 66, 255), IM_COL32(171, 125, 248, 255)},
        {IM_COL32(56, 44, 16, 255), IM_COL32(210, 153, 34, 255)},
        {IM_COL32(62, 28, 30, 255), IM_COL32(248, 81, 73, 255)},
    };
    static const Pair contrast[] = {
        {IM_COL32(0, 0, 0, 255), IM_COL32(92, 172, 255, 255)},
        {IM_COL32(0, 0, 0, 255), IM_COL32(0, 255, 120, 255)},
        {IM_COL32(0, 0, 0, 255), IM_COL32(210, 160, 255, 255)},
        {IM_COL32(0, 0, 0, 255), IM_COL32(255, 208, 0, 255)},
        {IM_COL32(0, 0, 0, 255), IM_COL32(255, 96, 96, 255)},
    };
    const int i = static_cast<int>(look);
    switch (kind) {
    case ThemeKind::Dark: return dark[i];
    case ThemeKind::HighContrast: return contrast[i];
    case ThemeKind::Light: break;
    }
    return light[i];
}

} // namespace

unsigned calloutBackground(const Theme& theme, CalloutLook look) { return lookColours(theme.kind, look).bg; }
unsigned calloutBorder(const Theme& theme, CalloutLook look) { return lookColours(theme.kind, look).border; }

} // namespace lectern::ui::layout
