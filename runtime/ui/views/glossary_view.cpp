#include "ui/views/glossary_view.h"
#include "ui/widgets/column_rule.h"

#include <imgui.h>

#include <algorithm>

namespace lectern::ui {

void drawGlossary(const UiEnv& env, GlossaryRequest& request) {
    const Course& course = *env.course;
    const float px = env.fonts->basePx;
    ImGui::BeginChild("##glossary", ImVec2(0, 0), false);
    const float colW = std::min(ImGui::GetContentRegionAvail().x, px * 40);
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + std::max(0.0f, (ImGui::GetContentRegionAvail().x - colW) * 0.5f));
    ImGui::BeginGroup();
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + colW);
    ImGui::PushFont(env.fonts->h1);
    ImGui::TextUnformatted("Glossary");
    ImGui::PopFont();
    if (ImGui::Button("Back (Esc)")) env.post(OpenCatalogue{});
    if (course.glossary.empty()) ImGui::TextUnformatted("This course has no glossary.");
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
    ImGui::PopTextWrapPos();
    ImGui::EndGroup();
    ImGui::EndChild();
}

} // namespace lectern::ui
