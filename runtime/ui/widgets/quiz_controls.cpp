#include "ui/widgets/quiz_controls.h"
#include "ui/views/nav_focus.h"

#include "util/utf8.h"

#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <cmath>

namespace lectern::ui {

// ImGui 1.86's RadioButton without a label, drawn the same way, except that the keyboard
// focus does not count as hovering (ImGuiButtonFlags_NoHoveredOnFocus).
bool quizRadio(const char* label, bool active) {
    ImGuiWindow* window = ImGui::GetCurrentWindow();
    if (window->SkipItems) return false;
    const ImGuiStyle& style = ImGui::GetStyle();
    const ImGuiID id = window->GetID(label);
    const float side = ImGui::GetFrameHeight();
    const ImVec2 pos = window->DC.CursorPos;
    const ImRect bb(pos, ImVec2(pos.x + side, pos.y + side));
    ImGui::ItemSize(bb, style.FramePadding.y);
    if (!ImGui::ItemAdd(bb, id)) return false;
    bool hovered = false, held = false;
    const bool pressed = ImGui::ButtonBehavior(bb, id, &hovered, &held, ImGuiButtonFlags_NoHoveredOnFocus);
    if (pressed) ImGui::MarkItemEdited(id);
    ImGui::RenderNavHighlight(bb, id);
    const ImVec2 centre = bb.GetCenter();
    const float radius = (side - 1.0f) * 0.5f;
    ImDrawList* dl = window->DrawList;
    dl->AddCircleFilled(centre, radius,
                        ImGui::GetColorU32(held && hovered ? ImGuiCol_FrameBgActive : hovered ? ImGuiCol_FrameBgHovered : ImGuiCol_FrameBg), 16);
    if (active) {
        const float pad = std::max(1.0f, std::floor(side / 6.0f));
        dl->AddCircleFilled(centre, radius - pad, ImGui::GetColorU32(ImGuiCol_CheckMark), 16);
    }
    if (style.FrameBorderSize > 0.0f) {
        dl->AddCircle(ImVec2(centre.x + 1, centre.y + 1), radius, ImGui::GetColorU32(ImGuiCol_BorderShadow), 16, style.FrameBorderSize);
        dl->AddCircle(centre, radius, ImGui::GetColorU32(ImGuiCol_Border), 16, style.FrameBorderSize);
    }
    return pressed;
}

void focusAndRevealLastItem() {
    focusLastItem();
    ImGuiContext& g = *ImGui::GetCurrentContext();
    // ScrollToRect forwards to the parent windows itself (ImGui 1.86): the quiz's box, then
    // the reader's page, each scrolls as little as brings the item into view.
    ImGui::ScrollToRect(ImGui::GetCurrentWindow(), g.LastItemData.Rect, ImGuiScrollFlags_KeepVisibleEdgeY);
}

std::string shortQuote(std::string_view text, size_t maxChars) {
    if (utf8::countCodePoints(text) <= maxChars) return std::string(text);
    size_t i = 0, lastSpace = 0;
    for (size_t n = 0; i < text.size() && n < maxChars; ++n) {
        if (text[i] == ' ') lastSpace = i;
        i += std::max<size_t>(1, utf8::sequenceLength(text, i));
    }
    const size_t cut = lastSpace > i / 2 ? lastSpace : i;
    return std::string(text.substr(0, cut)) + "…";
}

} // namespace lectern::ui
