// Long wrapped text drawn clipped. See clipped_text.h.
#include "ui/widgets/clipped_text.h"

#include "ui/layout/module_layout.h"
#include "ui/widgets/rich_text.h"

#include <imgui.h>
#include <imgui_internal.h>

#include <unordered_map>

namespace lectern::ui {
namespace {

// Layouts of the long texts on screen, by text, width and font: laid out once, drawn per frame.
struct CachedLayout {
    std::string text;
    float width = 0;
    const ImFont* font = nullptr;
    unsigned generation = 0;  // FontSet::generation: a rebuilt atlas may reuse the ImFont's address
    layout::BlockLayout layout;
};
std::unordered_map<ImGuiID, CachedLayout>& cache() {
    static std::unordered_map<ImGuiID, CachedLayout> c;  // UI thread only
    return c;
}

const layout::BlockLayout& layoutFor(std::string_view text, const FontSet& fonts, layout::FontRole role, float width) {
    const ImFont* font = layout::fontFor(fonts, role);
    ImGuiID key = ImHashData(text.data(), text.size());
    key = ImHashData(&width, sizeof width, key);
    key = ImHashData(&font, sizeof font, key);
    auto& c = cache();
    auto it = c.find(key);
    if (it != c.end() && it->second.width == width && it->second.font == font &&
        it->second.generation == fonts.generation && it->second.text == text)
        return it->second.layout;
    if (c.size() >= 64) c.clear();  // a page shows a handful of long texts: keep memory small
    CachedLayout& e = c[key];
    e.text = std::string(text);
    e.width = width;
    e.font = font;
    e.generation = fonts.generation;
    e.layout = layout::layoutWrappedText(text, fonts, role, width);
    return e.layout;
}

} // namespace

void wrappedText(const UiEnv& env, std::string_view text, layout::FontRole font, unsigned colour, float width) {
    ImFont* imFont = env.fonts ? layout::fontFor(*env.fonts, font) : nullptr;
    if (text.size() < kClippedTextMinBytes || !env.fonts || !env.theme || !imFont) {
        if (imFont) ImGui::PushFont(imFont);
        if (colour) ImGui::PushStyleColor(ImGuiCol_Text, colour);
        ImGui::PushTextWrapPos(width > 0 ? ImGui::GetCursorPosX() + width : 0.0f);
        ImGui::TextUnformatted(text.data(), text.data() + text.size());
        ImGui::PopTextWrapPos();
        if (colour) ImGui::PopStyleColor();
        if (imFont) ImGui::PopFont();
        return;
    }
    width = std::max(width > 0 ? width : ImGui::GetContentRegionAvail().x, env.fonts->basePx * 4);
    const layout::BlockLayout& lay = layoutFor(text, *env.fonts, font, width);
    Theme theme = *env.theme;
    if (colour) theme.text = colour;  // the layout's ink is Text
    ImDrawList* dl = ImGui::GetWindowDrawList();
    RichTextDraw d;
    d.fonts = env.fonts;
    d.theme = &theme;
    d.drawList = dl;
    d.origin = ImGui::GetCursorScreenPos();
    d.visibleTop = dl->GetClipRectMin().y;
    d.visibleBottom = dl->GetClipRectMax().y;
    drawBlockLayout(lay, d, nullptr);
    ImGui::Dummy(ImVec2(width, lay.height));
    if (ImGui::GetCurrentContext()->LogEnabled) ImGui::LogRenderedText(nullptr, text.data(), text.data() + text.size());
}

} // namespace lectern::ui
