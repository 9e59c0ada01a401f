// AppWindow: the GLFW window with an OpenGL context, and the ImGui platform/renderer
// backends bound to it. Remembers its size and position in $XDG_CONFIG_HOME/lectern/window.json.
#pragma once
#include <string>

struct GLFWwindow;

namespace lectern::app {

struct WindowRequest {
    std::string title = "Lectern";
    int width = 0, height = 0;  // 0: the remembered size, else 1280x800
};

class AppWindow {
public:
    AppWindow() = default;
    ~AppWindow();
    AppWindow(const AppWindow&) = delete;
    AppWindow& operator=(const AppWindow&) = delete;

    // Initialises GLFW, OpenGL (3.3 core, else 3.0 for old GPUs) and the ImGui backends.
    // On failure `error` is one sentence a learner can act on (e.g. no display: use xvfb-run).
    bool create(const WindowRequest& request, std::string& error);

    GLFWwindow* handle() const { return m_window; }
    float contentScale() const;
    void setTitle(const std::string& title);
    // Shows, restores and focuses the window (a second start of Lectern asked for it).
    void bringToFront();
    // Window icon from <iconsDir>/lectern-{32,64,128}.png; a missing file keeps the default.
    void setIcon(const std::string& iconsDir);
    void framebufferSize(int& w, int& h) const;
    bool shouldClose() const;
    // Saves size and position for the next start (skipped when --size forced them).
    void rememberGeometry();

private:
    GLFWwindow* m_window = nullptr;
    bool m_glfwReady = false;
    bool m_backendsReady = false;
    bool m_sizeForced = false;
};

} // namespace lectern::app
