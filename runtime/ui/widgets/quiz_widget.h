// QuizWidget: one quiz of a module, drawn inline in the reader. One instance per quiz; it
// keeps the learner's answers between frames (so keep it alive while the module is open).
//
// What it promises:
//   - a control for every question type, usable by mouse and by keyboard alone;
//   - "Submit" stays disabled until every question has an answer, and says which do not;
//   - on submit it scores with quiz/scoring.h and sends one RecordQuizAttempt through
//     env.submit; then the score and pass/fail come first, as one item ("##verdict") that
//     takes the keyboard focus and is scrolled into view, and each question is marked right
//     or wrong with its feedback (a multiple-answer choice's feedback names the choice), the
//     correct answer when Quiz::showAnswers allows it (quiz/scoring.h correctAnswersShown),
//     the explanation and a "Revisit: <section>" link (posts OpenModule);
//   - "Retry" only while Quiz::attemptsAllowed leaves attempts (0 = unlimited). It keeps the
//     answers that were right and puts the focus on the first question to change; "Clear
//     every answer and retry" starts from blank;
//   - when the snapshot already holds attempts (e.g. after a restart) it opens on the latest
//     attempt's answers and result (marks re-scored against today's quiz, totals as saved).
// Choices: single/true_false are radio buttons, multiple checkboxes, short_text and numeric
// text fields (numbers as quiz/normalize.h parseNumber reads them: "1,5", "1 000"), ordering
// a list with "Move up"/"Move down" buttons (it starts shuffled and counts as answered as
// shown), matching a combo per left item. A hint is shown on request, before submitting.
// Retry is offered after a pass too, while attempts remain. A radio button that has the
// keyboard focus but is not picked does not look picked (widgets/quiz_controls.h).
// ImGui IDs (for tests and the reader): PushID(quiz id) > PushID(question id) > controls
// ("##pick" under PushID(choice id), "##text", "##number", "Move up"/"Move down" under
// PushID(item id), "##match" under PushID(pair id)), and "Submit answers", "##verdict",
// "Retry", "Clear every answer and retry".
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

// What stands in for a quiz whose YAML could not be read (the loader keeps the block without
// a model): a notice, never the YAML, which holds the answer key.
void drawQuizUnavailable(const UiEnv& env);

} // namespace lectern::ui
