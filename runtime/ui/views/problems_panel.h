// ProblemsPanel: the author's list of what is wrong with the course on screen (`lectern
// --author`), one `FILE:LINE:COL: error|warning: MESSAGE` a row, in a window along the
// bottom. It opens by itself when a reload finds errors and goes when they are fixed; F8
// shows or hides it and gives it the keyboard (Up/Down choose, Enter opens). Choosing a row
// (Enter, or a click) opens $VISUAL or $EDITOR at that line on a thread of its own
// (platform/editor_launch.h); without either, the panel says how to set one.
#pragma once
#include "session/course_watcher.h"
#include "ui/ui_env.h"

#include <imgui.h>

#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace lectern::ui {

class ProblemsPanel {
public:
    ProblemsPanel();
    // The watcher's state, each frame (cheap when nothing changed: compares the serial).
    void follow(const session::CourseWatcher& watcher);
    void follow(const session::AuthorState& state);
    // F8: shows the panel with the keyboard; when it is shown without it, gives it the keyboard;
    // when it has the keyboard, hides it.
    void toggle();
    bool visible() const { return m_open; }
    bool hasFocus() const { return m_focused; }
    // `wake`: another thread finished (the editor exited): the UI should draw.
    void draw(const UiEnv& env, const std::function<void()>& wake);

    // For tests and the log: the rows as drawn, the centre of row `i` in the last frame, what
    // the last launch said ("" while none ended).
    std::vector<std::string> rows() const;
    std::optional<ImVec2> rowCenter(size_t i) const;
    std::string launchStatus() const;
    size_t selected() const { return m_selected; }

private:
    void choose(size_t i, const std::function<void()>& wake);

    struct Launch {
        std::mutex mutex;
        std::string status;
    };
    session::AuthorState m_state;
    bool m_haveState = false;
    bool m_open = false;
    bool m_hadErrors = false;
    bool m_focusRequest = false;
    bool m_focused = false;
    bool m_editorSet = false;
    size_t m_selected = 0;
    std::vector<std::pair<ImVec2, ImVec2>> m_rowRects;
    std::shared_ptr<Launch> m_launch = std::make_shared<Launch>();
};

} // namespace lectern::ui
