#include "ui/views/link_dialog.h"

#include "i18n/tr.h"

#include "ui/keys.h"
#include "ui/widgets/url_display.h"

#include <imgui.h>

#include <cfloat>

namespace lectern::ui {

bool LinkDialog::handleKeys() {
    if (!m_failed.empty() && m_pending.empty()) {
        if (ImGui::IsKeyPressed(keys::Enter, false) || ImGui::IsKeyPressed(keys::KeypadEnter, false)) {
            ImGui::SetClipboardText(m_failed.c_str());
            m_copied = true;
        } else if (ImGui::IsKeyPressed(keys::Escape, false)) {
            m_failed.clear();
        }
        return true;
    }
    if (m_pending.empty()) return false;
    if (ImGui::IsKeyPressed(keys::Enter, false) || ImGui::IsKeyPressed(keys::KeypadEnter, false)) {
        m_confirmed = m_pending;
        m_pending.clear();
    } else if (ImGui::IsKeyPressed(keys::Escape, false)) {
        m_pending.clear();
    }
    return true;
}

std::optional<std::string> LinkDialog::takeConfirmed() {
    std::optional<std::string> url;
    url.swap(m_confirmed);
    return url;
}

bool drawLinkToCopy(const std::string& url, const FontSet& fonts, const Theme& theme, bool copied) {
    ImGui::PushTextWrapPos(fonts.basePx * 34);
    ImGui::TextUnformatted(tr("No browser could open this link. Copy it and paste it into your browser's address bar:"));
    ImGui::PopTextWrapPos();
    // Read-only but selectable, so it can also be copied with the mouse or Ctrl+A, Ctrl+C.
    std::string shown = url;
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(theme.link));
    ImGui::InputTextMultiline("##failed-link", shown.data(), shown.size() + 1,
                              ImVec2(fonts.basePx * 34, ImGui::GetTextLineHeight() * 3.5f), ImGuiInputTextFlags_ReadOnly);
    ImGui::PopStyleColor();
    ImGui::LogText("%s\n", url.c_str());
    return ImGui::Button(copied ? tr("Copied (Enter copies again)") : tr("Copy the link (Enter)"));
}

void LinkDialog::drawFailure(const FontSet& fonts, const Theme& theme) {
    const char* title = tr("The link did not open");
    if (!m_failed.empty() && !m_failedOpen && !m_open) {
        ImGui::OpenPopup(title);
        m_failedOpen = true;
        m_copied = false;
    }
    if (!m_failedOpen) return;
    ImGui::SetNextWindowPos(ImGui::GetMainViewport()->GetCenter(), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSizeConstraints(ImVec2(0, 0), ImVec2(fonts.basePx * 36, FLT_MAX));
    if (ImGui::BeginPopupModal(title, nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
        if (drawLinkToCopy(m_failed, fonts, theme, m_copied)) {
            ImGui::SetClipboardText(m_failed.c_str());
            m_copied = true;
        }
        ImGui::SameLine();
        if (ImGui::Button(tr("Close (Esc)"))) m_failed.clear();
        if (m_failed.empty()) {
            ImGui::CloseCurrentPopup();
            m_failedOpen = false;
        }
        ImGui::EndPopup();
    } else {
        m_failedOpen = false;
        m_failed.clear();
    }
}

void LinkDialog::draw(const FontSet& fonts, const Theme& theme) {
    drawFailure(fonts, theme);
    const char* title = tr("Open this link in your browser?");
    if (!m_pending.empty() && !m_open) {
        ImGui::OpenPopup(title);
        m_open = true;
        m_shown = m_pending;
    }
    if (!m_open) return;
    ImGui::SetNextWindowPos(ImGui::GetMainViewport()->GetCenter(), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSizeConstraints(ImVec2(0, 0), ImVec2(fonts.basePx * 36, FLT_MAX));
    if (ImGui::BeginPopupModal(title, nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
        ImGui::PushTextWrapPos(fonts.basePx * 34);
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(theme.link));
        drawLinkForConfirmation(m_shown, fonts, theme, fonts.basePx * 34);  // host first, whole (widgets/url_display.h)
        ImGui::PopStyleColor();
        ImGui::PopTextWrapPos();
        ImGui::TextUnformatted(tr("You may be offline: the page may not load."));
        if (ImGui::Button(tr("Open in browser (Enter)")) && !m_pending.empty()) {
            m_confirmed = m_pending;
            m_pending.clear();
        }
        ImGui::SameLine();
        if (ImGui::Button(tr("Cancel (Esc)"))) m_pending.clear();
        // Closed by a button here or by Enter / Esc in handleKeys.
        if (m_pending.empty()) {
            ImGui::CloseCurrentPopup();
            m_open = false;
        }
        ImGui::EndPopup();
    } else {
        m_open = false;
        m_pending.clear();
    }
}

} // namespace lectern::ui
