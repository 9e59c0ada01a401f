// StartScreenView: "Who is studying?" on a machine shared by a room. It lists this machine's
// learners (or today's session's) grouped by group, filters them as the learner types (first
// letters of any word, any script, accents ignored: session/name_filter.h), and works by
// keyboard alone: type, Up/Down/Page Up/Page Down choose, Enter opens, Esc clears the filter.
// Choosing a learner goes through the profile service's PIN check (PinPromptView); a learner
// without a PIN is offered to choose one at their first sign-in. "New learner" only where the
// facilitator allows it; F2 (or the "Facilitator" button) opens facilitator mode.
//
// It draws from a StartScreenModel rebuilt when the service's state changes, never from SQLite.
#pragma once
#include "session/learner_session.h"
#include "session/profile_service.h"
#include "ui/ui_env.h"
#include "ui/views/facilitator_view.h"
#include "ui/views/pin_prompt_view.h"
#include "ui/views/start_screen_model.h"

#include <string>

namespace lectern::ui {

struct StartScreenContext {
    session::LearnerSession& learners;
    session::ProfileService& profiles;
    const session::SessionState& session;
    const session::ProfileState& state;
    DashboardSource dashboard;  // facilitator mode's dashboard reads from it
};

class StartScreenView {
public:
    void draw(const UiEnv& env, const StartScreenContext& ctx);
    // The service's state changed: the list follows it.
    void takeState(const session::ProfileState& state);
    // Back to the list (signed out): the filter emptied, the keyboard on it.
    void reset();
    // A learner chosen outside the list (--learner, the only learner) who has a PIN.
    void askPin(session::ProfileService& profiles, LearnerId learner);
    void openFacilitator(session::ProfileService& profiles);
    // "learners", "pin", "pin-wait" (a lockout's countdown on screen), "facilitator-pin",
    // "facilitator" (logs and tests).
    std::string location() const;
    const StartScreenModel& model() const { return m_model; }

private:
    enum class Mode { List, Pin, Facilitator };
    void drawList(const UiEnv& env, const StartScreenContext& ctx, float width);
    void drawPin(const UiEnv& env, const StartScreenContext& ctx, float width);
    void choose(const StartScreenContext& ctx);
    void takeTyping();

    Mode m_mode = Mode::List;
    LearnerId m_pinFor = 0;       // the learner whose PIN is asked (0: a new learner, not yet made)
    bool m_skipAsked = false;     // skipPin already asked for m_pinFor
    bool m_waiting = false;       // the PIN prompt shows a lockout's countdown
    bool m_scrollToSelected = true;
    StartScreenModel m_model;
    PinPromptView m_prompt;
    FacilitatorView m_facilitator;
};

} // namespace lectern::ui
