#include "ui/views/facilitator_view.h"

#include "i18n/tr.h"
#include "ui/widgets/control_row.h"

#include "ui/keys.h"

#include <imgui.h>

namespace lectern::ui {

using session::AuthPhase;

void FacilitatorView::open(session::ProfileService& profiles) {
    m_open = false;
    m_prompt.reset();
    m_panel = 0;
    profiles.refresh();  // is a facilitator PIN set?
}

bool FacilitatorView::drawEntry(const UiEnv& env, session::ProfileService& profiles, const session::ProfileState& state,
                                float width) {
    const session::FacilitatorState& f = state.facilitator;
    ImGui::PushFont(env.fonts->h1);
    ImGui::TextUnformatted(tr("Facilitator mode"));
    ImGui::PopFont();
    if (!state.loaded) {
        ImGui::TextDisabled("%s", tr("Checking…"));
        env.wakeIn(0.1);
        return !ImGui::IsKeyPressed(keys::Escape, false);
    }
    if (f.phase == AuthPhase::Failed && !state.message.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(env.theme->wrong));
        ImGui::TextWrapped("%s", state.message.c_str());
        ImGui::PopStyleColor();
    }
    session::Pin pin;
    PinPromptAction action;
    const bool choosing = !f.pinSet || f.phase == AuthPhase::ChoosePin;
    if (choosing) {
        ImGui::TextWrapped("%s", tr("No facilitator PIN is set on this computer yet: choose one now. Keep it to yourself: "
                                    "it opens every learner's list, the PIN resets and the settings."));
        action = m_prompt.drawChoose(env, false, f.phase == AuthPhase::Checking, width, pin);
        if (action == PinPromptAction::Submit) profiles.setFacilitatorPin(std::move(pin));
    } else {
        PinStatus status{f.phase == AuthPhase::Idle || f.phase == AuthPhase::Failed ? AuthPhase::EnterPin : f.phase,
                         f.attemptsBeforeWait, f.waitUntilMs};
        action = m_prompt.drawEnter(env, status, width, pin);
        if (action == PinPromptAction::Submit) profiles.enterFacilitatorMode(std::move(pin));
    }
    return action != PinPromptAction::Cancel;
}

std::string FacilitatorView::location() const {
    if (!m_open) return "facilitator-pin";
    if (m_panel == kRecords) return "facilitator-records";
    return m_panel == kDashboard ? m_dashboard.location() : "facilitator";
}

void FacilitatorView::showPanel(int panel, const DashboardSource& dashboard) {
    if (panel == kDashboard && !dashboard.room) return;  // drawn alone (tests): no room to read
    m_panel = panel;
    if (panel == kDashboard) m_dashboard.open(*dashboard.room, dashboard.course);  // fresh figures each time
}

bool FacilitatorView::draw(const UiEnv& env, session::ProfileService& profiles, const session::ProfileState& state,
                           float width, const DashboardSource& dashboard) {
    const bool opened = state.facilitator.active && !m_open;
    m_open = state.facilitator.active;
    if (!m_open) return drawEntry(env, profiles, state, width);
    if (opened && m_panel == 0) m_learners.focusFirstRow();  // the keyboard starts in the list

    ImGui::PushFont(env.fonts->h1);
    ImGui::TextUnformatted(tr("Facilitator mode"));
    ImGui::PopFont();
    const char* panels[] = {N_("Learners"), N_("Settings"), N_("Roster"), N_("Dashboard (F3)"), N_("Certificates"), N_("Records (F4)")};
    ControlRow row(env.rightToLeft, width);  // an Arabic interface reads the panels from the right
    for (int i = 0; i < 6; ++i) {
        if (row.radioButton(tr(panels[i]), m_panel == i) && m_panel != i) showPanel(i, dashboard);
    }
    if (ImGui::IsKeyPressed(keys::function(3), false)) showPanel(kDashboard, dashboard);
    if (ImGui::IsKeyPressed(keys::function(4), false)) showPanel(kRecords, dashboard);
    // Esc inside a dashboard's learner or item analysis goes back to its table instead.
    const bool escLeaves = !(m_panel == kDashboard && m_dashboard.takesEscape());
    const bool leave = row.button(tr("Leave facilitator mode")) ||
                       (escLeaves && ImGui::IsKeyPressed(keys::Escape, false) && !ImGui::GetIO().WantTextInput);
    if (!state.message.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(env.theme->wrong));
        ImGui::TextWrapped("%s", state.message.c_str());
        ImGui::PopStyleColor();
    }
    ImGui::Separator();
    switch (m_panel) {
    case 0: m_learners.draw(env, profiles, state, width); break;
    case 1: m_settings.draw(profiles, state); break;
    case 2: m_roster.draw(env, profiles, state, width); break;
    case kDashboard: m_dashboard.draw(env, *dashboard.room, dashboard.course, width); break;
    case kRecords: m_records.draw(env); break;
    default: m_certificates.draw(env); break;
    }
    if (leave) {
        profiles.leaveFacilitatorMode();
        m_open = false;
        return false;
    }
    return true;
}

} // namespace lectern::ui
