// CatalogueView: the course at a glance: title and summary, "Continue where you left off",
// and each module with its progress bar, estimated time and state. Keyboard: Up/Down move
// between modules, Enter or Space opens one.
#pragma once
#include "ui/ui_env.h"

namespace lectern::ui {

struct CatalogueRequest {
    // Frames during which the keyboard focus is put on the first button (after Esc, at start).
    // Two: ImGui settles the focus of a window that just appeared on its second frame.
    int focusFirstFrames = 0;
    bool switchLearner = false;  // set by the view: the learner asked for the profile picker
};

void drawCatalogue(const UiEnv& env, CatalogueRequest& request);

} // namespace lectern::ui
