// Editor bench: the text editor with a 10,000-word reflection, headless (no GPU), with the
// app's fonts. Prints figures; asserts nothing.
//
//   build/editor_bench
//
// keystroke_to_frame: a character queued as the shell queues it, then one whole frame
// (NewFrame, the editor, Render): what the learner waits for before the letter shows. Typed
// at the end of the text and at its start (every line after it moves), and with the caret
// moving (arrows: no new layout). Frame time while idle with the editor open is reported too.
#include "ui/fonts.h"
#include "ui/keys.h"
#include "ui/text_input_queue.h"
#include "ui/widgets/text_editor.h"

#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <numeric>
#include <random>
#include <string>
#include <vector>

using namespace lectern;
using Clock = std::chrono::steady_clock;

namespace {

std::string essay(int words) {
    static const char* kWords[] = {"diplomacy", "norms", "cyber", "states", "agreed", "report", "the", "of",
                                   "experts", "Группа", "résumé", "confidence", "building", "measures", "and", "a"};
    std::mt19937 rng(7);
    std::string s;
    for (int i = 0; i < words; ++i) {
        s += kWords[rng() % 16];
        s += (i % 90 == 89) ? "\n\n" : (i % 13 == 12 ? ". " : " ");
    }
    return s;
}

struct Stats {
    double mean = 0, p95 = 0, max = 0;
};

Stats stats(std::vector<double> ms) {
    Stats s;
    if (ms.empty()) return s;
    std::sort(ms.begin(), ms.end());
    s.mean = std::accumulate(ms.begin(), ms.end(), 0.0) / static_cast<double>(ms.size());
    s.p95 = ms[std::min(ms.size() - 1, ms.size() * 95 / 100)];
    s.max = ms.back();
    return s;
}

void print(const char* name, const Stats& s) {
    std::printf("%s_mean_ms %.3f ms\n", name, s.mean);
    std::printf("%s_p95_ms %.3f ms\n", name, s.p95);
    std::printf("%s_max_ms %.3f ms\n", name, s.max);
}

} // namespace

int main() {
    ImGuiContext* ctx = ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.DisplaySize = ImVec2(1280, 800);
    io.DeltaTime = 1.0f / 60.0f;
    for (int k = 0; k < ImGuiKey_COUNT; ++k) io.KeyMap[k] = -1;
    io.KeyMap[ImGuiKey_LeftArrow] = ui::keys::Left;
    io.KeyMap[ImGuiKey_RightArrow] = ui::keys::Right;
    io.KeyMap[ImGuiKey_Home] = ui::keys::Home;
    const ui::FontLoadResult fonts = ui::loadFonts(*io.Fonts, 18.0f, "");
    unsigned char* px = nullptr;
    int w = 0, h = 0;
    io.Fonts->GetTexDataAsRGBA32(&px, &w, &h);

    ui::TextEditor editor;
    std::string text = essay(10000);
    std::printf("# %zu bytes, 10000 words, font %s\n", text.size(), fonts.usedDefaultFont ? "ImGui default" : "Noto Sans");
    auto frame = [&] {
        const auto t0 = Clock::now();
        ImGui::NewFrame();
        ImGui::SetNextWindowPos(ImVec2(0, 0));
        ImGui::SetNextWindowSize(io.DisplaySize);
        ImGui::Begin("Reader", nullptr, ImGuiWindowFlags_NoSavedSettings);
        ImGui::PushItemWidth(760);
        ImGui::BeginChild("column", ImVec2(760, 0));
        editor.draw("##answer", text, {8, "", ImGui::GetFrameHeightWithSpacing()});
        ImGui::TextUnformatted("10000 words · Saved");
        ImGui::EndChild();
        ImGui::End();
        ImGui::Render();
        return std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
    };
    const double first = frame();
    editor.focus();
    frame();

    std::vector<double> end, start, moves, idle;
    for (int i = 0; i < 300; ++i) {  // typing at the end (the caret was put there)
        ui::queueTypedCodePoint(i % 6 == 5 ? U' ' : U'a' + static_cast<char32_t>(i % 26));
        end.push_back(frame());
    }
    io.KeysDown[ui::keys::Home] = io.KeyCtrl = true;  // Ctrl+Home: the start of the text
    frame();
    io.KeysDown[ui::keys::Home] = io.KeyCtrl = false;
    frame();
    for (int i = 0; i < 300; ++i) {  // typing at the start: every line below moves
        ui::queueTypedCodePoint(i % 6 == 5 ? U' ' : U'a' + static_cast<char32_t>(i % 26));
        start.push_back(frame());
    }
    for (int i = 0; i < 300; ++i) {  // arrows: the caret moves, the text does not
        io.KeysDown[ui::keys::Right] = i % 2 == 0;
        moves.push_back(frame());
    }
    io.KeysDown[ui::keys::Right] = false;
    for (int i = 0; i < 300; ++i) idle.push_back(frame());

    std::printf("editor_first_frame_10k_words_ms %.2f ms\n", first);
    print("editor_keystroke_to_frame_10k_words_at_end", stats(end));
    print("editor_keystroke_to_frame_10k_words_at_start", stats(start));
    print("editor_frame_caret_moving_10k_words", stats(moves));
    print("editor_frame_idle_10k_words", stats(idle));
    std::printf("editor_lines_10k_words %zu lines\n", editor.lines().count());
    std::printf("editor_text_kept %s\n", text == editor.model().text() ? "yes" : "NO");
    ImGui::DestroyContext(ctx);
    return 0;
}
