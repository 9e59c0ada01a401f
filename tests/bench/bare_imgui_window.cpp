// bare_imgui_window: a second floor under Lectern's start-up figures. The bare window of
// bare_window.cpp plus what any Dear ImGui application pays before its own work: the GLFW and
// OpenGL3 backends, ImGui's built-in font (its default RGBA32 atlas) and one frame of text,
// drawn and swapped. Under a software driver (llvmpipe) drawing textured triangles at all costs
// JIT-compiled shaders and driver memory that a window only cleared never pays; what Lectern
// spends above this floor is its own. Prints tools/bench's "name value unit" lines.
#include <GLFW/glfw3.h>
#include <imgui.h>
#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>

#include <sys/resource.h>

#include <chrono>
#include <cstdio>

int main() {
    const auto start = std::chrono::steady_clock::now();
    if (!glfwInit()) {
        std::fprintf(stderr, "bare_imgui_window: no display\n");
        return 1;
    }
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
    glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
    glfwWindowHint(GLFW_OPENGL_FORWARD_COMPAT, GLFW_TRUE);
    GLFWwindow* window = glfwCreateWindow(1280, 800, "bare_imgui_window", nullptr, nullptr);
    if (!window) {
        std::fprintf(stderr, "bare_imgui_window: no OpenGL 3.3 context\n");
        glfwTerminate();
        return 1;
    }
    glfwMakeContextCurrent(window);
    ImGui::CreateContext();
    ImGui::GetIO().IniFilename = nullptr;
    ImGui_ImplGlfw_InitForOpenGL(window, true);
    ImGui_ImplOpenGL3_Init("#version 330");
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    ImGui::NewFrame();
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(ImVec2(1280, 800));
    ImGui::Begin("text", nullptr, ImGuiWindowFlags_NoDecoration);
    for (int i = 0; i < 40; ++i) ImGui::Text("Line %d of a page of text, as a reader would show it.", i + 1);
    ImGui::Button("A button");
    ImGui::End();
    ImGui::Render();
    glClearColor(1, 1, 1, 1);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    // Measured as Lectern's first_frame is: after drawing, before the swap.
    const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    glfwSwapBuffers(window);
    glFinish();
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("bare_imgui_window_first_frame %.1f ms\n", ms);
    std::printf("bare_imgui_window_peak_rss %.1f MiB\n", usage.ru_maxrss / 1024.0);  // ru_maxrss is in KiB
    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplGlfw_Shutdown();
    ImGui::DestroyContext();
    glfwDestroyWindow(window);
    glfwTerminate();
    return 0;
}
