// CompletionView: the course-completion screen: what the learner finished, time spent, and
// the way back to the course.
#pragma once
#include "ui/ui_env.h"

namespace lectern::ui {

void drawCourseComplete(const UiEnv& env);

} // namespace lectern::ui
