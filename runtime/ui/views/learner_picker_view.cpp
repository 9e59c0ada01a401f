#include "ui/views/learner_picker_view.h"

#include "ui/views/nav_focus.h"

#include <imgui.h>

#include <algorithm>
#include <cctype>
#include <cstring>

namespace lectern::ui {

void LearnerPickerView::refresh(ProgressStore& store) {
    m_learners = store.learners();
    std::sort(m_learners.begin(), m_learners.end(),
              [](const LearnerInfo& a, const LearnerInfo& b) { return a.lastActivityMs > b.lastActivityMs; });
    m_loaded = true;
}

bool LearnerPickerView::select(ProgressStore& store, LearnerId id, const std::string& courseId) {
    std::string error;
    if (!store.selectLearner(id, courseId, error)) {
        m_error = "Could not open this learner's progress: " + error;
        return false;
    }
    m_error.clear();
    return true;
}

bool LearnerPickerView::draw(const UiEnv& env, ProgressStore& store) {
    if (!m_loaded) refresh(store);
    const float px = env.fonts->basePx;
    bool done = false;
    ImGui::BeginChild("##learners", ImVec2(0, 0), false);
    const float colW = std::min(ImGui::GetContentRegionAvail().x, px * 28);
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + std::max(0.0f, (ImGui::GetContentRegionAvail().x - colW) * 0.5f));
    ImGui::BeginGroup();
    ImGui::PushFont(env.fonts->h1);
    ImGui::TextUnformatted("Who is studying?");
    ImGui::PopFont();
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + colW);
    ImGui::TextUnformatted("Each learner's progress is kept apart on this computer.");
    for (size_t i = 0; i < m_learners.size() && !done; ++i) {
        const LearnerInfo& l = m_learners[i];
        ImGui::PushID(static_cast<int>(l.id));
        if (ImGui::Button(l.name.c_str(), ImVec2(colW, 0))) done = select(store, l.id, env.course->id);
        if (i == 0 && m_focusPending) focusLastItem();
        ImGui::PopID();
    }
    ImGui::Separator();
    ImGui::TextUnformatted("New learner");
    ImGui::SetNextItemWidth(colW * 0.65f);
    if (m_learners.empty() && m_focusPending) ImGui::SetKeyboardFocusHere();
    bool create = ImGui::InputTextWithHint("##new-learner", "Your name", m_newName, sizeof(m_newName),
                                           ImGuiInputTextFlags_EnterReturnsTrue);
    ImGui::SameLine();
    create = ImGui::Button("Start") || create;
    m_focusPending = false;
    if (create && !done) {
        std::string name(m_newName);
        name.erase(0, name.find_first_not_of(" \t"));
        name.erase(name.find_last_not_of(" \t") + 1);
        if (name.empty()) {
            m_error = "Type a name first.";
        } else {
            LearnerId id = store.ensureLearner(name);
            done = id != 0 && select(store, id, env.course->id);
            if (id == 0) m_error = "Could not create the learner \"" + name + "\".";
        }
    }
    if (!m_error.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(env.theme->wrong));
        ImGui::TextUnformatted(m_error.c_str());
        ImGui::PopStyleColor();
    }
    ImGui::PopTextWrapPos();
    ImGui::EndGroup();
    ImGui::EndChild();
    if (done) {
        m_loaded = false;
        m_focusPending = true;
        std::memset(m_newName, 0, sizeof(m_newName));
    }
    return done;
}

} // namespace lectern::ui
