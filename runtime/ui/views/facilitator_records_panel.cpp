#include "ui/views/facilitator_records_panel.h"

#include "i18n/tr.h"

#include "ui/keys.h"
#include "sync/bundle_jobs.h"
#include "sync/sync_status_text.h"
#include "sync/sync_worker.h"
#include "util/time_format.h"

#include <imgui.h>

#include <cstdlib>

namespace lectern::ui {

void FacilitatorRecordsPanel::draw(const UiEnv& env) {
    if (!env.sync) {
        ImGui::TextDisabled("%s", tr("Records are not sent from this window."));
        return;
    }
    // The LRS line first: it is what a facilitator opens the panel for (issue 14).
    drawLrsStatus(env);
    ImGui::Separator();
    drawUsb(env);
}

void FacilitatorRecordsPanel::drawLrsStatus(const UiEnv& env) {
    const sync::SyncWorkerState s = env.sync->state();
    if (!s.checked) {
        ImGui::TextDisabled("%s", tr("Looking at the records waiting…"));
        return;
    }
    const int64_t now = util::nowMs();
    ImGui::TextWrapped("%s", sync::statusSummary(s.outbox, now).c_str());
    if (!s.configured) {
        ImGui::TextWrapped(
            "%s", tr("No learning record store is configured on this computer, so records stay here. To send them to "
                     "your ministry's LRS, run in a terminal:"));
        ImGui::TextUnformatted("  lectern config set lrs.endpoint https://lrs.example.org/data/xAPI");
        ImGui::TextUnformatted("  lectern config set lrs.key KEY");
        ImGui::TextUnformatted("  lectern config set lrs.secret");
    } else {
        ImGui::TextWrapped(tr("Learning record store: %s"), s.endpoint.c_str());
    }
    if (!s.configError.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(env.theme->wrong));
        ImGui::TextWrapped("%s", s.configError.c_str());
        ImGui::PopStyleColor();
    }
    ImGui::TextWrapped(tr("Sent %lld, waiting %lld, flagged %lld. Kept on this computer: %lld (notes, and "
                          "reflections not shared with you)."),
                       (long long)s.outbox.sent, (long long)s.outbox.waiting, (long long)s.outbox.flaggedTotal(),
                       (long long)s.outbox.kept);
    if (!s.outbox.lastError.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(env.theme->wrong));
        ImGui::TextWrapped(tr("Last error: %s"), s.outbox.lastError.c_str());
        ImGui::PopStyleColor();
        if (s.nextTryMs > now)
            ImGui::TextWrapped(tr("Trying again at %s."), sync::localTimeLabel(s.nextTryMs, now).c_str());
    }
    ImGui::BeginDisabled(!s.configured || s.running);
    const bool canSend = s.configured && !s.running;
    if (ImGui::Button(s.running ? tr("Sending…") : tr("Send now (F5)")) || (canSend && ImGui::IsKeyPressed(keys::function(5), false)))
        env.sync->syncNow();
    ImGui::EndDisabled();
    if (!s.outbox.flagged.empty()) {
        ImGui::Spacing();
        ImGui::TextWrapped("%s", tr("Records the LRS did not accept (give these ids to its administrator; `lectern sync "
                                    "--status` lists them all):"));
        for (const sync::FlaggedStatement& f : s.outbox.flagged)
            ImGui::BulletText("%s %s (HTTP %d): %s", f.state.c_str(), f.statementId.c_str(), f.httpStatus, f.message.c_str());
    }
}

void FacilitatorRecordsPanel::drawUsb(const UiEnv& env) {
    if (!env.bundles) return;
    const sync::BundleJobsState s = env.bundles->state();
    ImGui::TextUnformatted(tr("USB stick"));
    if (m_folder.empty()) {
        // Where desktops mount a stick; the worker checks it is there (no disk on the UI thread).
        const char* user = std::getenv("USER");
        m_folder = std::string("/media/") + (user ? user : "");
    }
    m_folderField.draw(env, m_folder, env.fonts->basePx * 30);
    ImGui::BeginDisabled(s.running);
    if (ImGui::Button(tr("Export this computer's progress"))) {
        m_seenFinished = s.finished;
        env.bundles->exportTo(m_folder);
    }
    ImGui::SameLine();
    if (ImGui::Button(tr("Import progress from the folder"))) {
        m_seenFinished = s.finished;
        env.bundles->importFrom(m_folder);
    }
    ImGui::EndDisabled();
    if (s.running) ImGui::TextDisabled("%s", tr("Working…"));
    if (m_seenFinished >= 0 && s.finished > m_seenFinished) {
        if (s.failed) ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(env.theme->wrong));
        for (const std::string& line : s.lines) ImGui::TextWrapped("%s", line.c_str());
        if (s.failed) ImGui::PopStyleColor();
    }
}

} // namespace lectern::ui
