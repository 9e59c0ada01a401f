// ScreenRegistry: the screens of the learner UI, each registered once with what it does
// (its name for logs and tests, how it draws, what Esc does on it, when it next needs a
// frame), so LecternUi looks a screen up instead of switching on it in several places.
#pragma once
#include "ui/app_state.h"
#include "ui/ui_env.h"

#include <functional>
#include <map>

namespace lectern::ui {

struct ScreenEntry {
    const char* name = "";                        // "catalogue", "reader", "learners"...
    std::function<void(const UiEnv&)> draw;
    std::function<void(const UiEnv&)> back;       // Esc; empty: Esc does nothing here
    std::function<double()> nextWakeSeconds;      // empty: only on input
    bool learnerControls = true;                  // the top bar's theme, size, sign out
};

class ScreenRegistry {
public:
    void add(Screen screen, ScreenEntry entry) { m_entries[screen] = std::move(entry); }
    const ScreenEntry& at(Screen screen) const { return m_entries.at(screen); }

private:
    std::map<Screen, ScreenEntry> m_entries;
};

} // namespace lectern::ui
