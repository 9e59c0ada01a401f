#include "ui/views/help_view.h"

#include "ui/shortcuts.h"

#include <imgui.h>

namespace lectern::ui {

bool drawHelp(bool open) {
    const bool isOpen = ImGui::IsPopupOpen("Keyboard shortcuts");
    if (!open && !isOpen) return false;
    if (open && !isOpen) ImGui::OpenPopup("Keyboard shortcuts");
    bool keepOpen = true;
    ImGui::SetNextWindowPos(ImGui::GetMainViewport()->GetCenter(), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    if (ImGui::BeginPopupModal("Keyboard shortcuts", &keepOpen, ImGuiWindowFlags_AlwaysAutoResize)) {
        keepOpen = keepOpen && open;  // closed by F1 / Esc in the shortcut handler
        if (ImGui::BeginTable("##shortcuts", 2, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerV)) {
            for (const ShortcutEntry& entry : shortcutTable()) {
                if (!*entry.keys) continue;  // a binding documented by the row before it
                ImGui::TableNextRow();
                ImGui::TableNextColumn();
                ImGui::TextUnformatted(entry.keys);
                ImGui::TableNextColumn();
                ImGui::TextUnformatted(entry.help);
            }
            ImGui::EndTable();
        }
        if (ImGui::Button("Close (Esc)")) keepOpen = false;
        if (!keepOpen) ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
    } else {
        keepOpen = false;
    }
    return keepOpen;
}

} // namespace lectern::ui
