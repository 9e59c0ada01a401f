#include "ui/views/top_bar.h"

#include <imgui.h>

#include <algorithm>

namespace lectern::ui {

TopBarResult drawTopBar(const UiEnv& env, const std::string& title, ThemeKind currentTheme, bool learnerControls) {
    TopBarResult result;
    ImGui::PushFont(env.fonts->bold);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(title.c_str());
    ImGui::PopFont();
    if (!learnerControls) return result;
    // Right-aligned controls: theme, text size, sign out, help.
    const char* themeLabels[] = {"Light", "Dark", "High contrast"};
    const ImGuiStyle& style = ImGui::GetStyle();
    float w = 0;
    for (const char* l : themeLabels) w += ImGui::CalcTextSize(l).x + style.FramePadding.x * 2 + style.ItemSpacing.x;
    w += ImGui::CalcTextSize("A-A+Sign outHelp (F1)").x + style.FramePadding.x * 8 + style.ItemSpacing.x * 4;
    ImGui::SameLine(std::max(ImGui::GetCursorPosX() + 20, ImGui::GetWindowContentRegionMax().x - w));
    const ThemeKind kinds[] = {ThemeKind::Light, ThemeKind::Dark, ThemeKind::HighContrast};
    for (int i = 0; i < 3; ++i) {
        const bool current = currentTheme == kinds[i];
        if (current) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
        if (ImGui::Button(themeLabels[i])) env.post(ChangeTheme{kinds[i]});
        if (current) ImGui::PopStyleColor();
        ImGui::SameLine();
    }
    if (ImGui::Button("A-")) env.post(ChangeFontSize{-1});
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Smaller text (Ctrl+-)");
    ImGui::SameLine();
    if (ImGui::Button("A+")) env.post(ChangeFontSize{+1});
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Larger text (Ctrl+=)");
    ImGui::SameLine();
    result.signOutPressed = ImGui::Button("Sign out");
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Back to the list of learners (Ctrl+L)");
    ImGui::SameLine();
    result.helpPressed = ImGui::Button("Help (F1)");
    return result;
}

} // namespace lectern::ui
