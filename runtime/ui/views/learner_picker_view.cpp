#include "ui/views/learner_picker_view.h"

#include "ui/views/nav_focus.h"

#include <imgui.h>

#include <algorithm>
#include <cstring>

namespace lectern::ui {

using session::SessionPhase;

void LearnerPickerView::draw(const UiEnv& env, session::LearnerSession& session, const session::SessionState& state) {
    const float px = env.fonts->basePx;
    ImGui::BeginChild("##learners", ImVec2(0, 0), false);
    const float colW = std::min(ImGui::GetContentRegionAvail().x, px * 28);
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + std::max(0.0f, (ImGui::GetContentRegionAvail().x - colW) * 0.5f));
    ImGui::BeginGroup();
    ImGui::PushFont(env.fonts->h1);
    ImGui::TextUnformatted("Who is studying?");
    ImGui::PopFont();
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + colW);
    const bool busy = state.phase != SessionPhase::ChoosingLearner || !state.learnersLoaded;
    if (busy) {
        ImGui::TextDisabled(state.phase == SessionPhase::SigningIn ? "Opening your progress…" : "Looking for learners…");
        env.wakeIn(0.1);  // the worker also wakes the loop; this keeps a headless run moving
    } else {
        ImGui::TextUnformatted("Each learner's progress is kept apart on this computer.");
    }
    bool chosen = false;
    if (!busy) {
        for (size_t i = 0; i < state.learners.size() && !chosen; ++i) {
            const LearnerInfo& l = state.learners[i];
            ImGui::PushID(static_cast<int>(l.id));
            if (ImGui::Button(l.name.c_str(), ImVec2(colW, 0))) {
                session.signIn(l.id);
                chosen = true;
            }
            if (i == 0 && m_focusPending) focusLastItem();
            ImGui::PopID();
        }
        ImGui::Separator();
        ImGui::TextUnformatted("New learner");
        ImGui::SetNextItemWidth(colW * 0.65f);
        if (state.learners.empty() && m_focusPending) ImGui::SetKeyboardFocusHere();
        bool create = ImGui::InputTextWithHint("##new-learner", "Your name", m_newName, sizeof(m_newName),
                                               ImGuiInputTextFlags_EnterReturnsTrue);
        ImGui::SameLine();
        create = ImGui::Button("Start") || create;
        m_focusPending = false;
        if (create && !chosen) {
            session.signInByName(m_newName);  // trims; an empty name comes back as an error
            chosen = true;
        }
    }
    if (!state.error.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(env.theme->wrong));
        ImGui::TextUnformatted(state.error.c_str());
        ImGui::PopStyleColor();
    }
    ImGui::PopTextWrapPos();
    ImGui::EndGroup();
    ImGui::EndChild();
    if (chosen && std::strspn(m_newName, " \t") != std::strlen(m_newName)) std::memset(m_newName, 0, sizeof(m_newName));
    if (chosen) m_focusPending = true;
}

} // namespace lectern::ui
