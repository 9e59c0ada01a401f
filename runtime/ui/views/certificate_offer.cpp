#include "ui/views/certificate_offer.h"

#include "i18n/tr.h"

#include "certificate/certificate_jobs.h"
#include "progress_rules/progress_rules.h"

#include <imgui.h>

namespace lectern::ui {

void CertificateOffer::draw(const UiEnv& env) {
    if (!env.certificates || !env.progress) return;
    certificate::CertificateJobs& jobs = *env.certificates;
    const certificate::JobsState s = jobs.state();
    if (!s.keyChecked && !m_keyAsked) {
        jobs.checkKey();
        m_keyAsked = true;
    }
    if (m_learner != env.scope.learner) {  // another learner signed in: their own offer
        m_learner = env.scope.learner;
        m_seenFinished = -1;
    }
    if (!courseProgress(*env.course, *env.progress).complete) return;
    if (!s.keyChecked) {
        ImGui::TextDisabled("%s", tr("Certificate: checking…"));
        return;
    }
    if (!s.keyExists) {
        ImGui::TextWrapped("%s", tr("Certificate: this computer has no issuer's key, so it cannot sign one. Your "
                                    "facilitator can issue it (lectern keys init, then facilitator mode's \"Certificates\")."));
        return;
    }
    ImGui::TextWrapped("%s", tr("Certificate: a PDF with your name, this course, your score and a code anyone can check."));
    ImGui::BeginDisabled(s.running);
    if (ImGui::Button(s.running ? tr("Saving certificate…") : tr("Save certificate (PDF)"))) {
        m_seenFinished = s.finished;
        jobs.issueForLearner(*env.course, env.scope.learner);
    }
    ImGui::EndDisabled();
    if (m_seenFinished >= 0 && s.finished > m_seenFinished && !s.message.empty()) {
        if (s.failed) ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(env.theme->wrong));
        ImGui::TextWrapped("%s", s.message.c_str());
        if (s.failed) ImGui::PopStyleColor();
    }
}

} // namespace lectern::ui
