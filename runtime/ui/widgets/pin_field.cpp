#include "ui/widgets/pin_field.h"

#include "ui/keys.h"
#include "ui/text_input_queue.h"

#include <imgui.h>

#include <string>

namespace lectern::ui {

bool PinField::draw(float width, bool takeKeys) {
    bool changed = false;
    if (takeKeys) {
        for (char32_t c : typedThisFrame())
            if (c >= U'0' && c <= U'9') changed = m_pin.append(static_cast<char>(c)) || changed;
        if (ImGui::IsKeyPressed(keys::Backspace, true) && m_pin.size() > 0) {
            m_pin.removeLast();
            changed = true;
        }
    }
    // One dot per digit: what the learner sees, and nothing that reveals a digit.
    std::string dots;
    for (size_t i = 0; i < m_pin.size(); ++i) dots += i ? " *" : "*";
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const ImGuiStyle& style = ImGui::GetStyle();
    const float h = ImGui::GetFrameHeight() * 1.4f;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(pos, ImVec2(pos.x + width, pos.y + h), ImGui::GetColorU32(ImGuiCol_FrameBg), style.FrameRounding);
    dl->AddRect(pos, ImVec2(pos.x + width, pos.y + h),
                ImGui::GetColorU32(takeKeys ? ImGuiCol_NavHighlight : ImGuiCol_Border), style.FrameRounding, 0, 2.0f);
    const float textY = pos.y + (h - ImGui::GetTextLineHeight()) * 0.5f;
    dl->AddText(ImVec2(pos.x + style.FramePadding.x * 2, textY), ImGui::GetColorU32(ImGuiCol_Text), dots.c_str());
    ImGui::Dummy(ImVec2(width, h));
    return changed;
}

session::Pin PinField::take() {
    session::Pin out = std::move(m_pin);  // the move wipes m_pin
    m_pin.clear();
    return out;
}

} // namespace lectern::ui
