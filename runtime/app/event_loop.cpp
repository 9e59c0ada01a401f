#include "event_loop.h"

#include "app_window.h"
#include "key_taps.h"

#include <GLFW/glfw3.h>
#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>
#include <imgui.h>

#include <algorithm>

namespace lectern::app {
namespace {

// Frames drawn after each wake: ImGui needs one frame to see an input's effect on layout and
// one more for hover and focus to settle.
constexpr int kFramesAfterWake = 3;
// While a text field has focus, wake this often so the caret blinks...
constexpr double kCaretBlinkSeconds = 0.5;
// ...but only this long after the last input: then the caret stays on, solid, and the loop
// sleeps (a blinking caret costs a frame every half second, a lot under software GL).
constexpr double kCaretBlinkForSeconds = 5.0;

} // namespace

void EventLoop::run(const FrameCallbacks& cb) {
    int framesLeft = kFramesAfterWake;
    double lastInput = glfwGetTime();
    while (!m_window.shouldClose()) {
        releaseKeptKeyTaps();  // the previous frame saw those keys down
        ImGuiIO& io = ImGui::GetIO();
        const bool blinking = glfwGetTime() - lastInput < kCaretBlinkForSeconds;
        if (io.ConfigInputTextCursorBlink && !blinking && io.WantTextInput) framesLeft = std::max(framesLeft, 1);
        io.ConfigInputTextCursorBlink = blinking;  // when it stops, one more frame shows it solid
        if (framesLeft <= 0) {
            double wait = cb.nextWakeSeconds ? cb.nextWakeSeconds() : -1.0;
            if (io.WantTextInput && blinking) {
                const double blinkLeft = lastInput + kCaretBlinkForSeconds - glfwGetTime();
                const double step = std::min(kCaretBlinkSeconds, std::max(blinkLeft, 0.001));
                wait = wait < 0 ? step : std::min(wait, step);
            }
            const double before = glfwGetTime();
            if (wait < 0) glfwWaitEvents();
            else glfwWaitEventsTimeout(std::max(wait, 0.001));
            // A timer (caret blink, a debounce) needs one frame; input needs a few to settle.
            const bool timedOut = wait >= 0 && glfwGetTime() - before >= wait * 0.95;
            if (!timedOut) lastInput = glfwGetTime();
            framesLeft = timedOut ? 1 : kFramesAfterWake;
        } else {
            glfwPollEvents();
        }
        if (cb.beforeNewFrame && !cb.beforeNewFrame()) return;

        ImGui_ImplOpenGL3_NewFrame();
        ImGui_ImplGlfw_NewFrame();
        ImGui::NewFrame();
        cb.draw();
        ImGui::Render();
        if (cb.present && !cb.present()) continue;  // e.g. glyphs missing: the rebuilt atlas draws it again

        int w = 0, h = 0;
        m_window.framebufferSize(w, h);
        glViewport(0, 0, w, h);
        ImVec4 bg = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
        glClearColor(bg.x, bg.y, bg.z, 1.0f);
        glClear(GL_COLOR_BUFFER_BIT);
        ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
        ++m_frames;
        if (cb.afterRender && !cb.afterRender()) return;
        glfwSwapBuffers(m_window.handle());
        --framesLeft;
    }
}

} // namespace lectern::app
