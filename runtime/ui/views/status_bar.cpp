#include "ui/views/status_bar.h"

#include "i18n/tr.h"

#include "ui/widgets/ellipsis_text.h"

#include <imgui.h>

namespace lectern::ui {

namespace {
std::string rightText(const std::string& learnerName) {
    if (learnerName.empty()) return tr("F1: keyboard shortcuts");
    return formatText(tr("Learner: %s   F1: keyboard shortcuts"), learnerName.c_str());
}
} // namespace

std::string saveStatusText(const SaveStatus& s) {
    switch (s.state) {
    case SaveState::Saving: return tr("Saving…");
    case SaveState::Failed: {
        // The store's message already says "Could not save..." (store/save_errors.cpp, translated
        // there: each translation of its messages starts with that of "Could not save"); the
        // English test stays for a message made before the language was switched.
        std::string what = s.lastError.empty() ? std::string(tr("Could not save (unknown error)")) : s.lastError;
        if (what.rfind("Could not save", 0) != 0 && what.rfind(tr("Could not save"), 0) != 0)
            what = formatText(tr("Could not save: %s"), what.c_str());
        const int pending = static_cast<int>(s.pending);
        return formatText(trn("%s (%d change kept, not lost)", "%s (%d changes kept, not lost)", pending), what.c_str(),
                          pending);
    }
    case SaveState::Idle:
    case SaveState::Saved: return s.pending > 0 ? tr("Saving…") : tr("All changes saved");
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
        // The message, cut with an ellipsis (whole in its tooltip) before the Retry button and
        // the learner's name: it never runs under them.
        const ImGuiStyle& style = ImGui::GetStyle();
        const float retryW = ImGui::CalcTextSize(tr("Retry")).x + style.FramePadding.x * 2 + style.ItemSpacing.x;
        const float rightW = ImGui::CalcTextSize(rightText(learnerName).c_str()).x + style.ItemSpacing.x * 2;
        const float room = ImGui::GetWindowContentRegionMax().x - ImGui::GetCursorPosX() - retryW - rightW;
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(t.wrong));
        ellipsisText(text.c_str(), room);
        ImGui::PopStyleColor();
        ImGui::SameLine();
        retry = ImGui::Button(tr("Retry"));
    } else {
        ImGui::AlignTextToFramePadding();
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(t.textMuted));
        ImGui::TextUnformatted(text.c_str());
        ImGui::PopStyleColor();
    }
    const std::string right = rightText(learnerName);
    const float w = ImGui::CalcTextSize(right.c_str()).x;
    ImGui::SameLine(std::max(ImGui::GetCursorPosX(), ImGui::GetWindowContentRegionMax().x - w));
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(t.textMuted));
    // At large text in a small window the name is cut with an ellipsis, not at the window's edge.
    ellipsisText(right.c_str(), ImGui::GetWindowContentRegionMax().x - ImGui::GetCursorPosX());
    ImGui::PopStyleColor();
    return retry;
}

} // namespace lectern::ui
