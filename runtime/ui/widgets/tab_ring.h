// TabRing: Tab and Shift+Tab through a screen's buttons. ImGui 1.86's own Tab reaches only
// text fields, so on the course page a learner with a keyboard could not reach the top bar.
// Each frame the views mark the items Tab should reach (stop(), in reading order); a Tab moves
// the focus to the stop after the focused one, in the order the last frame drew them.
#pragma once
#include "ui/ui_env.h"

#include <vector>

namespace lectern::ui {

class TabRing {
public:
    // Asks for the next (+1) or previous (-1) stop. Taken at the next stop() calls.
    void request(int direction) { m_request = direction; }
    // Marks the item just drawn (ImGui's last item) as a stop; focuses it when it is the target.
    void stop();
    // Ends a frame: this frame's stops become the order the next request walks.
    void endFrame();

private:
    std::vector<unsigned> m_last, m_now;  // ImGuiIDs, in drawing order
    unsigned m_target = 0;
    int m_request = 0;
};

// Marks ImGui's last item as a Tab stop of the env's ring (none: nothing happens).
inline void tabStop(const UiEnv& env) {
    if (env.tabs) env.tabs->stop();
}

} // namespace lectern::ui
