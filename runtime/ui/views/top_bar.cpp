#include "ui/views/top_bar.h"

#include "ui/widgets/ellipsis_text.h"
#include "ui/widgets/tab_ring.h"

#include <imgui.h>

#include <algorithm>
#include <array>

namespace lectern::ui {

namespace {

struct ThemeChoice {
    const char* label;
    ThemeKind kind;
};
constexpr std::array<ThemeChoice, 3> kThemes = {{
    {"Light", ThemeKind::Light}, {"Dark", ThemeKind::Dark}, {"High contrast", ThemeKind::HighContrast}}};

float buttonWidth(const char* label) { return ImGui::CalcTextSize(label).x + ImGui::GetStyle().FramePadding.x * 2; }

float buttonsWidth() {
    const float gap = ImGui::GetStyle().ItemSpacing.x;
    float w = 0;
    for (const ThemeChoice& t : kThemes) w += buttonWidth(t.label) + gap;
    for (const char* l : {"A-", "A+", "Sign out"}) w += buttonWidth(l) + gap;
    return w + buttonWidth("Help (F1)");
}

void drawButtons(const UiEnv& env, ThemeKind currentTheme, TopBarResult& result) {
    for (const ThemeChoice& t : kThemes) {
        const bool current = currentTheme == t.kind;
        if (current) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
        if (ImGui::Button(t.label)) env.post(ChangeTheme{t.kind});
        tabStop(env);
        if (current) ImGui::PopStyleColor();
        ImGui::SameLine();
    }
    if (ImGui::Button("A-")) env.post(ChangeFontSize{-1});
    tabStop(env);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Smaller text (Ctrl+-)");
    ImGui::SameLine();
    if (ImGui::Button("A+")) env.post(ChangeFontSize{+1});
    tabStop(env);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Larger text (Ctrl+=)");
    ImGui::SameLine();
    result.signOutPressed = ImGui::Button("Sign out");
    tabStop(env);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Back to the list of learners (Ctrl+L)");
    ImGui::SameLine();
    result.helpPressed = ImGui::Button("Help (F1)");
    tabStop(env);
}

// The same actions as the buttons, in a popup (keyboard: Tab to "Menu", Enter, arrows, Enter).
void drawMenu(const UiEnv& env, ThemeKind currentTheme, TopBarResult& result) {
    if (ImGui::Button("Menu")) ImGui::OpenPopup("##topmenu");
    tabStop(env);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Theme, text size, sign out, help");
    if (!ImGui::BeginPopup("##topmenu")) return;
    for (const ThemeChoice& t : kThemes)
        if (ImGui::MenuItem(t.label, nullptr, currentTheme == t.kind)) env.post(ChangeTheme{t.kind});
    ImGui::Separator();
    if (ImGui::MenuItem("Smaller text", "Ctrl+-")) env.post(ChangeFontSize{-1});
    if (ImGui::MenuItem("Larger text", "Ctrl+=")) env.post(ChangeFontSize{+1});
    ImGui::Separator();
    if (ImGui::MenuItem("Sign out", "Ctrl+L")) result.signOutPressed = true;
    if (ImGui::MenuItem("Help", "F1")) result.helpPressed = true;
    ImGui::EndPopup();
}

} // namespace

TopBarResult drawTopBar(const UiEnv& env, const std::string& title, ThemeKind currentTheme, bool learnerControls) {
    TopBarResult result;
    const float gap = ImGui::GetStyle().ItemSpacing.x;
    const float left = ImGui::GetCursorPosX();
    const float right = ImGui::GetWindowContentRegionMax().x;
    const float controls = learnerControls ? buttonsWidth() : 0;  // in the buttons' font
    const float menuWidth = buttonWidth("Menu");
    ImGui::PushFont(env.fonts->bold);
    const float titleWidth = ImGui::CalcTextSize(title.c_str()).x;
    result.folded = learnerControls && left + titleWidth + gap * 4 + controls > right;
    const float shownControls = result.folded ? menuWidth : controls;
    const float titleRoom = right - left - (learnerControls ? shownControls + gap * 4 : 0);
    result.titleClipped = ellipsisText(title.c_str(), titleRoom);
    result.titleRight = ImGui::GetItemRectMax().x;
    ImGui::PopFont();
    if (!learnerControls) return result;
    ImGui::SameLine(std::max(left + std::min(titleWidth, titleRoom) + gap * 4, right - shownControls));
    result.controlsLeft = ImGui::GetCursorScreenPos().x;
    if (result.folded) drawMenu(env, currentTheme, result);
    else drawButtons(env, currentTheme, result);
    return result;
}

} // namespace lectern::ui
