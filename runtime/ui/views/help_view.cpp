#include "ui/views/help_view.h"

#include <imgui.h>

namespace lectern::ui {

namespace {
const Shortcut kShortcuts[] = {
    {"F1", "Show or hide this list"},
    {"Esc", "Back to the course page (or close a dialog, or leave a quiz)"},
    {"Up / Down", "Scroll the text"},
    {"Page Up / Page Down, Space", "Scroll a screen at a time"},
    {"Home / End", "Go to the start / end of the module"},
    {"[ and ]  or  Alt+Left / Alt+Right", "Previous / next section"},
    {"Tab / Shift+Tab", "Move between links, quizzes and reflections in the text"},
    {"Enter", "Follow the focused link, enter the focused quiz or reflection, press a button"},
    {"F6", "Move between the text and the table of contents"},
    {"Ctrl+F", "Search the course"},
    {"Ctrl+B", "Bookmark the current section (again to remove)"},
    {"Ctrl+G", "Glossary"},
    {"Ctrl+= / Ctrl+-", "Larger / smaller text"},
    {"Ctrl+0", "Default text size"},
    {"Ctrl+T", "Next theme: light, dark, high contrast"},
    {"Arrows, Space", "On the course page and in quizzes: move and choose"},
    {"Ctrl+S", "Retry saving now, after \"Could not save\" (saving is otherwise automatic)"},
    {"Ctrl+Q", "Quit (everything is already saved)"},
};
} // namespace

const Shortcut* shortcuts(int& count) {
    count = static_cast<int>(sizeof(kShortcuts) / sizeof(kShortcuts[0]));
    return kShortcuts;
}

bool drawHelp(bool open) {
    const bool isOpen = ImGui::IsPopupOpen("Keyboard shortcuts");
    if (!open && !isOpen) return false;
    if (open && !isOpen) ImGui::OpenPopup("Keyboard shortcuts");
    bool keepOpen = true;
    ImGui::SetNextWindowPos(ImGui::GetMainViewport()->GetCenter(), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    if (ImGui::BeginPopupModal("Keyboard shortcuts", &keepOpen, ImGuiWindowFlags_AlwaysAutoResize)) {
        keepOpen = keepOpen && open;  // closed by F1 / Esc in the shortcut handler
        if (ImGui::BeginTable("##shortcuts", 2, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerV)) {
            int n = 0;
            const Shortcut* s = shortcuts(n);
            for (int i = 0; i < n; ++i) {
                ImGui::TableNextRow();
                ImGui::TableNextColumn();
                ImGui::TextUnformatted(s[i].keys);
                ImGui::TableNextColumn();
                ImGui::TextUnformatted(s[i].action);
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
