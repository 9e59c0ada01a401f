#include "ui/views/facilitator_settings_panel.h"

#include "i18n/tr.h"

#include <imgui.h>

namespace lectern::ui {

void FacilitatorSettingsPanel::draw(session::ProfileService& profiles, const session::ProfileState& state) {
    bool allow = state.allowNewLearners;
    if (ImGui::Checkbox(tr("Learners may add themselves (\"New learner\" on the start screen)"), &allow))
        profiles.setAllowNewLearners(allow);
    bool today = state.showTodaysSessionOnly;
    if (ImGui::Checkbox(tr("The start screen lists only today's session"), &today)) profiles.setShowTodaysSessionOnly(today);
    ImGui::TextDisabled("%s", tr("With no session today, the start screen lists every learner."));
    if (!state.sessions.empty()) {
        ImGui::Spacing();
        ImGui::TextUnformatted(tr("Sessions"));
        for (const store::OnboardingSession& s : state.sessions)
            ImGui::BulletText(trn("%s, %s: %d learner", "%s, %s: %d learners", s.memberCount), s.day.c_str(), s.name.c_str(), s.memberCount);
    }
}

} // namespace lectern::ui
