// The correct answer of a question, written out for the learner (shown after submitting when
// the quiz's `show_answers` allows it; quiz/scoring.h correctAnswersShown).
#pragma once
#include "course/document.h"

#include <string>

namespace lectern::quiz {

// "The right one"; "Alpha; Gamma"; "GGE (also accepted: Group of Governmental Experts)";
// "11 (give or take 0.5)"; "1. First, 2. Second, 3. Third"; "One: Uno; Two: Dos".
// Empty when the question has no answer key (`lectern check` reports that).
std::string correctAnswerText(const Question& question);

// The prompt as a learner reads it: "prompt", or for a missing-word question (`prompt_after:`)
// "prompt _____ prompt_after".
std::string promptWithBlank(const Question& question);

} // namespace lectern::quiz
