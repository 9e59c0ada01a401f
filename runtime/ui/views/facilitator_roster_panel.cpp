#include "ui/views/facilitator_roster_panel.h"

#include "i18n/tr.h"

#include "util/time_format.h"
#include "ui/widgets/text_editor.h"

#include <imgui.h>

namespace lectern::ui {

void FacilitatorRosterPanel::draw(const UiEnv& env, session::ProfileService& profiles, const session::ProfileState& state,
                                  float width) {
    ImGui::TextWrapped("%s", tr("A CSV file with the columns external_id, full_name, group and (optional) pin. A "
                                "roster with any bad row imports nothing."));
    TextEditorOptions field;
    field.singleLine = true;
    field.placeholder = "/path/to/roster.csv";  // a path reads left to right in any interface
    ImGui::SetNextItemWidth(width);
    m_pathBox.draw("##roster-path", m_path, field);
    field.placeholder = tr("Session name (optional, today)");
    field.rightToLeft = env.rightToLeft;
    ImGui::SetNextItemWidth(width * 0.6f);
    m_sessionBox.draw("##roster-session", m_session, field);
    ImGui::Checkbox(tr("Dry run (show what would change, write nothing)"), &m_dryRun);
    if (ImGui::Button(m_dryRun ? tr("Check the roster") : tr("Import the roster")) && !m_path.empty()) {
        roster::ImportOptions options;
        options.dryRun = m_dryRun;
        if (!m_session.empty()) {
            options.sessionName = m_session;
            options.sessionDay = util::localDateMinutes(util::nowMs()).substr(0, 10);
        }
        profiles.importRoster(m_path, options);
        m_asked = true;
    }
    if (!m_asked) return;
    if (!state.importErrors.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(env.theme->wrong));
        ImGui::BeginChild("##roster-errors", ImVec2(width, ImGui::GetTextLineHeightWithSpacing() * 10), true);
        for (const std::string& e : state.importErrors) ImGui::TextWrapped("%s", e.c_str());  // FILE:ROW: error: WHAT
        ImGui::EndChild();
        ImGui::PopStyleColor();
    } else if (state.message.empty()) {
        ImGui::Text(m_dryRun ? tr("Would import: %s") : tr("Imported: %s"), state.lastImport.line().c_str());
    }
}

} // namespace lectern::ui
