#include "ui/views/problems_panel.h"

#include "i18n/tr.h"

#include "platform/editor_launch.h"
#include "ui/keys.h"

#include <algorithm>
#include <cstdlib>

namespace lectern::ui {

ProblemsPanel::ProblemsPanel() {
    const char* visual = std::getenv("VISUAL");
    const char* editor = std::getenv("EDITOR");
    m_editorSet = (visual && *visual) || (editor && *editor);
}

void ProblemsPanel::follow(const session::CourseWatcher& watcher) {
    // state() copies the diagnostics: only when they changed.
    if (m_haveState && watcher.serial() == m_state.serial) return;
    follow(watcher.state());
}

void ProblemsPanel::follow(const session::AuthorState& state) {
    if (m_haveState && state.serial == m_state.serial) return;
    m_haveState = true;
    m_state = state;
    if (m_selected >= m_state.diagnostics.items().size()) m_selected = 0;
    // Errors bring the panel up; when they are fixed it goes again (opened with F8 for the
    // warnings alone, it stays).
    const bool errors = m_state.diagnostics.hasErrors() || !m_state.keptModules.empty();
    if (errors) m_open = true;
    else if (m_hadErrors) m_open = false;
    m_hadErrors = errors;
}

void ProblemsPanel::toggle() {
    if (m_open && !m_focused) {  // shown by a reload: F8 gives it the keyboard first
        m_focusRequest = true;
        return;
    }
    m_open = !m_open;
    m_focusRequest = m_open;
}

std::vector<std::string> ProblemsPanel::rows() const {
    std::vector<std::string> out;
    for (const Diagnostic& d : m_state.diagnostics.items()) out.push_back(d.format());
    return out;
}

std::optional<ImVec2> ProblemsPanel::rowCenter(size_t i) const {
    if (i >= m_rowRects.size()) return std::nullopt;
    const auto& [a, b] = m_rowRects[i];
    return ImVec2((a.x + b.x) * 0.5f, (a.y + b.y) * 0.5f);
}

std::string ProblemsPanel::launchStatus() const {
    std::lock_guard lock(m_launch->mutex);
    return m_launch->status;
}

void ProblemsPanel::choose(size_t i, const std::function<void()>& wake) {
    const auto& items = m_state.diagnostics.items();
    if (i >= items.size()) return;
    m_selected = i;
    const Diagnostic& d = items[i];
    platform::EditorCommand cmd = platform::editorCommandFromEnvironment(d.file, d.pos.line, d.pos.col);
    {
        std::lock_guard lock(m_launch->mutex);
        m_launch->status = cmd.error.empty() ? formatText(tr("Opening %s at line %d in %s…"), d.file.c_str(),
                                                          std::max(1, d.pos.line), cmd.editor.c_str())
                                             : cmd.error;
    }
    if (!cmd.error.empty()) return;
    // The spawn and the wait run on the launcher's thread; `launch` outlives the panel if it must.
    platform::launchEditor(std::move(cmd), [launch = m_launch, wake, file = d.file](const std::string& error) {
        {
            std::lock_guard lock(launch->mutex);
            launch->status = error.empty() ? formatText(tr("The editor closed %s."), file.c_str()) : error;
        }
        if (wake) wake();
    });
}

void ProblemsPanel::draw(const UiEnv& env, const std::function<void()>& wake) {
    m_rowRects.clear();
    m_focused = false;
    if (!m_open) return;
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    const float h = std::max(vp->WorkSize.y * 0.3f, env.fonts->basePx * 8);
    ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x, vp->WorkPos.y + vp->WorkSize.y - h), ImGuiCond_Always);
    ImGui::SetNextWindowSize(ImVec2(vp->WorkSize.x, h), ImGuiCond_Always);
    if (m_focusRequest) ImGui::SetNextWindowFocus();
    const auto& items = m_state.diagnostics.items();
    const int errors = static_cast<int>(m_state.diagnostics.errorCount());
    const int warnings = static_cast<int>(m_state.diagnostics.warningCount());
    const std::string title = formatText(tr("Problems (%s, %s)"), formatText(trn("%d error", "%d errors", errors), errors).c_str(),
                                         formatText(trn("%d warning", "%d warnings", warnings), warnings).c_str()) +
                              "###author-problems";
    // No close button: F8 hides the panel (a close button could take the Enter meant for a row).
    if (!ImGui::Begin(title.c_str(), nullptr, ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoCollapse |
                                                ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoNavInputs |
                                                // Shown by a reload: the reader keeps the keyboard (F8 moves it here).
                                                ImGuiWindowFlags_NoFocusOnAppearing)) {
        ImGui::End();
        return;
    }
    m_focusRequest = false;
    m_focused = ImGui::IsWindowFocused(ImGuiFocusedFlags_RootAndChildWindows);
    if (!m_state.watchError.empty()) ImGui::TextWrapped(tr("Live reload is off: %s"), m_state.watchError.c_str());
    if (!m_state.keptModules.empty()) {
        std::string kept;
        for (const std::string& k : m_state.keptModules) kept += (kept.empty() ? "" : ", ") + k;
        ImGui::TextWrapped(tr("The last good version stays on screen for: %s. Fix the errors below and save."), kept.c_str());
    }
    if (items.empty()) ImGui::TextUnformatted(tr("No problems in this course."));
    if (!m_editorSet)
        ImGui::TextWrapped("%s", tr("No editor is set: set $VISUAL or $EDITOR (vi, vim, nvim, nano, emacs, micro, gedit, "
                                    "kate, code...) before starting Lectern to open a problem at its line."));
    else
        ImGui::TextDisabled("%s", tr("Enter or a click opens the problem in your editor ($VISUAL or $EDITOR); Up/Down choose; F8 hides this."));
    if (m_focused && !items.empty()) {
        if (ImGui::IsKeyPressed(keys::Down, true)) m_selected = std::min(items.size() - 1, m_selected + 1);
        if (ImGui::IsKeyPressed(keys::Up, true) && m_selected > 0) --m_selected;
        if (ImGui::IsKeyPressed(keys::Home, false)) m_selected = 0;
        if (ImGui::IsKeyPressed(keys::End, false)) m_selected = items.size() - 1;
    }
    const bool enter = m_focused && (ImGui::IsKeyPressed(keys::Enter, false) || ImGui::IsKeyPressed(keys::KeypadEnter, false));
    std::optional<size_t> chosen;
    ImGui::BeginChild("##problem-rows", ImVec2(0, -ImGui::GetFrameHeightWithSpacing()), false);
    for (size_t i = 0; i < items.size(); ++i) {
        const Diagnostic& d = items[i];
        const std::string row = d.format();
        ImGui::PushID(static_cast<int>(i));
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(d.severity == Severity::Error ? env.theme->wrong : env.theme->text));
        if (ImGui::Selectable(row.c_str(), m_selected == i)) chosen = i;
        ImGui::PopStyleColor();
        m_rowRects.emplace_back(ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
        if (m_selected == i && m_focused && (ImGui::IsKeyPressed(keys::Down, true) || ImGui::IsKeyPressed(keys::Up, true)))
            ImGui::SetScrollHereY(0.5f);
        ImGui::PopID();
    }
    for (const std::string& o : m_state.orphaned)
        ImGui::TextDisabled(tr("orphaned: %s is no longer in the course; progress recorded for it is kept"), o.c_str());
    ImGui::EndChild();
    // Enter opens the row chosen with Up/Down (whatever row a click left ImGui's focus on).
    if (enter && !items.empty()) chosen = m_selected;
    if (const std::string s = launchStatus(); !s.empty()) ImGui::TextUnformatted(s.c_str());
    ImGui::End();
    if (chosen) choose(*chosen, wake);
}

} // namespace lectern::ui
