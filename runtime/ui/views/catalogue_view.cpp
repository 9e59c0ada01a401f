#include "ui/views/catalogue_view.h"

#include "text/text_direction.h"

#include "i18n/long_date.h"
#include "i18n/tr.h"
#include "progress_rules/progress_rules.h"
#include "ui/views/content_language.h"
#include "ui/views/nav_focus.h"
#include "ui/widgets/flow_button.h"
#include "ui/widgets/page_column.h"
#include "ui/widgets/tab_ring.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <string>

namespace lectern::ui {

namespace {

const Module* findModule(const Course& c, const std::string& id) {
    for (const auto& m : c.modules)
        if (m && m->meta.id == id) return m.get();
    return nullptr;
}

const Section* findSection(const Module& m, const std::string& id) {
    for (const Section& s : m.sections)
        if (s.id == id) return &s;
    return nullptr;
}

// Wraps at the column's wrap position (pushed by drawCatalogue).
void wrapped(const std::string& s) { ImGui::TextUnformatted(s.data(), s.data() + s.size()); }

// Rounded down, so 99.6 % is never shown as a finished "100%".
int percentOf(double fraction) { return static_cast<int>(std::floor(std::clamp(fraction, 0.0, 1.0) * 100)); }

std::string minutesText(int minutes) {
    if (minutes <= 0) return {};
    if (minutes < 60) return formatText(trn("about %d min", "about %d min", minutes), minutes);
    return formatText(tr("about %d h %d min"), minutes / 60, minutes % 60);
}

// " · " between the parts of a module's details line.
void addDetail(std::string& details, const std::string& part) {
    if (part.empty()) return;
    if (!details.empty()) details += tr(" · ");
    details += part;
}

} // namespace

void drawCatalogue(const UiEnv& env, CatalogueRequest& request) {
    const Course& course = *env.course;
    const ProgressSnapshot empty;
    const ProgressSnapshot& progress = env.progress ? *env.progress : empty;
    const Theme& theme = *env.theme;
    const float px = env.fonts->basePx;

    const float colW = beginPageColumn("##catalogue", px * 44);
    ImGui::PushFont(env.fonts->h1);
    ImGui::TextUnformatted(course.title.c_str());
    ImGui::PopFont();
    if (!course.summary.empty()) ImGui::TextUnformatted(course.summary.c_str());
    CourseProgress cp = courseProgress(course, progress);
    ImGui::Spacing();
    ImGui::ProgressBar(static_cast<float>(cp.fraction), ImVec2(colW, 0),
                       formatText(trn("%d of %d module complete · %d%% of the course done",
                                      "%d of %d modules complete · %d%% of the course done", cp.modulesTotal),
                                  cp.modulesComplete, cp.modulesTotal, percentOf(cp.fraction))
                           .c_str());
    if (cp.complete) {
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(theme.correct));
        ImGui::TextUnformatted(tr("You have completed this course."));
        ImGui::PopStyleColor();
    }
    ImGui::Spacing();

    bool focusedOne = false;
    auto focusHere = [&] {
        if (request.focusFirstFrames > 0 && !focusedOne) {
            focusLastItem();
            focusedOne = true;
        }
    };
    // Continue where you left off.
    if (progress.resume) {
        const Module* m = findModule(course, progress.resume->section.moduleId);
        const Section* s = m ? findSection(*m, progress.resume->section.sectionId) : nullptr;
        if (m) {
            std::string label = s ? formatText(tr("Continue where you left off: %s — %s"), m->meta.title.c_str(), s->title.c_str())
                                  : formatText(tr("Continue where you left off: %s"), m->meta.title.c_str());
            ImGui::PushFont(env.fonts->bold);
            if (ImGui::Button(label.c_str(), ImVec2(colW, 0)))
                env.post(OpenModule{m->meta.id, s ? s->id : std::string()});
            ImGui::PopFont();
            tabStop(env);
            focusHere();
            ImGui::Spacing();
        }
    }

    ImGui::PushFont(env.fonts->h2);
    ImGui::TextUnformatted(tr("Modules"));
    ImGui::PopFont();
    int index = 0;
    for (const auto& mp : course.modules) {
        if (!mp) continue;
        const Module& m = *mp;
        ++index;
        ModuleProgress p = moduleProgress(m, course.completion, progress);
        ImGui::PushID(m.meta.id.c_str());
        columnRule(colW);
        std::string title = std::to_string(index) + ". " + m.meta.title;
        ImGui::PushFont(env.fonts->bold);
        // A right-to-left title starts at the button's right.
        const bool rtlTitle = lectern::text::firstStrongDirection(m.meta.title) == lectern::text::BaseDirection::RightToLeft;
        ImGui::PushStyleVar(ImGuiStyleVar_ButtonTextAlign, ImVec2(rtlTitle ? 1.0f : 0.0f, 0.5f));
        const bool open = ImGui::Button(title.c_str(), ImVec2(colW, 0));
        ImGui::PopStyleVar();
        ImGui::PopFont();
        tabStop(env);
        focusHere();
        if (open) env.post(OpenModule{m.meta.id, {}});
        if (const std::string langs = languageCodesLine(m.languages); !langs.empty()) {
            ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(theme.textMuted));
            // The interface's own line: at the card's right in a right-to-left one, like the bar.
            if (env.rightToLeft)
                ImGui::SetCursorPosX(ImGui::GetCursorPosX() + std::max(0.0f, colW - ImGui::CalcTextSize(langs.c_str()).x));
            wrapped(langs);
            ImGui::PopStyleColor();
        }
        if (!m.meta.summary.empty()) wrapped(m.meta.summary);
        std::string state = p.complete  ? std::string(tr("Complete"))
                            : p.started ? formatText(tr("In progress · %d%%"), percentOf(p.fraction))
                                        : std::string(tr("Not started"));
        std::string details = formatText(trn("%d of %d section read", "%d of %d sections read", p.sectionsTotal),
                                         p.sectionsRead, p.sectionsTotal);
        if (p.quizzesTotal)
            addDetail(details, formatText(trn("%d of %d quiz passed", "%d of %d quizzes passed", p.quizzesTotal),
                                          p.quizzesPassed, p.quizzesTotal));
        // Shown whenever they count, so "In progress" with every section read explains itself.
        if (p.reflectionsTotal && course.completion.reflectionsAnswered)
            addDetail(details, formatText(trn("%d of %d reflection written", "%d of %d reflections written",
                                              p.reflectionsTotal),
                                          p.reflectionsAnswered, p.reflectionsTotal));
        addDetail(details, minutesText(m.meta.estimatedMinutes));
        if (m.meta.reviewed)
            addDetail(details, formatText(tr("Facts as of %s"), i18n::longDate(*m.meta.reviewed).c_str()));
        const float barW = colW * 0.35f;
        const ImVec2 row = ImGui::GetCursorScreenPos();
        // Right to left, the bar is at the right and the figures end beside it.
        if (env.rightToLeft) ImGui::SetCursorScreenPos(ImVec2(row.x + colW - barW, row.y));
        ImGui::ProgressBar(static_cast<float>(p.fraction), ImVec2(barW, 0), state.c_str());
        if (env.rightToLeft) ImGui::SetCursorScreenPos(row);
        else ImGui::SameLine();
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(theme.textMuted));
        if (env.rightToLeft) ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + colW - barW - ImGui::GetStyle().ItemSpacing.x);
        ImGui::TextUnformatted(details.c_str());
        if (env.rightToLeft) ImGui::PopTextWrapPos();
        ImGui::PopStyleColor();
        ImGui::PopID();
    }
    if (course.modules.empty()) ImGui::TextUnformatted(tr("This course has no modules yet."));
    ImGui::Spacing();
    columnRule(colW);
    // One row of buttons while it fits the column, more rows at large text.
    const float left = ImGui::GetCursorScreenPos().x;
    const FlowColumn column{left, left + colW, env.rightToLeft};
    bool first = true;
    auto button = [&](const char* label) {
        const bool pressed = flowButton(label, column, first);
        tabStop(env);
        first = false;
        return pressed;
    };
    if (!course.glossary.empty() && button(tr("Glossary"))) env.post(OpenGlossary{});
    if (button(tr("Search (Ctrl+F)"))) env.post(OpenSearch{});
    if (button(tr("My bookmarks and notes (Ctrl+M)"))) env.post(OpenMyNotes{});
    if (!progress.learnerName.empty()) {
        std::string label = formatText(tr("Not %s? Change learner"), progress.learnerName.c_str());
        if (button(label.c_str())) request.switchLearner = true;
    }
    endPageColumn();
    if (request.focusFirstFrames > 0) --request.focusFirstFrames;
}

} // namespace lectern::ui
