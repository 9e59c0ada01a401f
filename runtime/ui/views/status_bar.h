// StatusBar: the save state, always visible at the bottom: "Saving…", "All changes saved",
// or in red "Could not save: <why>" with a Retry button that calls store.retry(), so a learner
// always sees a failed save and can act on it.
#pragma once
#include "store/progress_store.h"
#include "ui/ui_env.h"

#include <string>

namespace lectern::ui {

// Draws the bar (one line) at the current cursor; returns true when Retry was pressed.
bool drawStatusBar(const UiEnv& env, const SaveStatus& status, const std::string& learnerName);

// The text the bar shows for a status (also used by tests).
std::string saveStatusText(const SaveStatus& status);

} // namespace lectern::ui
