#include "ui/views/nav_focus.h"

#include <imgui.h>
#include <imgui_internal.h>

namespace lectern::ui {

void focusLastItem() {
    ImGuiContext& g = *ImGui::GetCurrentContext();
    ImGuiWindow* window = ImGui::GetCurrentWindow();
    ImGui::FocusWindow(window);
    ImGui::SetFocusID(ImGui::GetItemID(), window);
    g.NavDisableHighlight = false;
    g.NavDisableMouseHover = true;
}

void focusCurrentWindowFirstItem() {
    ImGuiContext& g = *ImGui::GetCurrentContext();
    ImGui::SetWindowFocus();
    ImGui::NavInitWindow(ImGui::GetCurrentWindow(), true);
    g.NavDisableHighlight = false;
    g.NavDisableMouseHover = true;
}

void enterActivatesFocusedItem(int enterKey, int keypadEnterKey) {
    ImGuiContext& g = *ImGui::GetCurrentContext();
    const bool enter = ImGui::IsKeyPressed(enterKey, false) || ImGui::IsKeyPressed(keypadEnterKey, false);
    if (!enter || g.NavId == 0 || g.ActiveId != 0 || g.NavActivateId != 0 || g.IO.WantTextInput) return;
    g.NavActivateId = g.NavActivateDownId = g.NavActivatePressedId = g.NavId;
    g.NavActivateInputId = 0;
    g.NavActivateFlags = ImGuiActivateFlags_None;
}

} // namespace lectern::ui
