// Index
//   [SECTION] Scores and durations
//   [SECTION] The module-complete moment
//   [SECTION] The course-complete page
#include "ui/views/completion_view.h"

#include "i18n/tr.h"

#include "progress_rules/progress_rules.h"
#include "ui/views/nav_focus.h"
#include "ui/widgets/page_column.h"
#include "ui/widgets/rich_text.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>

namespace lectern::ui {

//-----------------------------------------------------------------------------
// [SECTION] Scores and durations
//-----------------------------------------------------------------------------

ModuleScore moduleScore(const Module& module, const ProgressSnapshot& progress) {
    ModuleScore s;
    for (const Quiz& q : module.quizzes) {
        ++s.quizzes;
        if (const QuizAttempt* best = progress.bestAttempt(module.meta.id, q.id)) {
            ++s.attempted;
            s.score += best->score;
            s.maxScore += best->maxScore;
        }
    }
    return s;
}

std::string scoreText(const ModuleScore& s) {
    if (s.quizzes == 0) return tr("no quiz");
    if (s.attempted == 0) return tr("not tried yet");
    const double percent = s.maxScore > 0 ? 100.0 * s.score / s.maxScore : 100.0;
    const double shownPercent = std::floor(percent + 1e-9);
    const int untried = s.quizzes - s.attempted;
    if (untried <= 0) return formatText(tr("%g of %g (%.0f%%)"), s.score, s.maxScore, shownPercent);
    return formatText(trn("%g of %g (%.0f%%), %d quiz not tried", "%g of %g (%.0f%%), %d quizzes not tried", untried),
                      s.score, s.maxScore, shownPercent, untried);
}

std::string durationText(double seconds) {
    const int minutes = static_cast<int>(std::round(std::max(0.0, seconds) / 60));
    if (minutes == 0) return tr("less than a minute");
    if (minutes < 60) return formatText(trn("%d min", "%d min", minutes), minutes);
    return formatText(tr("%d h %02d min"), minutes / 60, minutes % 60);
}

namespace {

// The module after `done` in course order that is not complete yet, else the first one
// before it; null when every module is complete.
const Module* nextOpenModule(const Course& course, const ProgressSnapshot& p, const Module& done) {
    const Module* before = nullptr;
    bool after = false;
    for (const auto& m : course.modules) {
        if (!m) continue;
        if (m.get() == &done) {
            after = true;
            continue;
        }
        if (isModuleComplete(*m, course.completion, p)) continue;
        if (after) return m.get();
        if (!before) before = m.get();
    }
    return before;
}

} // namespace

//-----------------------------------------------------------------------------
// [SECTION] The module-complete moment
//-----------------------------------------------------------------------------

void ModuleCompleteMoment::observe(const Course& course, const ProgressSnapshot& progress) {
    std::set<std::string> complete;
    for (const auto& m : course.modules)
        if (m && isModuleComplete(*m, course.completion, progress)) complete.insert(m->meta.id);
    const bool sameLearner = m_course == &course && m_learner == progress.learner;
    if (!sameLearner) {
        dismiss();
    } else {
        for (const std::string& id : complete)
            if (!m_complete.count(id)) {
                m_moduleId = id;
                m_focusGiven = false;
            }
    }
    m_course = &course;
    m_learner = progress.learner;
    m_complete = std::move(complete);
}

bool ModuleCompleteMoment::draw(const UiEnv& env, bool mayTakeFocus) {
    m_focused = false;
    if (m_moduleId.empty() || !env.course || !env.progress) return false;
    const Module* module = env.course->findModule(m_moduleId);
    if (!module) {
        dismiss();
        return false;
    }
    const ProgressSnapshot& p = *env.progress;
    const float px = env.fonts ? env.fonts->basePx : ImGui::GetFontSize();
    bool closed = false;
    const float pad = px * 0.6f;
    // Its own child window: the page's window gives a click on its background back to the
    // text, and the moment's buttons must keep the keyboard. The box is sized from last frame.
    ImGui::PushID("##module-complete");
    ImGui::PushStyleColor(ImGuiCol_ChildBg, ImGui::ColorConvertU32ToFloat4(env.theme->goalsBg));
    ImGui::PushStyleColor(ImGuiCol_Border, ImGui::ColorConvertU32ToFloat4(env.theme->goalsBorder));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(pad, pad));
    ImGui::BeginChild("##moment", ImVec2(0, m_height > 0 ? m_height : px * 6), true,
                      ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse | ImGuiWindowFlags_AlwaysUseWindowPadding);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    ImGui::PushTextWrapPos(0);
    ImGui::BeginGroup();
    const ImVec2 iconAt = ImGui::GetCursorScreenPos();
    drawTargetIcon(dl, ImVec2(iconAt.x + px * 0.5f, iconAt.y + px * 0.6f), px * 0.5f, env.theme->correct,
                   std::max(1.5f, px * 0.1f));
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + px * 1.4f);
    if (env.fonts && env.fonts->bold) ImGui::PushFont(env.fonts->bold);
    ImGui::TextUnformatted(formatText(tr("Module complete: %s"), module->meta.title.c_str()).c_str());
    if (env.fonts && env.fonts->bold) ImGui::PopFont();
    const ModuleProgress mp = moduleProgress(*module, env.course->completion, p);
    const ModuleScore score = moduleScore(*module, p);
    std::string facts = score.quizzes ? formatText(tr("Quiz score: %s. Time spent: %s."), scoreText(score).c_str(),
                                                   durationText(mp.secondsOnTask).c_str())
                                      : formatText(tr("Time spent: %s."), durationText(mp.secondsOnTask).c_str());
    ImGui::TextWrapped("%s", facts.c_str());
    const Module* next = nextOpenModule(*env.course, p, *module);
    if (next) {
        ImGui::TextWrapped(tr("Next: %s."), next->meta.title.c_str());
        if (ImGui::Button(("Open the next module: " + next->meta.title + "##next").c_str())) {
            env.post(OpenModule{next->meta.id, {}});
            closed = true;
        }
    } else {
        ImGui::TextWrapped("%s", tr("That was the last module: you have completed the course."));
        if (ImGui::Button(tr("See your course summary"))) {
            env.post(OpenCatalogue{});  // the course page shows the completion page first, once
            closed = true;
        }
    }
    // The way on has the keyboard once (Tab and the arrows reach tr("Dismiss"); Esc closes).
    if (mayTakeFocus && !m_focusGiven) {
        focusLastItem();
        m_focusGiven = true;
    }
    ImGui::SameLine();
    if (ImGui::Button(tr("Dismiss"))) closed = true;
    ImGui::EndGroup();
    ImGui::PopTextWrapPos();
    const float height = std::ceil(ImGui::GetItemRectMax().y - ImGui::GetWindowPos().y + pad);
    if (std::fabs(height - m_height) > 0.5f && env.wakeIn) env.wakeIn(0);  // drawn again at its size
    m_height = height;
    m_focused = ImGui::IsWindowFocused();
    ImGui::EndChild();
    ImGui::PopStyleVar();
    ImGui::PopStyleColor(2);
    ImGui::PopID();
    if (closed) dismiss();
    return closed;
}

//-----------------------------------------------------------------------------
// [SECTION] The course-complete page
//-----------------------------------------------------------------------------

void drawCourseComplete(const UiEnv& env, const CompletionHooks& hooks) {
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
    ImGui::TextUnformatted(tr("Course complete"));
    ImGui::PopFont();
    std::string line = p.learnerName.empty()
                           ? formatText(tr("You completed \"%s\"."), course.title.c_str())
                           : formatText(tr("%s completed \"%s\"."), p.learnerName.c_str(), course.title.c_str());
    ImGui::TextWrapped("%s", line.c_str());

    // Per module: status, best quiz score, time; then the totals.
    double seconds = 0;
    ModuleScore all;
    if (ImGui::BeginTable("##modules", 4, ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp, ImVec2(colW, 0))) {
        ImGui::TableSetupColumn(tr("Module"), ImGuiTableColumnFlags_WidthStretch, 3.0f);
        ImGui::TableSetupColumn(tr("Status"), ImGuiTableColumnFlags_WidthStretch, 1.2f);
        ImGui::TableSetupColumn(tr("Quiz score"), ImGuiTableColumnFlags_WidthStretch, 1.8f);
        ImGui::TableSetupColumn(tr("Time spent"), ImGuiTableColumnFlags_WidthStretch, 1.4f);
        ImGui::TableHeadersRow();
        for (const auto& m : course.modules) {
            if (!m) continue;
            const ModuleProgress mp = moduleProgress(*m, course.completion, p);
            const ModuleScore s = moduleScore(*m, p);
            seconds += mp.secondsOnTask;
            all.quizzes += s.quizzes;
            all.attempted += s.attempted;
            all.score += s.score;
            all.maxScore += s.maxScore;
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::TextWrapped("%s", m->meta.title.c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(mp.complete ? tr("Complete") : tr("Open"));
            ImGui::TableNextColumn();
            ImGui::TextWrapped("%s", scoreText(s).c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(durationText(mp.secondsOnTask).c_str());
        }
        ImGui::EndTable();
    }
    if (all.quizzes) ImGui::TextWrapped(tr("All quizzes: %s."), scoreText(all).c_str());
    ImGui::TextWrapped(tr("Time spent in the course: %s."), durationText(seconds).c_str());
    columnRule(colW);

    // The certificate's place (issue 13 fills it through the hook).
    if (hooks.drawCertificate) {
        hooks.drawCertificate(env);
    } else {
        ImGui::TextWrapped("%s", tr("Certificate: this course does not issue certificates yet. When it does, yours "
                                    "will be offered here, on this page."));
    }
    columnRule(colW);
    if (ImGui::Button(tr("Back to the course"))) env.post(OpenCatalogue{});
    endPageColumn();
}

} // namespace lectern::ui
