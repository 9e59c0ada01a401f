#include "ui/views/status_bar.h"

#include <imgui.h>

namespace lectern::ui {

std::string saveStatusText(const SaveStatus& s) {
    switch (s.state) {
    case SaveState::Saving: return "Saving…";
    case SaveState::Failed:
        return "Could not save: " + (s.lastError.empty() ? std::string("unknown error") : s.lastError) + " (" +
               std::to_string(s.pending) + " change(s) kept, not lost)";
    case SaveState::Idle:
    case SaveState::Saved: return s.pending > 0 ? "Saving…" : "All changes saved";
    }
    return {};
}

bool drawStatusBar(const UiEnv& env, const SaveStatus& status, const std::string& learnerName) {
    const Theme& t = *env.theme;
    bool retry = false;
    const bool failed = status.state == SaveState::Failed;
    const std::string text = saveStatusText(status);
    if (failed) {
        // Draw the failure in red with a red marker block, so it cannot be missed.
        ImVec2 p = ImGui::GetCursorScreenPos();
        const float h = ImGui::GetFrameHeight();
        ImGui::GetWindowDrawList()->AddRectFilled(p, ImVec2(p.x + 6, p.y + h), t.wrong);
        ImGui::SetCursorScreenPos(ImVec2(p.x + 12, p.y));
        ImGui::AlignTextToFramePadding();
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(t.wrong));
        ImGui::TextUnformatted(text.c_str());
        ImGui::PopStyleColor();
        ImGui::SameLine();
        retry = ImGui::Button("Retry");
    } else {
        ImGui::AlignTextToFramePadding();
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(t.textMuted));
        ImGui::TextUnformatted(text.c_str());
        ImGui::PopStyleColor();
    }
    std::string right = (learnerName.empty() ? std::string() : "Learner: " + learnerName + "   ") + "F1: keyboard shortcuts";
    const float w = ImGui::CalcTextSize(right.c_str()).x;
    ImGui::SameLine(std::max(ImGui::GetCursorPosX(), ImGui::GetWindowContentRegionMax().x - w));
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(t.textMuted));
    ImGui::TextUnformatted(right.c_str());
    ImGui::PopStyleColor();
    return retry;
}

} // namespace lectern::ui
