#include "ui/text_input_queue.h"

#include "ui/text/utf8_text.h"

#include <imgui.h>

#include <utility>
#include <vector>

namespace lectern::ui {
namespace {

struct Queued {
    const ImGuiContext* context;  // a test makes many contexts; each has its own frame count
    int afterFrame;               // ImGui's frame count when it was queued: for the next frame
    char32_t c;
};

// One UI thread, one window: plain globals, as GLFW's callbacks are plain functions.
std::vector<Queued> g_queued;
std::u32string g_current;
const ImGuiContext* g_currentContext = nullptr;
int g_currentFrame = -1;

int frameCount() { return ImGui::GetCurrentContext() ? ImGui::GetFrameCount() : 0; }

} // namespace

void queueTypedCodePoint(char32_t c) { g_queued.push_back({ImGui::GetCurrentContext(), frameCount(), c}); }

void queueTypedText(std::string_view utf8) {
    for (size_t p = 0; p < utf8.size();) {
        size_t len = 0;
        const char32_t c = text::decodeAt(utf8, p, &len);
        queueTypedCodePoint(c);
        p += len ? len : 1;
    }
}

void discardTypedText() {
    g_queued.clear();
    g_current.clear();
    g_currentContext = nullptr;
    g_currentFrame = -1;
}

const std::u32string& typedThisFrame() {
    const ImGuiContext* context = ImGui::GetCurrentContext();
    const int frame = frameCount();
    if (frame == g_currentFrame && context == g_currentContext) return g_current;
    g_currentFrame = frame;
    g_currentContext = context;
    g_current.clear();
    std::vector<Queued> later;
    for (const Queued& q : g_queued) {
        if (q.context != context) continue;
        if (q.afterFrame == frame - 1) g_current += q.c;
        else if (q.afterFrame >= frame) later.push_back(q);  // queued during this frame
        // older: typed while no editor listened (another field had the keyboard): dropped
    }
    g_queued = std::move(later);
    return g_current;
}

} // namespace lectern::ui
