#include "ui/views/top_bar.h"

#include "i18n/tr.h"
#include "i18n/ui_language.h"
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
    {N_("Light"), ThemeKind::Light}, {N_("Dark"), ThemeKind::Dark}, {N_("High contrast"), ThemeKind::HighContrast}}};

float buttonWidth(const char* label) { return ImGui::CalcTextSize(label).x + ImGui::GetStyle().FramePadding.x * 2; }

float buttonsWidth() {
    const float gap = ImGui::GetStyle().ItemSpacing.x;
    float w = 0;
    for (const ThemeChoice& t : kThemes) w += buttonWidth(tr(t.label)) + gap;
    for (const char* l : {"A-", "A+", tr("Language"), tr("Sign out")}) w += buttonWidth(l) + gap;
    return w + buttonWidth(tr("Help (F1)"));
}

// "Automatic" (the environment's language), then each language by its own name: a learner
// who cannot read the current one still finds theirs. Keyboard: arrows and Enter.
void languageItems(const UiEnv& env, const std::string& languageSetting) {
    if (ImGui::MenuItem(tr("Automatic (the system's language)"), nullptr, languageSetting.empty()))
        env.post(ChangeLanguage{});
    for (const std::string& tag : i18n::uiLanguageTags())
        if (ImGui::MenuItem(i18n::nativeLanguageName(tag).c_str(), nullptr, languageSetting == tag))
            env.post(ChangeLanguage{tag});
}

void drawButtons(const UiEnv& env, ThemeKind currentTheme, const std::string& languageSetting, TopBarResult& result) {
    for (const ThemeChoice& t : kThemes) {
        const bool current = currentTheme == t.kind;
        if (current) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
        if (ImGui::Button(tr(t.label))) env.post(ChangeTheme{t.kind});
        tabStop(env);
        if (current) ImGui::PopStyleColor();
        ImGui::SameLine();
    }
    if (ImGui::Button("A-")) env.post(ChangeFontSize{-1});
    tabStop(env);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr("Smaller text (Ctrl+-)"));
    ImGui::SameLine();
    if (ImGui::Button("A+")) env.post(ChangeFontSize{+1});
    tabStop(env);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr("Larger text (Ctrl+=)"));
    ImGui::SameLine();
    if (ImGui::Button(tr("Language"))) ImGui::OpenPopup("##language");
    tabStop(env);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr("The language of the interface"));
    if (ImGui::BeginPopup("##language")) {
        languageItems(env, languageSetting);
        ImGui::EndPopup();
    }
    ImGui::SameLine();
    result.signOutPressed = ImGui::Button(tr("Sign out"));
    tabStop(env);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr("Back to the list of learners (Ctrl+L)"));
    ImGui::SameLine();
    result.helpPressed = ImGui::Button(tr("Help (F1)"));
    tabStop(env);
}

// The same actions as the buttons, in a popup (keyboard: Tab to "Menu", Enter, arrows, Enter).
void drawMenu(const UiEnv& env, ThemeKind currentTheme, const std::string& languageSetting, TopBarResult& result) {
    if (ImGui::Button(tr("Menu"))) ImGui::OpenPopup("##topmenu");
    tabStop(env);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr("Theme, text size, language, sign out, help"));
    if (!ImGui::BeginPopup("##topmenu")) return;
    for (const ThemeChoice& t : kThemes)
        if (ImGui::MenuItem(tr(t.label), nullptr, currentTheme == t.kind)) env.post(ChangeTheme{t.kind});
    ImGui::Separator();
    if (ImGui::MenuItem(tr("Smaller text"), "Ctrl+-")) env.post(ChangeFontSize{-1});
    if (ImGui::MenuItem(tr("Larger text"), "Ctrl+=")) env.post(ChangeFontSize{+1});
    ImGui::Separator();
    if (ImGui::BeginMenu(tr("Language"))) {
        languageItems(env, languageSetting);
        ImGui::EndMenu();
    }
    ImGui::Separator();
    if (ImGui::MenuItem(tr("Sign out"), "Ctrl+L")) result.signOutPressed = true;
    if (ImGui::MenuItem(tr("Help"), "F1")) result.helpPressed = true;
    ImGui::EndPopup();
}

} // namespace

TopBarResult drawTopBar(const UiEnv& env, const std::string& title, ThemeKind currentTheme, bool learnerControls,
                        const std::string& languageSetting) {
    TopBarResult result;
    const float gap = ImGui::GetStyle().ItemSpacing.x;
    const float left = ImGui::GetCursorPosX();
    const float right = ImGui::GetWindowContentRegionMax().x;
    const float controls = learnerControls ? buttonsWidth() : 0;  // in the buttons' font
    const float menuWidth = buttonWidth(tr("Menu"));
    ImGui::PushFont(env.fonts->bold);
    const float titleWidth = ImGui::CalcTextSize(title.c_str()).x;
    result.folded = learnerControls && left + titleWidth + gap * 4 + controls > right;
    const float shownControls = result.folded ? menuWidth : controls;
    const float titleRoom = right - left - (learnerControls ? shownControls + gap * 4 : 0);
    if (env.rightToLeft) {  // mirrored: the controls on the left, the title ending at the right
        ImGui::PopFont();
        if (learnerControls) {
            result.controlsLeft = ImGui::GetCursorScreenPos().x;
            if (result.folded) drawMenu(env, currentTheme, languageSetting, result);
            else drawButtons(env, currentTheme, languageSetting, result);
            ImGui::SameLine();
        }
        ImGui::PushFont(env.fonts->bold);
        ImGui::SetCursorPosX(std::max(ImGui::GetCursorPosX(), right - std::min(titleWidth, titleRoom)));
        result.titleClipped = ellipsisText(title.c_str(), titleRoom);
        result.titleRight = ImGui::GetItemRectMax().x;
        ImGui::PopFont();
        return result;
    }
    result.titleClipped = ellipsisText(title.c_str(), titleRoom);
    result.titleRight = ImGui::GetItemRectMax().x;
    ImGui::PopFont();
    if (!learnerControls) return result;
    ImGui::SameLine(std::max(left + std::min(titleWidth, titleRoom) + gap * 4, right - shownControls));
    result.controlsLeft = ImGui::GetCursorScreenPos().x;
    if (result.folded) drawMenu(env, currentTheme, languageSetting, result);
    else drawButtons(env, currentTheme, languageSetting, result);
    return result;
}

} // namespace lectern::ui
