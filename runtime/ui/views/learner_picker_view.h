// LearnerPickerView: "Who is studying?" on a machine shared by several learners, with a
// "new learner" entry. It only draws the session's state and asks the session to sign in
// (session/learner_session.h): the list and the sign-in run on the session's worker.
#pragma once
#include "session/learner_session.h"
#include "ui/ui_env.h"

namespace lectern::ui {

class LearnerPickerView {
public:
    void draw(const UiEnv& env, session::LearnerSession& session, const session::SessionState& state);
    // The next draw puts the keyboard on the first learner (or the name box).
    void focusFirst() { m_focusPending = true; }

private:
    char m_newName[128] = {};
    bool m_focusPending = true;
};

} // namespace lectern::ui
