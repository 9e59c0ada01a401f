#include "ui/views/glossary_view.h"

#include "i18n/tr.h"
#include "ui/widgets/page_column.h"

#include <imgui.h>

#include <algorithm>

namespace lectern::ui {

void drawGlossary(const UiEnv& env, GlossaryRequest& request) {
    const Course& course = *env.course;
    const float px = env.fonts->basePx;
    const float colW = beginPageColumn("##glossary", px * 40);
    ImGui::PushFont(env.fonts->h1);
    ImGui::TextUnformatted(tr("Glossary"));
    ImGui::PopFont();
    if (ImGui::Button(tr("Back (Esc)"))) env.post(OpenCatalogue{});
    if (course.glossary.empty()) ImGui::TextUnformatted(tr("This course has no glossary."));
    for (const GlossaryEntry& e : course.glossary) {
        columnRule(colW);
        const bool selected = e.id == request.termId;
        if (selected) {
            ImVec2 p = ImGui::GetCursorScreenPos();
            ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(p.x - 6, p.y), ImVec2(p.x - 2, p.y + px * 2.5f), env.theme->accent);
            if (request.scrollPending) {
                ImGui::SetScrollHereY(0.2f);
                request.scrollPending = false;
            }
        }
        ImGui::PushFont(env.fonts->h3);
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(selected ? env.theme->accent : env.theme->text));
        ImGui::TextUnformatted(e.term.c_str());
        ImGui::PopStyleColor();
        ImGui::PopFont();
        ImGui::TextUnformatted(e.definition.c_str());
    }
    endPageColumn();
}

} // namespace lectern::ui
