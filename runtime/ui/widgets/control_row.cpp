#include "ui/widgets/control_row.h"

#include <imgui.h>
#include <imgui_internal.h>  // ButtonBehavior, RenderText: a radio button with its circle on the right

#include <algorithm>

namespace lectern::ui {

ControlRow::ControlRow(bool rightToLeft, float width) : m_rtl(rightToLeft) {
    m_right = ImGui::GetCursorScreenPos().x + (width > 0 ? width : ImGui::GetContentRegionAvail().x);
}

void ControlRow::next(float width) {
    if (!m_first) ImGui::SameLine();
    m_first = false;
    if (!m_rtl) return;
    ImGui::SetCursorScreenPos(ImVec2(m_right - width, ImGui::GetCursorScreenPos().y));
    m_right -= width + ImGui::GetStyle().ItemSpacing.x;
}

namespace {

// ImGui 1.86's RadioButton drawn the other way round: the label, then the circle at its right.
bool radioButtonCircleRight(const char* label, bool active) {
    ImGuiWindow* window = ImGui::GetCurrentWindow();
    if (window->SkipItems) return false;
    const ImGuiStyle& style = ImGui::GetStyle();
    const ImGuiID id = window->GetID(label);
    const ImVec2 labelSize = ImGui::CalcTextSize(label, nullptr, true);
    const float square = ImGui::GetFrameHeight();
    const ImVec2 pos = window->DC.CursorPos;
    const ImRect bb(pos, ImVec2(pos.x + radioButtonWidth(label), pos.y + std::max(square, labelSize.y + style.FramePadding.y * 2)));
    ImGui::ItemSize(bb, style.FramePadding.y);
    if (!ImGui::ItemAdd(bb, id)) return false;
    bool hovered = false, held = false;
    const bool pressed = ImGui::ButtonBehavior(bb, id, &hovered, &held);
    if (pressed) ImGui::MarkItemEdited(id);
    const ImVec2 centre(bb.Max.x - square * 0.5f, bb.Min.y + square * 0.5f);
    const float radius = (square - 1.0f) * 0.5f;
    ImDrawList* dl = window->DrawList;
    ImGui::RenderNavHighlight(bb, id);
    dl->AddCircleFilled(centre, radius,
                        ImGui::GetColorU32(held && hovered ? ImGuiCol_FrameBgActive
                                           : hovered       ? ImGuiCol_FrameBgHovered
                                                           : ImGuiCol_FrameBg),
                        16);
    if (active) dl->AddCircleFilled(centre, radius - std::max(1.0f, IM_FLOOR(square / 6.0f)), ImGui::GetColorU32(ImGuiCol_CheckMark), 16);
    if (style.FrameBorderSize > 0.0f) {
        dl->AddCircle(ImVec2(centre.x + 1, centre.y + 1), radius, ImGui::GetColorU32(ImGuiCol_BorderShadow), 16, style.FrameBorderSize);
        dl->AddCircle(centre, radius, ImGui::GetColorU32(ImGuiCol_Border), 16, style.FrameBorderSize);
    }
    if (labelSize.x > 0) ImGui::RenderText(ImVec2(bb.Min.x, bb.Min.y + style.FramePadding.y), label);
    return pressed;
}

} // namespace

bool ControlRow::radioButton(const char* label, bool active) {
    next(radioButtonWidth(label));
    return m_rtl ? radioButtonCircleRight(label, active) : ImGui::RadioButton(label, active);
}

bool ControlRow::button(const char* label) {
    next(buttonWidth(label));
    return ImGui::Button(label);
}

bool ControlRow::smallButton(const char* label) {
    next(buttonWidth(label));
    return ImGui::SmallButton(label);
}

float textWidth(const char* text) { return ImGui::CalcTextSize(text, nullptr, true).x; }

float buttonWidth(const char* label) { return textWidth(label) + ImGui::GetStyle().FramePadding.x * 2; }

float labelledFrameWidth(float frameWidth, const char* label) {
    const float w = textWidth(label);
    return frameWidth + (w > 0 ? ImGui::GetStyle().ItemInnerSpacing.x + w : 0);
}

float radioButtonWidth(const char* label) { return labelledFrameWidth(ImGui::GetFrameHeight(), label); }

} // namespace lectern::ui
