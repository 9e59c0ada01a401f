#include "ui/widgets/text_area.h"

#include "ui/views/nav_focus.h"

#include <imgui.h>
#include <imgui_internal.h>
#include <imgui_stdlib.h>

#include <algorithm>

namespace lectern::ui {
namespace {

// Per-box state lives in ImGui's window storage, keyed by the box id: callers keep nothing.
enum Phase : int { Viewing = 0, Requested = 1, Editing = 2 };

} // namespace

TextAreaResult textArea(const char* label, std::string& text, int minLines, bool focusRequest,
                        const char* placeholder) {
    TextAreaResult result;
    ImGuiWindow* window = ImGui::GetCurrentWindow();
    const ImGuiID id = window->GetID(label);

    const ImGuiStyle& style = ImGui::GetStyle();
    const float width = std::max(ImGui::GetContentRegionAvail().x, ImGui::GetFontSize() * 4);
    const float wrapWidth = width - 2 * style.FramePadding.x;
    const char* begin = text.c_str();
    const char* end = begin + text.size();
    // Measuring wrapped text is the costly part: done again only when the text, the width
    // or the font changed (kept in the window's storage beside the phase).
    ImU32 key = ImHashData(&wrapWidth, sizeof wrapWidth, ImHashData(begin, text.size()));
    const float fontSize = ImGui::GetFontSize();
    key = ImHashData(&fontSize, sizeof fontSize, key);
    ImGuiStorage& storage = window->StateStorage;
    const ImGuiID keySlot = ImHashStr("measured-for", 0, id), heightSlot = ImHashStr("measured-height", 0, id);
    if (static_cast<ImU32>(storage.GetInt(keySlot)) != key || storage.GetFloat(heightSlot, -1) < 0) {
        storage.SetInt(keySlot, static_cast<int>(key));
        storage.SetFloat(heightSlot, ImGui::CalcTextSize(begin, end, false, wrapWidth).y);
    }
    const float textHeight = storage.GetFloat(heightSlot);
    const float height = std::max(ImGui::GetTextLineHeight() * static_cast<float>(minLines), textHeight) +
                         2 * style.FramePadding.y;
    int phase = storage.GetInt(id, Viewing);
    if (focusRequest && phase == Viewing) phase = Requested;  // the editor opens in this frame

    if (phase == Viewing) {
        const ImVec2 pos = ImGui::GetCursorScreenPos();
        const ImRect box(pos, ImVec2(pos.x + width, pos.y + height));
        ImGui::ItemSize(box);
        if (!ImGui::ItemAdd(box, id)) return result;
        bool hovered = false, held = false;
        bool pressed = ImGui::ButtonBehavior(box, id, &hovered, &held);
        pressed |= ImGui::GetCurrentContext()->NavActivateInputId == id;  // Enter, as on a text field
        ImGui::RenderNavHighlight(box, id);
        ImGui::RenderFrame(box.Min, box.Max, ImGui::GetColorU32(hovered ? ImGuiCol_FrameBgHovered : ImGuiCol_FrameBg),
                           true, style.FrameRounding);
        if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_TextInput);
        const ImVec2 textPos(box.Min.x + style.FramePadding.x, box.Min.y + style.FramePadding.y);
        ImDrawList* dl = ImGui::GetWindowDrawList();
        // Clipped to the visible part: a long answer never emits more vertices than fit on screen.
        const ImVec4 clip(window->ClipRect.Min.x, window->ClipRect.Min.y, window->ClipRect.Max.x, window->ClipRect.Max.y);
        if (text.empty()) {
            dl->AddText(nullptr, 0, textPos, ImGui::GetColorU32(ImGuiCol_TextDisabled), placeholder, nullptr, wrapWidth, &clip);
        } else {
            dl->AddText(nullptr, 0, textPos, ImGui::GetColorU32(ImGuiCol_Text), begin, end, wrapWidth, &clip);
        }
            if (pressed) storage.SetInt(id, Requested);
        return result;
    }

    ImGuiContext& g = *ImGui::GetCurrentContext();
    const bool starting = phase == Requested;
    // Activate the editor in this very frame, as Enter on a text field does (a keyboard-focus
    // request would only land a frame later, after keys typed meanwhile were lost).
    if (starting && g.ActiveId != id) g.NavActivateInputId = id;
    if (escapeKeepsTypedText(label)) result.deactivated = true;
    result.edited = ImGui::InputTextMultiline(label, &text, ImVec2(width, height));
    if (starting) {
        // ImGui selects everything on such an activation; the learner adds to their text,
        // so the caret goes to the end instead.
        if (ImGuiInputTextState* state = ImGui::GetInputTextState(id)) {
            state->ClearSelection();
            state->Stb.cursor = state->CurLenW;
        }
        g.NavActivateInputId = 0;
    }
    if (ImGui::IsItemDeactivated()) result.deactivated = true;
    storage.SetInt(id, ImGui::IsItemActive() ? Editing : Viewing);
    return result;
}

} // namespace lectern::ui
