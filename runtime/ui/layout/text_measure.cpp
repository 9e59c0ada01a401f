#include "ui/layout/text_measure.h"

#include "ui/shaping/shaped_text.h"
#include "util/utf8.h"

#include <imgui.h>
#include <imgui_internal.h>

namespace lectern::ui::layout {

namespace {

inline float advance(const ImFont* font, unsigned c) {
    return c < static_cast<unsigned>(font->IndexAdvanceX.Size) ? font->IndexAdvanceX.Data[c] : font->FallbackAdvanceX;
}

inline const char* nextChar(const char* p, const char* end, unsigned& c) {
    if (static_cast<unsigned char>(*p) < 0x80) {
        c = static_cast<unsigned char>(*p);
        return p + 1;
    }
    size_t n = 0;
    const char32_t cp = utf8::decode(std::string_view(p, static_cast<size_t>(end - p)), n);
    c = cp == utf8::kInvalid ? 0xFFFDu : static_cast<unsigned>(cp);  // shown as the replacement glyph
    return p + n;
}

} // namespace

float measureText(const ImFont* font, const char* begin, const char* end) {
    // Shaped text is drawn shaped (glyph_miss_hook.cpp): its width is the shaped one.
    if (const std::string_view s(begin, size_t(end - begin)); needsShaping(s)) return shapedWidth(font, font->FontSize, s);
    float w = 0;
    for (const char* p = begin; p < end;) {
        unsigned c = 0;
        p = nextChar(p, end, c);
        w += advance(font, c);
    }
    return w;
}

const char* fitText(const ImFont* font, const char* begin, const char* end, float width) {
    float w = 0;
    const char* p = begin;
    while (p < end) {
        unsigned c = 0;
        const char* next = nextChar(p, end, c);
        w += advance(font, c);
        if (w > width && p > begin) break;
        p = next;
    }
    return p;
}

} // namespace lectern::ui::layout
