// Headless ImGui harness: a real ImGui context with no window and no renderer, so views can
// be driven by simulated input (mouse, keys, text) frame by frame and their output inspected.
#pragma once
#include "ui/ui_env.h"

#include <imgui.h>

#include <functional>
#include <string>
#include <vector>

namespace lectern::test {

class HeadlessUi {
public:
    explicit HeadlessUi(float width = 1280, float height = 800);
    ~HeadlessUi();
    HeadlessUi(const HeadlessUi&) = delete;
    HeadlessUi& operator=(const HeadlessUi&) = delete;

    // Runs one frame: NewFrame, draw(), Render, with the thread marked as the UI thread
    // (platform/thread_role.h). Input queued before is delivered in it.
    void frame(const std::function<void()>& draw);
    // Runs `n` frames with the same draw function (lets ImGui settle focus, layout, clicks).
    void frames(int n, const std::function<void()>& draw);

    // Input for the next frame.
    void mouseMove(float x, float y);
    void mouseDown(int button = 0);
    void mouseUp(int button = 0);
    // Moves, presses and releases over two frames of `draw`.
    void click(float x, float y, const std::function<void()>& draw);
    // Key codes are lectern::ui::keys values (the GLFW codes the real app feeds ImGui).
    void key(int code, bool down);
    void pressKey(int code, const std::function<void()>& draw, bool ctrl = false, bool shift = false);
    void type(const std::string& utf8);

    ImGuiContext* context() const { return m_ctx; }
    const lectern::ui::FontSet& fonts() const { return m_fonts; }
    const lectern::ui::Theme& theme() const { return m_theme; }

    // Largest vertex index in the last frame's draw lists: must stay below 65536 (16-bit ImDrawIdx).
    int drawnVertexCount() const { return m_lastVertexCount; }
    int drawnIndexMax() const { return m_lastIndexMax; }

private:
    ImGuiContext* m_ctx = nullptr;
    lectern::ui::FontSet m_fonts;
    lectern::ui::Theme m_theme;
    int m_lastVertexCount = 0;
    int m_lastIndexMax = 0;
};

} // namespace lectern::test
