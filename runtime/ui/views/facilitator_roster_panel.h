// FacilitatorRosterPanel: imports a roster CSV from a path (core/roster through the profile
// service's worker: all of it or nothing), optionally as a dry run, and shows the summary or
// every FILE:ROW error.
#pragma once
#include "session/profile_service.h"
#include "ui/ui_env.h"

namespace lectern::ui {

class FacilitatorRosterPanel {
public:
    void draw(const UiEnv& env, session::ProfileService& profiles, const session::ProfileState& state, float width);

private:
    char m_path[1024] = {};
    char m_session[128] = {};
    bool m_dryRun = true;
    bool m_asked = false;
};

} // namespace lectern::ui
