// GlossaryView: every course term with its definition, the requested one highlighted and
// scrolled into view.
#pragma once
#include "ui/ui_env.h"

#include <string>

namespace lectern::ui {

struct GlossaryRequest {
    std::string termId;       // highlighted
    bool scrollPending = false;
};

void drawGlossary(const UiEnv& env, GlossaryRequest& request);

} // namespace lectern::ui
