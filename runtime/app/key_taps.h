// Key taps that start and end between two frames are kept for one frame.
//
// ImGui 1.86 reads keys as a state (io.KeysDown), not as a queue of events (that came in
// 1.87). When a key's press and release both arrive in one glfwPollEvents batch (a quick tap
// on a slow machine, xdotool, a remote desktop), ImGui never sees the key down and the press
// is lost. The keeper delays such a release until the frame after the press.
#pragma once

struct GLFWwindow;

namespace lectern::app {

// Call after ImGui_ImplGlfw_InitForOpenGL: wraps the backend's key callback.
void installKeyTapKeeper(GLFWwindow* window);
// Call once per frame, after the frame that saw the presses was drawn.
void releaseKeptKeyTaps();

} // namespace lectern::app
