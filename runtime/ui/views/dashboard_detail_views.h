// The two views the dashboard opens: a learner's detail (every attempt with every answer,
// right or wrong; section progress; shared reflections' text and a count of private ones)
// and a module's item analysis (report/item_analysis.h, drawn as computed: never recomputed
// here). Both draw what session::RoomService computed on its worker.
#pragma once
#include "report/item_analysis.h"
#include "report/learner_detail.h"
#include "ui/ui_env.h"

#include <optional>
#include <string>

namespace lectern::ui {

void drawLearnerDetail(const UiEnv& env, const report::LearnerDetail& detail);

// The quizzes of `moduleId` in `analysis`; `allAttempts` is what the toggle shows.
void drawItemAnalysis(const UiEnv& env, const report::ItemAnalysis& analysis, const std::string& moduleId,
                      const std::string& moduleTitle);

// "72.5%", "—" when none: the item analysis's figures as the view shows them.
std::string percentLabel(std::optional<double> value);
std::string numberLabel(std::optional<double> value);  // "3.25", "—"

} // namespace lectern::ui
