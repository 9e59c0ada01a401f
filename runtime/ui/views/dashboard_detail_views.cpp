// Index
//   [SECTION] Labels
//   [SECTION] A learner
//   [SECTION] Item analysis
#include "ui/views/dashboard_detail_views.h"

#include "i18n/tr.h"

#include "ui/keys.h"
#include "ui/views/dashboard_model.h"
#include "ui/widgets/clipped_text.h"
#include "util/time_format.h"

#include <imgui.h>

#include <algorithm>
#include <cstdio>

namespace lectern::ui {

//-----------------------------------------------------------------------------
// [SECTION] Labels
//-----------------------------------------------------------------------------

std::string percentLabel(std::optional<double> value) {
    if (!value) return "—";
    char buf[24];
    std::snprintf(buf, sizeof buf, "%.1f%%", *value);
    return buf;
}

std::string numberLabel(std::optional<double> value) {
    if (!value) return "—";
    char buf[24];
    std::snprintf(buf, sizeof buf, "%.2f", *value);
    return buf;
}

namespace {

// Every line here goes through the prose layout (widgets/clipped_text.h): it wraps, and a line
// that reads right to left (the Arabic interface's figures, an Arabic question) ends at the
// right. `inset` indents it from where it starts: the left, or in an Arabic interface the right.
void line(const UiEnv& env, const std::string& text, unsigned colour = 0, float inset = 0,
          layout::FontRole role = layout::FontRole::Regular) {
    if (inset > 0 && !env.rightToLeft) ImGui::Indent(inset);
    const float width = inset > 0 && env.rightToLeft ? ImGui::GetContentRegionAvail().x - inset : 0;
    wrappedText(env, text, role, colour, width);
    if (inset > 0 && !env.rightToLeft) ImGui::Unindent(inset);
}

// A line the interface writes (figures, labels): it reads in the interface's direction, even
// when it starts with a title in another script (a right-to-left mark leads it in Arabic).
void uiLine(const UiEnv& env, const std::string& text, unsigned colour = 0, float inset = 0,
            layout::FontRole role = layout::FontRole::Regular) {
    line(env, env.rightToLeft ? "\u200F" + text : text, colour, inset, role);
}

void heading(const UiEnv& env, layout::FontRole role, const std::string& text) { line(env, text, 0, 0, role); }

unsigned muted(const UiEnv& env) { return env.theme ? env.theme->textMuted : 0; }

// Up/Down, Page Up/Page Down, Home/End scroll the view (the dashboard's window has no ImGui
// navigation: the keyboard is the panel's).
void scrollByKeys() {
    if (ImGui::GetIO().WantTextInput) return;
    const float line = ImGui::GetTextLineHeightWithSpacing() * 2;
    const float page = ImGui::GetWindowHeight() * 0.8f;
    float y = ImGui::GetScrollY();
    if (ImGui::IsKeyPressed(keys::Down, true)) y += line;
    if (ImGui::IsKeyPressed(keys::Up, true)) y -= line;
    if (ImGui::IsKeyPressed(keys::PageDown, true)) y += page;
    if (ImGui::IsKeyPressed(keys::PageUp, true)) y -= page;
    if (ImGui::IsKeyPressed(keys::Home, false)) y = 0;
    if (ImGui::IsKeyPressed(keys::End, false)) y = ImGui::GetScrollMaxY();
    if (y != ImGui::GetScrollY()) ImGui::SetScrollY(std::max(0.0f, y));
}

} // namespace

//-----------------------------------------------------------------------------
// [SECTION] A learner
//-----------------------------------------------------------------------------

void drawLearnerDetail(const UiEnv& env, const report::LearnerDetail& d) {
    const report::LearnerFigures& l = d.figures;
    ImGui::BeginChild("##learner-detail", ImVec2(0, 0), false);
    heading(env, layout::FontRole::H2, l.fullName);
    uiLine(env, formatText(tr("Group: %s · Session: %s · Course: %s, score %s, %s on task"),
                         l.group.empty() ? tr("none") : l.group.c_str(), l.session.empty() ? tr("none") : l.session.c_str(),
                         statusLabel(l.course.status), scoreLabel(l.course.scorePercent).c_str(),
                         durationLabel(l.course.secondsOnTask).c_str()));
    scrollByKeys();

    for (size_t m = 0; m < l.modules.size(); ++m) {
        const report::ModuleFigures& mf = l.modules[m];
        ImGui::Separator();
        heading(env, layout::FontRole::H3, mf.title.empty() ? mf.moduleId : mf.title);
        uiLine(env, formatText(tr("%s · score %s · %s on task · %d/%d sections read · %d/%d quizzes passed"),
                             statusLabel(mf.figures.status), scoreLabel(mf.figures.scorePercent).c_str(),
                             durationLabel(mf.figures.secondsOnTask).c_str(), mf.figures.sectionsRead,
                             mf.figures.sectionsTotal, mf.figures.quizzesPassed, mf.figures.quizzesTotal));
        const float indent = ImGui::GetStyle().IndentSpacing;
        for (const report::SectionDetail& s : d.sections) {
            if (s.moduleId != mf.moduleId) continue;
            uiLine(env, "• " + formatText("%s: %s, %s", s.title.c_str(), s.read ? tr("read") : tr("not read"),
                                        durationLabel(s.seconds).c_str()),
                 0, indent * 0.5f);
        }
        for (const report::AttemptDetail& a : d.attempts) {
            if (a.moduleId != mf.moduleId) continue;
            uiLine(env, formatText(tr("%s, attempt %d: %g of %g, %s (%s)"), a.quizTitle.c_str(), a.number, a.score,
                                 a.maxScore, a.passed ? tr("passed") : tr("not passed"),
                                 a.timeMs ? util::localDateMinutes(a.timeMs).c_str() : ""));
            for (const report::AnswerDetail& ans : a.answers) {
                // The verdict, in its colour, on a line of its own above the question and answer:
                // beside it, the two would swap sides between an Arabic and an English question.
                const char* verdict = !ans.answered ? tr("unanswered") : (ans.correct ? tr("right") : tr("wrong"));
                uiLine(env, verdict, !ans.answered ? env.theme->textMuted : (ans.correct ? env.theme->correct : env.theme->wrong),
                     indent);
                line(env, ans.prompt + "  →  " + (ans.answered ? ans.answer : std::string(tr("(no answer)"))), 0, indent * 2);
            }
        }
    }
    ImGui::Separator();
    uiLine(env, tr("Reflections"), 0, 0, layout::FontRole::H3);
    if (d.shared.empty()) uiLine(env, tr("No reflection shared with the facilitator."), muted(env));
    for (const report::SharedReflection& r : d.shared) {
        line(env, r.prompt, muted(env));
        line(env, r.text);
    }
    uiLine(env, report::privateReflectionsLine(d.privateReflections));
    ImGui::EndChild();
}

//-----------------------------------------------------------------------------
// [SECTION] Item analysis
//-----------------------------------------------------------------------------

void drawItemAnalysis(const UiEnv& env, const report::ItemAnalysis& a, const std::string& moduleId,
                      const std::string& moduleTitle) {
    const report::ItemAnalysisOptions& o = a.options;
    ImGui::BeginChild("##item-analysis", ImVec2(0, 0), false);
    scrollByKeys();
    uiLine(env, formatText(tr("Item analysis: %s"), moduleTitle.c_str()), 0, 0, layout::FontRole::H2);
    uiLine(env, formatText(tr("%s. \"Check this question\" when discrimination is below %g%% or facility is outside "
                            "%g-%g%%, shown only from %d attempts."),
                         o.allAttempts ? tr("All attempts") : tr("First attempts only"), o.minDiscrimination,
                         o.minFacility, o.maxFacility, o.minAttempts));
    bool any = false;
    for (const report::QuizStats& q : a.quizzes) {
        if (q.moduleId != moduleId) continue;
        any = true;
        ImGui::Separator();
        heading(env, layout::FontRole::H3, q.title.empty() ? q.quizId : q.title);
        uiLine(env, formatText(trn("%d attempt · mean %s (%s) · median %s (%s) · SD %s (%s) · Cronbach's alpha %s",
                        "%d attempts · mean %s (%s) · median %s (%s) · SD %s (%s) · Cronbach's alpha %s", q.attempts),
                    q.attempts,
                    numberLabel(q.mean).c_str(), percentLabel(q.meanPercent).c_str(), numberLabel(q.median).c_str(),
                    percentLabel(q.medianPercent).c_str(), numberLabel(q.sd).c_str(), percentLabel(q.sdPercent).c_str(),
                    numberLabel(q.cronbachAlpha).c_str()));
        if (q.attempts < o.minAttempts)
            uiLine(env, formatText(trn("Fewer than %d attempt: no question is flagged yet.",
                                     "Fewer than %d attempts: no question is flagged yet.", o.minAttempts),
                                 o.minAttempts),
                 muted(env));
        for (size_t i = 0; i < q.questions.size(); ++i) {
            const report::QuestionStats& s = q.questions[i];
            ImGui::PushID(int(i));
            std::string title = std::to_string(i + 1) + ". " + s.prompt;
            wrappedText(env, title, layout::FontRole::Bold);
            uiLine(env, formatText(tr("facility %s · SD %s · discrimination %s · %d unanswered"),
                                 percentLabel(s.facility).c_str(), percentLabel(s.sdPercent).c_str(),
                                 percentLabel(s.discrimination).c_str(), s.unanswered));
            if (s.check) {
                std::string reasons;
                for (const auto& c : s.checks) {
                    using R = report::QuestionStats::CheckReason;
                    const char* f = c.kind == R::FacilityBelow   ? tr("facility %.1f%% is below %g%%")
                                    : c.kind == R::FacilityAbove ? tr("facility %.1f%% is above %g%%")
                                                                 : tr("discrimination %.1f%% is below %g%%");
                    reasons += (reasons.empty() ? "" : "; ") + formatText(f, c.value, c.limit);
                }
                uiLine(env, formatText(tr("Check this question: %s"), reasons.c_str()), env.theme->wrong);
            }
            for (const report::OptionCount& opt : s.options) {
                line(env,
                     opt.text + ": " + std::to_string(opt.count) + (opt.correct ? tr("  (right)") : "") +
                         (opt.mostChosenWrong ? tr("  ← most chosen wrong answer") : ""),
                     opt.mostChosenWrong ? env.theme->wrong : 0, ImGui::GetStyle().IndentSpacing);
            }
            ImGui::PopID();
        }
    }
    if (!any) uiLine(env, tr("This module has no quiz."), muted(env));
    ImGui::EndChild();
}

} // namespace lectern::ui
