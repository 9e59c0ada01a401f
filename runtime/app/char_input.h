// Typed characters as full 32-bit code points for the text editor (ui/text_input_queue.h):
// ImGui 1.86 keeps 16-bit characters, so an emoji would reach it as U+FFFD.
#pragma once

struct GLFWwindow;

namespace lectern::app {

// Call after ImGui_ImplGlfw_InitForOpenGL: wraps the backend's character callback, which still
// runs (ImGui's own text fields, the search box, keep working).
void installCharInput(GLFWwindow* window);

} // namespace lectern::app
