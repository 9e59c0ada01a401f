// A search result's snippet laid out word by word within a width, each word measured in the
// font it is drawn in (matched words are bold: measured in the regular font they overlapped
// the space after them, "consensusreport"). ImGui's own wrapping cannot change font inside a line.
#pragma once
#include <imgui.h>

#include <string>
#include <string_view>
#include <vector>

namespace lectern::ui {

struct SnippetRun {
    ImVec2 offset;
    std::string text;
    bool highlighted = false;
};

// `height` is set to the height of the laid-out lines (line height: the regular font's size).
std::vector<SnippetRun> layoutSnippet(std::string_view snippet, float width, ImFont* regular, ImFont* bold, float& height);

} // namespace lectern::ui
