// The centred text column of the full-page views (catalogue, glossary, completion): a child
// window filling the page, a column at most `maxWidth` wide in its middle, text wrapped at
// the column's edge. Between beginPageColumn() and endPageColumn().
#pragma once
#include <imgui.h>

#include <algorithm>

namespace lectern::ui {

// Returns the column's width.
inline float beginPageColumn(const char* id, float maxWidth) {
    ImGui::BeginChild(id, ImVec2(0, 0), false);
    const float width = std::min(ImGui::GetContentRegionAvail().x, maxWidth);
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + std::max(0.0f, (ImGui::GetContentRegionAvail().x - width) * 0.5f));
    ImGui::BeginGroup();
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
    return width;
}

inline void endPageColumn() {
    ImGui::PopTextWrapPos();
    ImGui::EndGroup();
    ImGui::EndChild();
}

// A horizontal rule as wide as the column. ImGui's Separator() spans the whole window, even
// inside a group, which looks broken beside a narrow column.
inline void columnRule(float width) {
    const ImVec2 p = ImGui::GetCursorScreenPos();
    ImGui::GetWindowDrawList()->AddLine(p, ImVec2(p.x + width, p.y), ImGui::GetColorU32(ImGuiCol_Separator));
    ImGui::Dummy(ImVec2(width, 1));
}

} // namespace lectern::ui
