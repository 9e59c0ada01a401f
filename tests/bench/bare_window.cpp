// bare_window: the floor under Lectern's start-up figures. A GLFW window with the same OpenGL
// context Lectern asks for (3.3 core, else 3.0), cleared and swapped once; prints the time from
// main() to that first frame and the peak RSS (getrusage), in tools/bench's "name value unit"
// lines. Whatever Lectern spends above these is its own (course, fonts, UI).
#include <GLFW/glfw3.h>

#include <sys/resource.h>

#include <chrono>
#include <cstdio>

int main() {
    const auto start = std::chrono::steady_clock::now();
    if (!glfwInit()) {
        std::fprintf(stderr, "bare_window: no display\n");
        return 1;
    }
    GLFWwindow* window = nullptr;
    const int versions[][2] = {{3, 3}, {3, 0}};
    for (const auto& v : versions) {
        glfwDefaultWindowHints();
        glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, v[0]);
        glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, v[1]);
        if (v[1] == 3) {
            glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
            glfwWindowHint(GLFW_OPENGL_FORWARD_COMPAT, GLFW_TRUE);
        }
        window = glfwCreateWindow(1280, 800, "bare_window", nullptr, nullptr);
        if (window) break;
    }
    if (!window) {
        std::fprintf(stderr, "bare_window: no OpenGL 3 context\n");
        glfwTerminate();
        return 1;
    }
    glfwMakeContextCurrent(window);
    glClearColor(1, 1, 1, 1);
    glClear(GL_COLOR_BUFFER_BIT);
    // Measured as Lectern's first_frame is: after drawing, before the swap.
    const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    glfwSwapBuffers(window);
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("bare_window_first_frame %.1f ms\n", ms);
    std::printf("bare_window_peak_rss %.1f MiB\n", usage.ru_maxrss / 1024.0);  // ru_maxrss is in KiB
    glfwDestroyWindow(window);
    glfwTerminate();
    return 0;
}
