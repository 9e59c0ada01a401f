// FacilitatorView: facilitator mode, opened from the start screen (F2, or its "Facilitator"
// button) with the facilitator PIN; when none was ever set it asks for a new one, twice.
// Inside, three panels, each its own file: the learners (rename, archive/restore, PIN reset),
// the settings that affect every learner, and the roster import. Everything goes through the
// profile service (its worker checks the PIN and that the mode is open); Esc or "Leave" ends it.
#pragma once
#include "session/profile_service.h"
#include "ui/ui_env.h"
#include "ui/views/facilitator_learners_panel.h"
#include "ui/views/facilitator_certificates_panel.h"
#include "ui/views/facilitator_roster_panel.h"
#include "ui/views/facilitator_settings_panel.h"
#include "ui/views/pin_prompt_view.h"

#include <string>

namespace lectern::ui {

class FacilitatorView {
public:
    void open(session::ProfileService& profiles);
    // False once the facilitator left (the start screen shows the list again).
    bool draw(const UiEnv& env, session::ProfileService& profiles, const session::ProfileState& state, float width);
    // "facilitator-pin" (asking), "facilitator" (open).
    std::string location() const { return m_open ? "facilitator" : "facilitator-pin"; }

private:
    bool drawEntry(const UiEnv& env, session::ProfileService& profiles, const session::ProfileState& state, float width);
    bool m_open = false;
    PinPromptView m_prompt;
    int m_panel = 0;
    FacilitatorLearnersPanel m_learners;
    FacilitatorSettingsPanel m_settings;
    FacilitatorRosterPanel m_roster;
    FacilitatorCertificatesPanel m_certificates;
};

} // namespace lectern::ui
