#include "ui/views/facilitator_learners_panel.h"

#include "i18n/tr.h"

#include "ui/views/nav_focus.h"
#include "ui/widgets/clipped_text.h"
#include "ui/widgets/control_row.h"

#include <imgui.h>


namespace lectern::ui {

void FacilitatorLearnersPanel::drawRow(const UiEnv& env, session::ProfileService& profiles, const store::LearnerProfile& p) {
    ImGui::PushID(static_cast<int>(p.id));
    ControlRow row(env.rightToLeft);  // an Arabic interface reads each row from the right
    const float px = ImGui::GetFontSize();
    if (m_editing == p.id) {
        TextEditorOptions field;
        field.singleLine = true;
        field.rightToLeft = env.rightToLeft;
        row.next(px * 14);
        ImGui::SetNextItemWidth(px * 14);
        m_nameBox.draw("##name", m_name, field);
        row.next(px * 8);
        ImGui::SetNextItemWidth(px * 8);
        field.placeholder = tr("group");
        m_groupBox.draw("##group", m_group, field);
        if (row.button(tr("Save")) && !m_name.empty()) {
            profiles.updateLearner(p.id, m_name, m_group);
            m_editing = 0;
        }
        if (row.button(tr("Cancel"))) m_editing = 0;
    } else {
        // A name is shown as text, never interpreted (a spreadsheet formula stays a string).
        const std::string name = p.displayName(), group = p.group + (p.hasPin ? tr("  (PIN)") : "");
        row.next(textWidth(name.c_str()));
        ImGui::TextUnformatted(name.c_str());
        row.next(textWidth(group.c_str()));
        ImGui::TextDisabled("%s", group.c_str());
        if (p.archived()) {
            if (row.smallButton(tr("Restore"))) profiles.restore(p.id);
        } else {
            if (row.smallButton(tr("Rename"))) {
                m_editing = p.id;
                m_name = p.fullName.empty() ? p.name : p.fullName;
                m_group = p.group;
                m_nameBox.reset(m_name);
                m_groupBox.reset(m_group);
                m_nameBox.focus();
            }
            if (m_focusFirst) {
                focusLastItem();
                m_focusFirst = false;
            }
            if (p.hasPin && row.smallButton(tr("Reset PIN"))) profiles.resetLearnerPin(p.id, {});
            if (row.smallButton(tr("Archive"))) profiles.archive(p.id);
        }
    }
    ImGui::PopID();
}

void FacilitatorLearnersPanel::draw(const UiEnv& env, session::ProfileService& profiles,
                                    const session::ProfileState& state, float width) {
    const long count = static_cast<long>(state.profiles.size());
    wrappedText(env, formatText(trn("%d learner, %d archived. Reset PIN: the learner chooses a new one at their next sign-in.",
                                    "%d learners, %d archived. Reset PIN: the learner chooses a new one at their next sign-in.",
                                    count),
                                static_cast<int>(count), static_cast<int>(state.archived.size())),
                layout::FontRole::Regular, 0, width);
    ImGui::BeginChild("##facilitator-learners", ImVec2(width, 0), true);
    const size_t total = state.profiles.size() + state.archived.size();
    ImGuiListClipper clipper;  // 500 learners: only the visible rows are drawn
    clipper.Begin(static_cast<int>(total));
    while (clipper.Step())
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
            const size_t k = size_t(i);
            drawRow(env, profiles, k < state.profiles.size() ? state.profiles[k] : state.archived[k - state.profiles.size()]);
        }
    ImGui::EndChild();
}

} // namespace lectern::ui
