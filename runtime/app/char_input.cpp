#include "char_input.h"

#include "ui/text_input_queue.h"

#include <GLFW/glfw3.h>
#include <backends/imgui_impl_glfw.h>

namespace lectern::app {
namespace {

void onChar(GLFWwindow* window, unsigned int c) {
    ui::queueTypedCodePoint(static_cast<char32_t>(c));
    ImGui_ImplGlfw_CharCallback(window, c);
}

} // namespace

void installCharInput(GLFWwindow* window) { glfwSetCharCallback(window, onChar); }

} // namespace lectern::app
