// FacilitatorSettingsPanel: the settings that affect every learner of this computer ("allow
// new learners" at the start screen, "show only today's session"), saved by the profile service.
#pragma once
#include "session/profile_service.h"

namespace lectern::ui {

class FacilitatorSettingsPanel {
public:
    void draw(session::ProfileService& profiles, const session::ProfileState& state);
};

} // namespace lectern::ui
