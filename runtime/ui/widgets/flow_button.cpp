#include "ui/widgets/flow_button.h"

#include "ui/widgets/ellipsis_text.h"

#include <imgui.h>
#include <imgui_internal.h>  // RenderTextEllipsis

#include <algorithm>

namespace lectern::ui {

namespace {

// Draws `label` in the last item's frame, cut with "…" at its right padding.
void labelInLastItem(const char* label, ImVec2 size, ImVec2 pad) {
    const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
    const float y = min.y + (max.y - min.y - size.y) * 0.5f;
    renderTextEllipsis(ImGui::GetWindowDrawList(), ImVec2(min.x + pad.x, y), ImVec2(max.x - pad.x, y + size.y), label, size);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", label);
}

} // namespace

bool flowButton(const char* label, const FlowColumn& column, bool first) {
    const ImGuiStyle& style = ImGui::GetStyle();
    const ImVec2 text = ImGui::CalcTextSize(label, nullptr, true);
    const float width = text.x + style.FramePadding.x * 2;
    float room = 0;
    if (column.rightToLeft) {
        const float beside = ImGui::GetItemRectMin().x - style.ItemSpacing.x;  // the last button's left
        const bool sameLine = !first && beside - width >= column.left;
        if (sameLine) ImGui::SameLine();
        const float end = sameLine ? beside : column.right;
        room = end - column.left;
        ImGui::SetCursorScreenPos(ImVec2(std::max(column.left, end - width), ImGui::GetCursorScreenPos().y));
    } else {
        if (!first && ImGui::GetItemRectMax().x + style.ItemSpacing.x + width <= column.right) ImGui::SameLine();
        room = column.right - ImGui::GetCursorScreenPos().x;
    }
    if (width <= room) return ImGui::Button(label);
    ImGui::PushID(label);
    const bool pressed = ImGui::Button("##cut", ImVec2(std::max(room, style.FramePadding.x * 4), 0));
    ImGui::PopID();
    labelInLastItem(label, text, style.FramePadding);
    return pressed;
}

bool fittedSelectable(const char* label, bool selected, float width) {
    const ImVec2 text = ImGui::CalcTextSize(label, nullptr, true);
    if (text.x <= width) return ImGui::Selectable(label, selected, 0, ImVec2(width, 0));
    ImGui::PushID(label);
    const bool chosen = ImGui::Selectable("##cut", selected, 0, ImVec2(width, 0));
    ImGui::PopID();
    // A Selectable's rectangle reaches half the item spacing past its text on each side: the cut
    // label starts where the whole one would (not under what is drawn just left of it).
    labelInLastItem(label, text, ImVec2(ImFloor(ImGui::GetStyle().ItemSpacing.x * 0.5f), 0));
    return chosen;
}

} // namespace lectern::ui
