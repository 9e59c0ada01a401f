// FacilitatorLearnersPanel: every learner of this computer, active then archived, with rename
// (full name and group), PIN reset (the learner chooses a new one at their next sign-in; the
// core records the reset as an event), archive and restore. Nothing here deletes anything.
#pragma once
#include "session/profile_service.h"
#include "ui/ui_env.h"
#include "ui/widgets/text_editor.h"

#include <string>

namespace lectern::ui {

class FacilitatorLearnersPanel {
public:
    void draw(const UiEnv& env, session::ProfileService& profiles, const session::ProfileState& state, float width);
    // Gives the keyboard to the first learner's first button on the next frame: from there the
    // arrows reach every row's buttons (Down: the next learner, Right: the next button).
    void focusFirstRow() { m_focusFirst = true; }

private:
    void drawRow(const UiEnv& env, session::ProfileService& profiles, const store::LearnerProfile& p);
    LearnerId m_editing = 0;
    bool m_focusFirst = false;
    // The row being renamed: Lectern's one-line editor, so an Arabic name is edited as drawn.
    std::string m_name, m_group;
    TextEditor m_nameBox, m_groupBox;
};

} // namespace lectern::ui
