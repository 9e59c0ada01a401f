#include "key_taps.h"

#include "ui/keys.h"
#include "util/utf8.h"

#include <GLFW/glfw3.h>
#include <backends/imgui_impl_glfw.h>

#include <map>
#include <string_view>
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
std::map<int, int> g_layoutKeyOfScancode;  // what a held key was pressed as: its release matches

// The key that types, on a US layout, the character this key types on the learner's layout
// (ui::keys::forTypedCharacter says why). Only the printable keys of the main block: keypad
// keys keep their own codes (with Num Lock off they are arrows and Home/End).
int layoutKey(int key, int scancode) {
    if (key < GLFW_KEY_APOSTROPHE || key > GLFW_KEY_WORLD_2) return key;
    const char* name = glfwGetKeyName(key, scancode);
    if (!name) return key;
    const std::string_view text(name);
    size_t at = 0;
    const char32_t c = utf8::decode(text, at);
    if (at != text.size()) return key;  // more than one character: not a plain key
    const int mapped = ui::keys::forTypedCharacter(c);
    return mapped ? mapped : key;
}

void onKey(GLFWwindow* window, int key, int scancode, int action, int mods) {
    if (action == GLFW_PRESS) {
        const int mapped = layoutKey(key, scancode);
        g_layoutKeyOfScancode[scancode] = mapped;
        key = mapped;
    } else if (auto it = g_layoutKeyOfScancode.find(scancode); it != g_layoutKeyOfScancode.end()) {
        key = it->second;  // a repeat or the release: as it was pressed, even if the layout changed meanwhile
        if (action == GLFW_RELEASE) g_layoutKeyOfScancode.erase(it);
    }
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
