#include "ui/views/facilitator_learners_panel.h"

#include "i18n/tr.h"

#include "ui/views/nav_focus.h"

#include <imgui.h>

#include <cstdio>

namespace lectern::ui {

namespace {
void copyTo(char* out, size_t size, const std::string& text) { std::snprintf(out, size, "%s", text.c_str()); }
} // namespace

void FacilitatorLearnersPanel::drawRow(session::ProfileService& profiles, const store::LearnerProfile& p) {
    ImGui::PushID(static_cast<int>(p.id));
    if (m_editing == p.id) {
        ImGui::SetNextItemWidth(ImGui::GetFontSize() * 14);
        ImGui::InputText("##name", m_name, sizeof m_name);
        ImGui::SameLine();
        ImGui::SetNextItemWidth(ImGui::GetFontSize() * 8);
        ImGui::InputTextWithHint("##group", tr("group"), m_group, sizeof m_group);
        ImGui::SameLine();
        if (ImGui::Button(tr("Save")) && m_name[0]) {
            profiles.updateLearner(p.id, m_name, m_group);
            m_editing = 0;
        }
        ImGui::SameLine();
        if (ImGui::Button(tr("Cancel"))) m_editing = 0;
    } else {
        // A name is shown as text, never interpreted (a spreadsheet formula stays a string).
        ImGui::TextUnformatted(p.displayName().c_str());
        ImGui::SameLine();
        ImGui::TextDisabled("%s%s", p.group.c_str(), p.hasPin ? tr("  (PIN)") : "");
        ImGui::SameLine();
        if (p.archived()) {
            if (ImGui::SmallButton(tr("Restore"))) profiles.restore(p.id);
        } else {
            if (ImGui::SmallButton(tr("Rename"))) {
                m_editing = p.id;
                copyTo(m_name, sizeof m_name, p.fullName.empty() ? p.name : p.fullName);
                copyTo(m_group, sizeof m_group, p.group);
            }
            if (m_focusFirst) {
                focusLastItem();
                m_focusFirst = false;
            }
            ImGui::SameLine();
            if (p.hasPin && ImGui::SmallButton(tr("Reset PIN"))) profiles.resetLearnerPin(p.id, {});
            if (p.hasPin) ImGui::SameLine();
            if (ImGui::SmallButton(tr("Archive"))) profiles.archive(p.id);
        }
    }
    ImGui::PopID();
}

void FacilitatorLearnersPanel::draw(const UiEnv& env, session::ProfileService& profiles,
                                    const session::ProfileState& state, float width) {
    (void)env;
    ImGui::TextUnformatted(formatText(trn("%d learner, %d archived. Reset PIN: the learner chooses a new one at their next sign-in.",
                                          "%d learners, %d archived. Reset PIN: the learner chooses a new one at their next sign-in.",
                                          static_cast<long>(state.profiles.size())),
                                      static_cast<int>(state.profiles.size()), static_cast<int>(state.archived.size()))
                               .c_str());
    ImGui::BeginChild("##facilitator-learners", ImVec2(width, 0), true);
    const size_t total = state.profiles.size() + state.archived.size();
    ImGuiListClipper clipper;  // 500 learners: only the visible rows are drawn
    clipper.Begin(static_cast<int>(total));
    while (clipper.Step())
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
            const size_t k = size_t(i);
            drawRow(profiles, k < state.profiles.size() ? state.profiles[k] : state.archived[k - state.profiles.size()]);
        }
    ImGui::EndChild();
}

} // namespace lectern::ui
