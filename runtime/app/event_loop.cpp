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
// While a text field has focus, wake this often so the caret blinks.
constexpr double kCaretBlinkSeconds = 0.5;

} // namespace

void EventLoop::run(const FrameCallbacks& cb) {
    int framesLeft = kFramesAfterWake;
    while (!m_window.shouldClose()) {
        releaseKeptKeyTaps();  // the previous frame saw those keys down
        if (framesLeft <= 0) {
            double wait = cb.nextWakeSeconds ? cb.nextWakeSeconds() : -1.0;
            if (ImGui::GetIO().WantTextInput) wait = wait < 0 ? kCaretBlinkSeconds : std::min(wait, kCaretBlinkSeconds);
            if (wait < 0) glfwWaitEvents();
            else glfwWaitEventsTimeout(std::max(wait, 0.001));
            framesLeft = kFramesAfterWake;
        } else {
            glfwPollEvents();
        }
        if (cb.beforeNewFrame && !cb.beforeNewFrame()) return;

        ImGui_ImplOpenGL3_NewFrame();
        ImGui_ImplGlfw_NewFrame();
        ImGui::NewFrame();
        cb.draw();
        ImGui::Render();

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
