#include "ui/views/snippet_layout.h"

#include "search/search_index.h"
#include "ui/layout/text_measure.h"

namespace lectern::ui {

std::vector<SnippetRun> layoutSnippet(std::string_view snippet, float width, ImFont* regular, ImFont* bold, float& height) {
    std::vector<SnippetRun> runs;
    const float lineHeight = regular->FontSize;
    float x = 0, y = 0;
    bool pendingSpace = false;
    const auto isSpace = [](char c) { return c == ' ' || c == '\n' || c == '\t'; };
    for (const search::SnippetPart& part : search::splitSnippet(snippet)) {
        ImFont* font = part.highlighted ? bold : regular;
        const float spaceWidth = layout::measureText(font, " ", " " + 1);
        const std::string_view text = part.text;
        size_t i = 0;
        while (i < text.size()) {
            if (isSpace(text[i])) {
                pendingSpace = true;
                ++i;
                continue;
            }
            size_t j = i;
            while (j < text.size() && !isSpace(text[j])) ++j;
            const float w = layout::measureText(font, text.data() + i, text.data() + j);
            const float gap = (pendingSpace && x > 0) ? spaceWidth : 0;
            if (x > 0 && x + gap + w > width) {
                x = 0;
                y += lineHeight;
            } else {
                x += gap;
            }
            runs.push_back({ImVec2(x, y), std::string(text.substr(i, j - i)), part.highlighted});
            x += w;
            pendingSpace = false;
            i = j;
        }
    }
    height = runs.empty() ? 0 : y + lineHeight;
    return runs;
}

} // namespace lectern::ui
