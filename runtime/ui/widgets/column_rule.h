// A horizontal rule as wide as a centred text column. ImGui's Separator() spans the whole
// window, even inside a group, which looks broken beside a narrow column.
#pragma once
#include <imgui.h>

namespace lectern::ui {

inline void columnRule(float width) {
    const ImVec2 p = ImGui::GetCursorScreenPos();
    ImGui::GetWindowDrawList()->AddLine(p, ImVec2(p.x + width, p.y), ImGui::GetColorU32(ImGuiCol_Separator));
    ImGui::Dummy(ImVec2(width, 1));
}

} // namespace lectern::ui
