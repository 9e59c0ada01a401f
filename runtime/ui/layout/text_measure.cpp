#include "ui/layout/text_measure.h"

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
    int n = ImTextCharFromUtf8(&c, p, end);
    return p + (n > 0 ? n : 1);
}

} // namespace

float measureText(const ImFont* font, const char* begin, const char* end) {
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
