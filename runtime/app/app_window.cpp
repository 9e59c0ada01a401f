#include "app_window.h"
#include "char_input.h"
#include "key_taps.h"

#include "load/image_decode.h"
#include "platform/xdg_paths.h"

#include <GLFW/glfw3.h>
#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>
#include <imgui.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <vector>

namespace lectern::app {
namespace {

std::string g_lastGlfwError;

void onGlfwError(int, const char* description) { g_lastGlfwError = description ? description : "unknown"; }

struct Geometry {
    int x = -1, y = -1, w = 1280, h = 800;
    bool known = false;
};

std::filesystem::path geometryFile() { return platform::configDir() / "window.json"; }

Geometry loadGeometry() {
    Geometry g;
    std::ifstream in(geometryFile());
    if (!in) return g;
    nlohmann::json j = nlohmann::json::parse(in, nullptr, false);
    if (!j.is_object()) return g;  // a damaged file only costs the remembered size
    g.x = j.value("x", -1);
    g.y = j.value("y", -1);
    g.w = std::clamp(j.value("w", 1280), 320, 16384);
    g.h = std::clamp(j.value("h", 800), 240, 16384);
    g.known = true;
    return g;
}

bool hasDisplay() {
    const char* x = std::getenv("DISPLAY");
    const char* wl = std::getenv("WAYLAND_DISPLAY");
    return (x && *x) || (wl && *wl);
}

} // namespace

AppWindow::~AppWindow() {
    if (m_backendsReady) {
        ImGui_ImplOpenGL3_Shutdown();
        ImGui_ImplGlfw_Shutdown();
    }
    if (m_window) glfwDestroyWindow(m_window);
    if (m_glfwReady) glfwTerminate();
}

bool AppWindow::create(const WindowRequest& request, std::string& error) {
    glfwSetErrorCallback(onGlfwError);
    if (!hasDisplay() || !glfwInit()) {
        error = "Lectern needs a graphical display and found none (DISPLAY is not set or cannot be opened). "
                "On a server or over SSH, run it under a virtual display: xvfb-run -a lectern";
        return false;
    }
    m_glfwReady = true;

    Geometry g = loadGeometry();
    m_sizeForced = request.width > 0;
    int w = m_sizeForced ? request.width : g.w;
    int h = m_sizeForced ? request.height : g.h;

    // OpenGL 3.3 core where the driver has it; 3.0 for older GPUs and drivers.
    struct Attempt { int major, minor; bool core; const char* glsl; };
    const Attempt attempts[] = {{3, 3, true, "#version 330 core"}, {3, 0, false, "#version 130"}};
    const char* glsl = nullptr;
    for (const Attempt& a : attempts) {
        glfwDefaultWindowHints();
        glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, a.major);
        glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, a.minor);
        if (a.core) {
            glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
            glfwWindowHint(GLFW_OPENGL_FORWARD_COMPAT, GLFW_TRUE);
        }
        glfwWindowHint(GLFW_SCALE_TO_MONITOR, GLFW_TRUE);
        glfwWindowHint(GLFW_VISIBLE, GLFW_FALSE);  // shown once placed, without a flash
        m_window = glfwCreateWindow(w, h, request.title.c_str(), nullptr, nullptr);
        if (m_window) {
            glsl = a.glsl;
            break;
        }
    }
    if (!m_window) {
        error = "Lectern could not create an OpenGL 3 window (" + g_lastGlfwError +
                "). On an old GPU or in a virtual machine, try software rendering: LIBGL_ALWAYS_SOFTWARE=1 lectern";
        return false;
    }
    if (!m_sizeForced && g.known && g.x >= 0 && g.y >= 0) glfwSetWindowPos(m_window, g.x, g.y);
    glfwMakeContextCurrent(m_window);
    glfwSwapInterval(1);
    glfwShowWindow(m_window);

    ImGui_ImplGlfw_InitForOpenGL(m_window, true);
    installKeyTapKeeper(m_window);
    installCharInput(m_window);
    ImGui_ImplOpenGL3_Init(glsl);
    m_backendsReady = true;
    return true;
}

float AppWindow::contentScale() const {
    float sx = 1.f, sy = 1.f;
    glfwGetWindowContentScale(m_window, &sx, &sy);
    return std::clamp(std::max(sx, sy), 1.0f, 4.0f);
}

void AppWindow::setTitle(const std::string& title) { glfwSetWindowTitle(m_window, title.c_str()); }

void AppWindow::bringToFront() {
    if (glfwGetWindowAttrib(m_window, GLFW_ICONIFIED)) glfwRestoreWindow(m_window);
    glfwShowWindow(m_window);
    glfwFocusWindow(m_window);
    glfwRequestWindowAttention(m_window);  // where the window manager refuses to steal focus
}

void AppWindow::setIcon(const std::string& iconsDir) {
    std::vector<GLFWimage> images;
    std::vector<DecodedImage> decoded;
    decoded.reserve(3);
    for (int size : {32, 64, 128}) {
        std::string file = iconsDir + "/lectern-" + std::to_string(size) + ".png";
        decoded.push_back(decodeImageFile(file));
        DecodedImage& d = decoded.back();
        if (d.ok) images.push_back(GLFWimage{d.width, d.height, d.rgba.data()});
    }
    if (!images.empty()) glfwSetWindowIcon(m_window, static_cast<int>(images.size()), images.data());
}

void AppWindow::framebufferSize(int& w, int& h) const { glfwGetFramebufferSize(m_window, &w, &h); }

bool AppWindow::shouldClose() const { return glfwWindowShouldClose(m_window); }

void AppWindow::rememberGeometry() {
    if (!m_window || m_sizeForced) return;
    int x = 0, y = 0, w = 0, h = 0;
    glfwGetWindowPos(m_window, &x, &y);
    glfwGetWindowSize(m_window, &w, &h);
    std::string error;
    if (!platform::ensureDir(platform::configDir(), error)) return;  // nothing to lose but the size
    std::ofstream out(geometryFile());
    out << nlohmann::json{{"x", x}, {"y", y}, {"w", w}, {"h", h}}.dump() << "\n";
}

} // namespace lectern::app
