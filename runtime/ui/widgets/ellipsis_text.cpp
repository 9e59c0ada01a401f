#include "ui/widgets/ellipsis_text.h"

#include <imgui.h>
#include <imgui_internal.h>  // RenderTextEllipsis, ItemSize, ItemAdd

#include <algorithm>

namespace lectern::ui {

bool ellipsisText(const char* text, float maxWidth) {
    const ImVec2 size = ImGui::CalcTextSize(text);
    const bool cut = size.x > maxWidth;
    const float shown = std::max(0.0f, std::min(size.x, maxWidth));
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const float h = ImGui::GetFrameHeight();
    const ImRect box(pos, ImVec2(pos.x + shown, pos.y + h));
    ImGui::ItemSize(box);
    // No id: a label is not a place the keyboard can go (it would take the first focus).
    if (!ImGui::ItemAdd(box, 0)) return cut;
    const float y = pos.y + (h - size.y) * 0.5f;
    ImGui::RenderTextEllipsis(ImGui::GetWindowDrawList(), ImVec2(pos.x, y), ImVec2(box.Max.x, y + size.y), box.Max.x,
                              box.Max.x, text, nullptr, &size);
    if (cut && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", text);
    return cut;
}

} // namespace lectern::ui
