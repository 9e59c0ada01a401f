#include "ui/widgets/ellipsis_text.h"

#include <imgui.h>
#include <imgui_internal.h>  // RenderTextEllipsis, ItemSize, ItemAdd

#include "ui/shaping/shaped_text.h"

#include <algorithm>

namespace lectern::ui {

void renderTextEllipsis(ImDrawList* list, ImVec2 min, ImVec2 max, const char* text, ImVec2 size) {
    const std::string_view s(text);
    if (!needsShaping(s)) {
        ImGui::RenderTextEllipsis(list, min, ImVec2(max.x, min.y + size.y), max.x, max.x, text, nullptr, &size);
        return;
    }
    const ImFont* font = ImGui::GetFont();
    const float fontSize = ImGui::GetFontSize();
    const std::string cut = shapedFit(font, fontSize, s, max.x - min.x);
    const lectern::text::ParagraphLayout& l = shapedLine(font, fontSize, cut);
    const float x = l.rtl ? max.x - l.width : min.x;
    list->AddText(font, fontSize, ImVec2(x, min.y), ImGui::GetColorU32(ImGuiCol_Text), cut.data(), cut.data() + cut.size());
}

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
    renderTextEllipsis(ImGui::GetWindowDrawList(), ImVec2(pos.x, y), ImVec2(box.Max.x, y + size.y), text, size);
    if (cut && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", text);
    return cut;
}

} // namespace lectern::ui
