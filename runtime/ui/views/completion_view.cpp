#include "ui/views/completion_view.h"

#include "progress_rules/progress_rules.h"
#include "ui/widgets/page_column.h"
#include "ui/widgets/rich_text.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <string>

namespace lectern::ui {

void drawCourseComplete(const UiEnv& env) {
    const Course& course = *env.course;
    const ProgressSnapshot empty;
    const ProgressSnapshot& p = env.progress ? *env.progress : empty;
    const float px = env.fonts->basePx;
    const float colW = beginPageColumn("##complete", px * 36);
    // A large target icon, drawn: the course's "goal reached" mark.
    ImVec2 c = ImGui::GetCursorScreenPos();
    const float r = px * 2.2f;
    drawTargetIcon(ImGui::GetWindowDrawList(), ImVec2(c.x + r, c.y + r), r, env.theme->correct, std::max(2.0f, px * 0.15f));
    ImGui::Dummy(ImVec2(r * 2, r * 2 + px * 0.5f));
    ImGui::PushFont(env.fonts->h1);
    ImGui::TextUnformatted("Course complete");
    ImGui::PopFont();
    std::string line = (p.learnerName.empty() ? std::string("You") : p.learnerName) + " completed \"" + course.title + "\".";
    ImGui::TextUnformatted(line.c_str());
    double seconds = 0;
    for (const auto& [ref, s] : p.secondsOnSection) seconds += s;
    const int minutes = static_cast<int>(std::round(seconds / 60));
    std::string time = "Time spent reading: " + std::to_string(minutes / 60) + " h " + std::to_string(minutes % 60) + " min";
    ImGui::TextUnformatted(time.c_str());
    columnRule(colW);
    for (const auto& m : course.modules) {
        if (!m) continue;
        ModuleProgress mp = moduleProgress(*m, course.completion, p);
        std::string row = (mp.complete ? "Complete: " : "Open: ") + m->meta.title;
        ImGui::TextUnformatted(row.c_str());
    }
    columnRule(colW);
    if (ImGui::Button("Back to the course")) env.post(OpenCatalogue{});
    endPageColumn();
}

} // namespace lectern::ui
