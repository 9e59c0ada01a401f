// Rebuild on miss: every string ImGui draws goes through ImDrawList::AddText, which the linker
// routes here first (ld --wrap, set on lectern_ui in runtime/ui/CMakeLists.txt). A code point
// the font has no glyph for (ImFont::FindGlyphNoFallback is null: ImGui draws its fallback) is
// asked for in the active GlyphSet; LecternUi::prepareFonts rebuilds the atlas before the next
// frame, so what is shown is drawn right from then on. A code point no face has stays in the
// set, so it is asked for once, never rebuilt for again: it shows as U+FFFD.
//
// Calls from inside imgui_draw.cpp are not routed (the linker wraps only references between
// object files): ImGui's own widgets call AddText from imgui.cpp and imgui_widgets.cpp, and
// Lectern's views call it directly; the short overload (current font) is wrapped as well.
//
// Text that needs shaping (Arabic, mixed directions: shaping/shaped_text.h) is drawn shaped
// here instead of by ImGui, so every widget shows it joined and in reading order; and
// ImFont::CalcTextSizeA is routed here too, so widgets are as wide as the shaped text.
#include "ui/glyph_set.h"
#include "ui/shaping/shaped_text.h"

#include "util/utf8.h"

#include <imgui.h>

#include <cfloat>

namespace lectern::ui {
namespace {

// The text of an ImGui call: `end` null means up to the terminating NUL, as in ImGui.
std::string_view drawnText(const char* begin, const char* end) {
    return std::string_view(begin, end ? size_t(end - begin) : std::char_traits<char>::length(begin));
}

void noteMisses(const ImFont* font, const char* begin, const char* end) {
    GlyphSet* set = activeGlyphSet();
    if (!set || !font || !begin) return;
    const std::string_view text = drawnText(begin, end);
    for (size_t i = 0; i < text.size();) {
        if (static_cast<unsigned char>(text[i]) < 0x80) {  // ASCII: always in the atlas
            ++i;
            continue;
        }
        const char32_t cp = utf8::decode(text, i);
        if (cp == utf8::kInvalid || cp > 0xFFFF || set->contains(cp)) continue;
        if (!font->FindGlyphNoFallback(static_cast<ImWchar>(cp))) set->request(cp);
    }
}

// True when the text was drawn shaped (ImGui must not draw it too).
bool drewShaped(ImDrawList* list, const ImFont* font, float size, const ImVec2& pos, ImU32 col, const char* begin,
                const char* end, float wrapWidth, const ImVec4* clip) {
    if (!begin) return false;
    const std::string_view text = drawnText(begin, end);
    if (!needsShaping(text)) return false;
    ShapedDraw d;
    d.list = list;
    d.font = font;
    d.size = size;
    d.pos = pos;
    d.colour = col;
    d.clip = clip;
    d.wrapWidth = wrapWidth;
    drawShaped(d, text);
    return true;
}

} // namespace
} // namespace lectern::ui

// The mangled names of ImDrawList::AddText (libimgui 1.86, x86-64 Itanium ABI): a member
// function's `this` is its first argument, so these free functions take the same registers.
extern "C" {
void __real__ZN10ImDrawList7AddTextEPK6ImFontfRK6ImVec2jPKcS7_fPK6ImVec4(ImDrawList*, const ImFont*, float,
                                                                       const ImVec2&, ImU32, const char*,
                                                                       const char*, float, const ImVec4*);
void __real__ZN10ImDrawList7AddTextERK6ImVec2jPKcS4_(ImDrawList*, const ImVec2&, ImU32, const char*, const char*);

void __wrap__ZN10ImDrawList7AddTextEPK6ImFontfRK6ImVec2jPKcS7_fPK6ImVec4(ImDrawList* list, const ImFont* font,
                                                                       float size, const ImVec2& pos, ImU32 col,
                                                                       const char* begin, const char* end,
                                                                       float wrapWidth, const ImVec4* clip) {
    if (lectern::ui::drewShaped(list, font, size, pos, col, begin, end, wrapWidth, clip)) return;
    lectern::ui::noteMisses(font ? font : ImGui::GetFont(), begin, end);
    __real__ZN10ImDrawList7AddTextEPK6ImFontfRK6ImVec2jPKcS7_fPK6ImVec4(list, font, size, pos, col, begin, end,
                                                                      wrapWidth, clip);
}

ImVec2 __real__ZNK6ImFont13CalcTextSizeAEfffPKcS1_PS1_(const ImFont*, float, float, float, const char*, const char*,
                                                       const char**);

ImVec2 __wrap__ZNK6ImFont13CalcTextSizeAEfffPKcS1_PS1_(const ImFont* font, float size, float maxWidth, float wrapWidth,
                                                       const char* begin, const char* end, const char** remaining) {
    // Clipped measuring (maxWidth) and the remaining-text pointer stay ImGui's: InputText uses them.
    if (begin && !remaining && maxWidth >= FLT_MAX * 0.5f) {
        const std::string_view text = lectern::ui::drawnText(begin, end);
        if (lectern::ui::needsShaping(text)) return lectern::ui::shapedSize(font, size, text, wrapWidth);
    }
    return __real__ZNK6ImFont13CalcTextSizeAEfffPKcS1_PS1_(font, size, maxWidth, wrapWidth, begin, end, remaining);
}

void __wrap__ZN10ImDrawList7AddTextERK6ImVec2jPKcS4_(ImDrawList* list, const ImVec2& pos, ImU32 col,
                                                     const char* begin, const char* end) {
    if (lectern::ui::drewShaped(list, nullptr, 0, pos, col, begin, end, 0, nullptr)) return;
    lectern::ui::noteMisses(ImGui::GetFont(), begin, end);
    __real__ZN10ImDrawList7AddTextERK6ImVec2jPKcS4_(list, pos, col, begin, end);
}
}
