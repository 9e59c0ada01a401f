// TopBar: the course title, and (once a learner is signed in) the theme buttons, text size,
// "Sign out" and "Help (F1)". Theme and size changes are posted as UiEvents.
#pragma once
#include "ui/ui_env.h"

#include <string>

namespace lectern::ui {

struct TopBarResult {
    bool helpPressed = false;
    bool signOutPressed = false;
};

TopBarResult drawTopBar(const UiEnv& env, const std::string& title, ThemeKind currentTheme, bool learnerControls);

} // namespace lectern::ui
