#include "key_taps.h"

#include <GLFW/glfw3.h>
#include <backends/imgui_impl_glfw.h>

#include <vector>

namespace lectern::app {
namespace {

struct KeyEvent {
    GLFWwindow* window;
    int key, scancode, mods;
};

// GLFW callbacks are plain function pointers: the state lives here. Lectern has one window.
std::vector<int> g_pressedSinceFrame;
std::vector<KeyEvent> g_keptReleases;

void onKey(GLFWwindow* window, int key, int scancode, int action, int mods) {
    // Any release that comes after a press in the same batch waits a frame, and so does every
    // release behind it: a tapped Q keeps its Ctrl down in the frame that sees the Q, whatever
    // order the releases come in (xdotool, for one, can release Ctrl before the letter).
    if (action == GLFW_RELEASE && (!g_pressedSinceFrame.empty() || !g_keptReleases.empty())) {
        g_keptReleases.push_back({window, key, scancode, mods});
        return;
    }
    if (action == GLFW_PRESS) g_pressedSinceFrame.push_back(key);
    ImGui_ImplGlfw_KeyCallback(window, key, scancode, action, mods);
}

} // namespace

void installKeyTapKeeper(GLFWwindow* window) { glfwSetKeyCallback(window, onKey); }

void releaseKeptKeyTaps() {
    g_pressedSinceFrame.clear();
    std::vector<KeyEvent> releases;
    releases.swap(g_keptReleases);
    for (const KeyEvent& e : releases) ImGui_ImplGlfw_KeyCallback(e.window, e.key, e.scancode, GLFW_RELEASE, e.mods);
}

} // namespace lectern::app
