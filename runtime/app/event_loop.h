// EventLoop: draws only when something changed. It blocks in glfwWaitEvents until input, a
// worker's glfwPostEmptyEvent or the UI's next timer, then draws a couple of frames so ImGui
// settles (hover states, layout that depends on the previous frame). Idle CPU is ~0.
#pragma once
#include <functional>

namespace lectern::app {

class AppWindow;

struct FrameCallbacks {
    std::function<void()> draw;                // between ImGui::NewFrame and ImGui::Render
    std::function<bool()> beforeNewFrame;      // font rebuilds etc.; returns false to stop
    std::function<double()> nextWakeSeconds;   // <0: only on input
    std::function<bool()> afterRender;         // after rendering, before swap; false to stop
    std::function<bool()> present;             // after ImGui::Render; false: not drawn nor shown, the next frame comes at once
};

class EventLoop {
public:
    explicit EventLoop(AppWindow& window) : m_window(window) {}
    // Runs until the window closes or a callback returns false.
    void run(const FrameCallbacks& callbacks);
    long framesDrawn() const { return m_frames; }

private:
    AppWindow& m_window;
    long m_frames = 0;
};

} // namespace lectern::app
