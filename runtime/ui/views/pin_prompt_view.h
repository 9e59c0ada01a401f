// PinPromptView: asks for a PIN (a learner's or the facilitator's), or has a new one chosen
// and typed twice. It only shows what the profile service says (session/profile_service.h):
// "Checking…" while its worker hashes, a wrong PIN with the tries left before a wait, and the
// wait as a countdown (the core stores the wait, so a restart does not shorten it). Keys:
// digits, Backspace, Enter submits, Esc cancels. No digit is ever kept outside a session::Pin.
#pragma once
#include "session/profile_service.h"
#include "ui/ui_env.h"
#include "ui/widgets/pin_field.h"

#include <cstdint>
#include <string>

namespace lectern::ui {

struct PinStatus {
    session::AuthPhase phase = session::AuthPhase::Idle;
    int attemptsBeforeWait = 0;
    int64_t waitUntilMs = 0;
};

enum class PinPromptAction { None, Submit, Cancel, Skip };

class PinPromptView {
public:
    void reset();
    // An existing PIN: on Submit the PIN typed is in `out`.
    PinPromptAction drawEnter(const UiEnv& env, const PinStatus& status, float width, session::Pin& out);
    // A new PIN, typed twice. `optional`: Enter with nothing typed skips it (Skip). `busy`: the
    // service is saving the last one ("Saving…").
    PinPromptAction drawChoose(const UiEnv& env, bool optional, bool busy, float width, session::Pin& out);

    // "Too many wrong PINs. Try again in 28 s." (whole seconds, rounded up); empty when over.
    static std::string waitText(int64_t waitUntilMs, int64_t nowMs);
    static std::string wrongText(int attemptsBeforeWait);

private:
    PinField m_field;
    session::Pin m_first;      // drawChoose: the first entry, until the second matches it
    bool m_confirming = false;
    std::string m_hint;        // what the learner must do differently ("4 to 6 digits")
};

} // namespace lectern::ui
