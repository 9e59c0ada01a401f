#include "harness.h"

#include "platform/thread_role.h"
#include "ui/keys.h"
#include "ui/text_input_queue.h"

#include <utility>

#include <catch2/catch.hpp>

namespace lectern::test {

HeadlessUi::HeadlessUi(float width, float height) {
    IMGUI_CHECKVERSION();
    m_ctx = ImGui::CreateContext();
    ImGui::SetCurrentContext(m_ctx);
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;  // tests never write imgui.ini
    io.LogFilename = nullptr;
    io.DisplaySize = ImVec2(width, height);
    io.DeltaTime = 1.0f / 60.0f;
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    // The same key map as imgui_impl_glfw, so views see the codes the real app feeds them.
    using namespace lectern::ui;
    const std::pair<ImGuiKey, int> map[] = {
        {ImGuiKey_Tab, keys::Tab}, {ImGuiKey_LeftArrow, keys::Left}, {ImGuiKey_RightArrow, keys::Right},
        {ImGuiKey_UpArrow, keys::Up}, {ImGuiKey_DownArrow, keys::Down}, {ImGuiKey_PageUp, keys::PageUp},
        {ImGuiKey_PageDown, keys::PageDown}, {ImGuiKey_Home, keys::Home}, {ImGuiKey_End, keys::End},
        {ImGuiKey_Insert, keys::Insert}, {ImGuiKey_Delete, keys::Delete}, {ImGuiKey_Backspace, keys::Backspace},
        {ImGuiKey_Space, keys::Space}, {ImGuiKey_Enter, keys::Enter}, {ImGuiKey_Escape, keys::Escape},
        {ImGuiKey_KeyPadEnter, keys::KeypadEnter}, {ImGuiKey_A, keys::letter('A')}, {ImGuiKey_C, keys::letter('C')},
        {ImGuiKey_V, keys::letter('V')}, {ImGuiKey_X, keys::letter('X')}, {ImGuiKey_Y, keys::letter('Y')},
        {ImGuiKey_Z, keys::letter('Z')}};
    for (auto [imguiKey, code] : map) io.KeyMap[imguiKey] = code;
    // The default font is enough to lay out text; the real fonts are tested by the app shell.
    ImFont* font = io.Fonts->AddFontDefault();
    unsigned char* pixels = nullptr;
    int w = 0, h = 0;
    io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
    m_fonts = {font, font, font, font, font, font, font, font, 13.f};
    m_theme.text = IM_COL32(20, 20, 20, 255);
}

HeadlessUi::~HeadlessUi() {
    ImGui::DestroyContext(m_ctx);
    lectern::ui::discardTypedText();  // what this test typed is not the next one's
}

void HeadlessUi::frame(const std::function<void()>& draw) {
    ImGui::SetCurrentContext(m_ctx);
    // A frame runs on the UI thread: SQLite from a view or widget aborts a debug build.
    lectern::UiThreadScope uiThread;
    ImGui::NewFrame();
    draw();
    ImGui::Render();
    ImDrawData* data = ImGui::GetDrawData();
    m_lastVertexCount = data ? data->TotalVtxCount : 0;
    m_lastIndexMax = 0;
    if (data) {
        for (int i = 0; i < data->CmdListsCount; ++i) {
            const ImDrawList* list = data->CmdLists[i];
            for (const ImDrawCmd& cmd : list->CmdBuffer) {
                // With VtxOffset each command indexes from its own base: check the local index.
                for (unsigned e = 0; e < cmd.ElemCount; ++e) {
                    int idx = list->IdxBuffer[cmd.IdxOffset + e];
                    if (idx > m_lastIndexMax) m_lastIndexMax = idx;
                }
            }
        }
    }
}

void HeadlessUi::frames(int n, const std::function<void()>& draw) {
    for (int i = 0; i < n; ++i) frame(draw);
}

void HeadlessUi::mouseMove(float x, float y) { ImGui::GetIO().MousePos = ImVec2(x, y); }
void HeadlessUi::mouseDown(int button) { ImGui::GetIO().MouseDown[button] = true; }
void HeadlessUi::mouseUp(int button) { ImGui::GetIO().MouseDown[button] = false; }

void HeadlessUi::click(float x, float y, const std::function<void()>& draw) {
    mouseMove(x, y);
    frame(draw);
    mouseDown();
    frame(draw);
    mouseUp();
    frame(draw);
}

void HeadlessUi::key(int code, bool down) { ImGui::GetIO().KeysDown[code] = down; }

void HeadlessUi::pressKey(int code, const std::function<void()>& draw, bool ctrl, bool shift) {
    ImGuiIO& io = ImGui::GetIO();
    io.KeyCtrl = ctrl;
    io.KeyShift = shift;
    io.KeysDown[code] = true;
    frame(draw);
    io.KeysDown[code] = false;
    io.KeyCtrl = false;
    io.KeyShift = false;
    frame(draw);
}

// As the shell does: ImGui's own (16-bit) queue for its fields, the 32-bit queue for the editor.
void HeadlessUi::type(const std::string& utf8) {
    ImGui::GetIO().AddInputCharactersUTF8(utf8.c_str());
    lectern::ui::queueTypedText(utf8);
}

} // namespace lectern::test
