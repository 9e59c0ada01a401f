// QuizWidget: one quiz of a module, drawn inline in the reader. One instance per quiz; it
// keeps the learner's answers between frames (so keep it alive while the module is open).
//
// What it promises:
//   - a control for every question type, usable by mouse and by keyboard alone;
//   - "Submit" stays disabled until every question has an answer, and says which do not;
//   - on submit it scores with quiz/scoring.h and sends one RecordQuizAttempt through
//     env.submit; then it marks each question right or wrong with its feedback, explanation
//     and a "Revisit: <section>" link (posts OpenModule), the score and pass/fail;
//   - "Retry" only while Quiz::attemptsAllowed leaves attempts (0 = unlimited);
//   - when the snapshot already holds attempts (e.g. after a restart) it opens on the latest
//     attempt's answers and result (marks re-scored against today's quiz, totals as saved).
// Choices: single/true_false are radio buttons, multiple checkboxes, short_text and numeric
// text fields (numbers as quiz/normalize.h parseNumber reads them: "1,5", "1 000"), ordering
// a list with "Move up"/"Move down" buttons (it starts shuffled and counts as answered as
// shown), matching a combo per left item. A hint is shown on request, before submitting.
// Retry clears the answers; it is offered after a pass too, while attempts remain.
// ImGui IDs (for tests and the reader): PushID(quiz id) > PushID(question id) > controls
// ("##pick" under PushID(choice id), "##text", "##number", "Move up"/"Move down" under
// PushID(item id), "##match" under PushID(pair id)), and "Submit answers", "Retry".
#pragma once
#include "course/document.h"
#include "ui/ui_env.h"

#include <memory>

namespace lectern::ui {

class QuizWidget {
public:
    QuizWidget();
    ~QuizWidget();
    QuizWidget(QuizWidget&&) noexcept;
    QuizWidget& operator=(QuizWidget&&) noexcept;

    void draw(const UiEnv& env, const Module& module, const Quiz& quiz);

private:
    struct State;
    std::unique_ptr<State> m_state;
};

} // namespace lectern::ui
