// FacilitatorRosterPanel: imports a roster CSV from a path (core/roster through the profile
// service's worker: all of it or nothing), optionally as a dry run, and shows the summary or
// every FILE:ROW error.
#pragma once
#include "session/profile_service.h"
#include "ui/ui_env.h"
#include "ui/widgets/text_editor.h"

#include <string>

namespace lectern::ui {

class FacilitatorRosterPanel {
public:
    void draw(const UiEnv& env, session::ProfileService& profiles, const session::ProfileState& state, float width);

private:
    // Lectern's one-line editor: a folder or a session named in Arabic is edited as drawn.
    std::string m_path, m_session;
    TextEditor m_pathBox, m_sessionBox;
    bool m_dryRun = true;
    bool m_asked = false;
};

} // namespace lectern::ui
