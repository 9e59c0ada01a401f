// TopBar: the course title, and (once a learner is signed in) the theme buttons, text size,
// the interface language (a popup: "Automatic" and the six languages), "Sign out" and "Help (F1)". Theme and size changes are posted as UiEvents.
//
// When the buttons and the title do not fit side by side (a small window, large text), the
// buttons fold into one "Menu" button with the same actions, and the title ends with an
// ellipsis (the whole title in its tooltip): nothing overlaps and nothing is out of reach.
#pragma once
#include "ui/ui_env.h"

#include <string>

namespace lectern::ui {

struct TopBarResult {
    bool helpPressed = false;
    bool signOutPressed = false;
    bool folded = false;       // the buttons are in the menu
    bool titleClipped = false; // the title ends with an ellipsis
    float titleRight = 0;      // screen x where the title ends, and where the controls begin
                               // (right to left: the controls start at the left, the title after them)
    float controlsLeft = 0;
};

// languageSetting: the learner's saved choice ("" automatic), marked in the language popup.
TopBarResult drawTopBar(const UiEnv& env, const std::string& title, ThemeKind currentTheme, bool learnerControls,
                        const std::string& languageSetting = {});

} // namespace lectern::ui
