// CompletionView: the moments that say a learner finished something.
//   - ModuleCompleteMoment: when a module becomes complete (the last section read, the quiz
//     passed, the reflection written), a banner above the page: the module's quiz score, the
//     time spent, and what is next (the next open module, or the course summary).
//   - drawCourseComplete: the course-completion page: each module with its status, best quiz
//     score and time spent, the total time, the place of the certificate, the way back.
#pragma once
#include "ui/ui_env.h"

#include <functional>
#include <set>
#include <string>

namespace lectern::ui {

// What the completion page can be given by features that come later.
struct CompletionHooks {
    // Certificates (issue 13, the facilitator's view): when set, it draws the learner's
    // certificate offer in the place the page keeps for it. Unset (today), the page says that
    // this course issues no certificate yet and where one will appear.
    std::function<void(const UiEnv&)> drawCertificate;
};

void drawCourseComplete(const UiEnv& env, const CompletionHooks& hooks = {});

// A module's best quiz results, summed over its quizzes: the best attempt of each.
struct ModuleScore {
    int quizzes = 0;       // quizzes in the module
    int attempted = 0;     // quizzes with at least one attempt
    double score = 0;      // sum of the best attempts' scores
    double maxScore = 0;   // sum of those attempts' maxima
};
ModuleScore moduleScore(const Module& module, const ProgressSnapshot& progress);
// "7 of 8 (88%)", "not tried yet", or "no quiz".
std::string scoreText(const ModuleScore& s);
// "1 h 05 min", "12 min", "less than a minute".
std::string durationText(double seconds);

class ModuleCompleteMoment {
public:
    // Call when the snapshot changes: notes a module of `course` that has become complete
    // since the last call for the same learner and course (the first call only learns what is
    // complete already: a returning learner is not congratulated again).
    void observe(const Course& course, const ProgressSnapshot& progress);
    // Draws the banner while a moment is due (full width, at the cursor). It takes the
    // keyboard once, on the first frame `mayTakeFocus` is true (the caller passes false while
    // the learner is in a quiz, a reflection or a text field: the moment waits for them).
    // Returns true on the frame the learner closes it (a button): the keys go back to the page.
    bool draw(const UiEnv& env, bool mayTakeFocus = false);
    const std::string& moduleId() const { return m_moduleId; }  // empty: none due
    bool hasFocus() const { return m_focused; }                 // its buttons have the keyboard
    void dismiss() {
        m_moduleId.clear();
        m_focused = false;
    }

private:
    const Course* m_course = nullptr;
    LearnerId m_learner = -1;
    std::set<std::string> m_complete;
    std::string m_moduleId;
    float m_height = 0;         // of the box, measured last frame
    bool m_focusGiven = false;  // the keyboard was brought to this moment once
    bool m_focused = false;
};

} // namespace lectern::ui
