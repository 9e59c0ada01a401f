#include "ui/views/help_view.h"

#include "i18n/tr.h"

#include "ui/shortcuts.h"

#include <imgui.h>

#include <algorithm>

namespace lectern::ui {

bool drawHelp(bool open) {
    const bool isOpen = ImGui::IsPopupOpen(tr("Keyboard shortcuts"));
    if (!open && !isOpen) return false;
    if (open && !isOpen) ImGui::OpenPopup(tr("Keyboard shortcuts"));
    bool keepOpen = true;
    // As wide as a comfortable line, never wider than the window; as tall as the list, never
    // taller than the window (then it scrolls). The texts wrap in their columns.
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    const float width = std::min(vp->WorkSize.x * 0.95f, ImGui::GetFontSize() * 46);
    ImGui::SetNextWindowPos(vp->GetCenter(), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSizeConstraints(ImVec2(width, 0), ImVec2(width, vp->WorkSize.y * 0.95f));
    if (ImGui::BeginPopupModal(tr("Keyboard shortcuts"), &keepOpen, ImGuiWindowFlags_AlwaysAutoResize)) {
        keepOpen = keepOpen && open;  // closed by F1 / Esc in the shortcut handler
        if (ImGui::BeginTable("##shortcuts", 2, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerV)) {
            ImGui::TableSetupColumn("keys", ImGuiTableColumnFlags_WidthStretch, 0.35f);
            ImGui::TableSetupColumn("what", ImGuiTableColumnFlags_WidthStretch, 0.65f);
            for (const ShortcutEntry& entry : shortcutTable()) {
                if (!*entry.keys) continue;  // a binding documented by the row before it
                ImGui::TableNextRow();
                ImGui::TableNextColumn();
                ImGui::TextWrapped("%s", tr(entry.keys));
                ImGui::TableNextColumn();
                ImGui::TextWrapped("%s", tr(entry.help));
            }
            ImGui::EndTable();
        }
        if (ImGui::Button(tr("Close (Esc)"))) keepOpen = false;
        if (!keepOpen) ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
    } else {
        keepOpen = false;
    }
    return keepOpen;
}

} // namespace lectern::ui
