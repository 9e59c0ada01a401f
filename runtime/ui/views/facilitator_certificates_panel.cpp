#include "ui/views/facilitator_certificates_panel.h"

#include "i18n/tr.h"

#include "certificate/certificate_jobs.h"

#include <imgui.h>

#include <cstdlib>
#include <ctime>

namespace lectern::ui {

void FacilitatorCertificatesPanel::draw(const UiEnv& env) {
    if (!env.certificates || !env.course) return;
    certificate::CertificateJobs& jobs = *env.certificates;
    const certificate::JobsState s = jobs.state();
    if (!m_asked) {
        jobs.checkKey();
        m_asked = true;
    }
    ImGui::TextWrapped(tr("Issue a signed PDF certificate to every learner who completed \"%s\"."), env.course->title.c_str());
    if (!s.keyChecked) {
        ImGui::TextDisabled("%s", tr("Looking for the issuer's key…"));
        return;
    }
    if (!s.keyExists) {
        ImGui::TextWrapped("%s", tr("No issuer's key on this computer: create one with `lectern keys init --issuer NAME` "
                                    "in a terminal, then come back here."));
        return;
    }
    if (m_folder.empty()) {
        // HOME is read from memory; the folder is made by the worker.
        const char* home = std::getenv("HOME");
        std::time_t t = std::time(nullptr);
        char day[16];
        std::strftime(day, sizeof day, "%Y-%m-%d", std::localtime(&t));
        m_folder = std::string(home ? home : ".") + "/Documents/Lectern certificates/" + day;
    }
    m_folderField.draw(env, m_folder, env.fonts->basePx * 30);
    ImGui::BeginDisabled(s.running);
    if (ImGui::Button(s.running ? tr("Issuing certificates…") : tr("Issue certificates"))) {
        m_seenFinished = s.finished;
        jobs.issueAll(*env.course, m_folder);
    }
    ImGui::EndDisabled();
    if (m_seenFinished >= 0 && s.finished > m_seenFinished) {
        if (s.failed) ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(env.theme->wrong));
        ImGui::TextWrapped("%s", s.message.c_str());
        if (s.failed) ImGui::PopStyleColor();
    }
}

} // namespace lectern::ui
