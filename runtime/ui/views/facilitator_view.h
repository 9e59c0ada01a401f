// FacilitatorView: facilitator mode, opened from the start screen (F2, or its "Facilitator"
// button) with the facilitator PIN; when none was ever set it asks for a new one, twice.
// Inside, six panels, each its own file: the learners (rename, archive/restore, PIN reset),
// the settings that affect every learner, the roster import, the dashboard (F3: the room's
// figures, a learner's detail, a module's item analysis), certificates, and records (the
// learning record store's state). Everything goes through the
// profile service (its worker checks the PIN and that the mode is open); Esc or "Leave" ends it.
#pragma once
#include "session/profile_service.h"
#include "session/room_service.h"
#include "ui/ui_env.h"
#include "ui/views/facilitator_dashboard_panel.h"
#include "ui/views/facilitator_learners_panel.h"
#include "ui/views/facilitator_records_panel.h"
#include "ui/views/facilitator_certificates_panel.h"
#include "ui/views/facilitator_roster_panel.h"
#include "ui/views/facilitator_settings_panel.h"
#include "ui/views/pin_prompt_view.h"

#include <memory>
#include <string>

namespace lectern::ui {

// What the dashboard reads from: the room service and the course on screen (null: no dashboard).
struct DashboardSource {
    session::RoomService* room = nullptr;
    std::shared_ptr<const Course> course;
};

class FacilitatorView {
public:
    void open(session::ProfileService& profiles);
    // False once the facilitator left (the start screen shows the list again).
    bool draw(const UiEnv& env, session::ProfileService& profiles, const session::ProfileState& state, float width,
              const DashboardSource& dashboard = {});
    // "facilitator-pin" (asking), "facilitator" (open), "facilitator-dashboard[-learner|-items]",
    // "facilitator-records".
    std::string location() const;
    // The dashboard is shown: it wants the window's whole width.
    bool wantsWidth() const { return m_open && m_panel == kDashboard; }

private:
    bool drawEntry(const UiEnv& env, session::ProfileService& profiles, const session::ProfileState& state, float width);
    bool m_open = false;
    PinPromptView m_prompt;
    static constexpr int kDashboard = 3;
    static constexpr int kRecords = 5;
    void showPanel(int panel, const DashboardSource& dashboard);
    int m_panel = 0;
    FacilitatorLearnersPanel m_learners;
    FacilitatorSettingsPanel m_settings;
    FacilitatorRosterPanel m_roster;
    FacilitatorDashboardPanel m_dashboard;
    FacilitatorCertificatesPanel m_certificates;
    FacilitatorRecordsPanel m_records;
};

} // namespace lectern::ui
