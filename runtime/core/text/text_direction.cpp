#include "text/text_direction.h"

#include "util/utf8.h"

#include <fribidi.h>

namespace lectern::text {

namespace {

bool mayNeedBidi(std::string_view s) {
    for (unsigned char c : s)
        if (c >= 0xD6) return true;  // U+0590 (Hebrew) and above start with 0xD6 or higher
    return false;
}

} // namespace

bool needsBidi(std::string_view s) {
    if (!mayNeedBidi(s)) return false;
    for (size_t i = 0; i < s.size();) {
        if (static_cast<unsigned char>(s[i]) < 0xD6) {
            ++i;
            continue;
        }
        const char32_t cp = utf8::decode(s, i);
        if (cp == utf8::kInvalid) continue;
        const FriBidiCharType t = fribidi_get_bidi_type(FriBidiChar(cp));
        if (FRIBIDI_IS_RTL_LETTER(t) || t == FRIBIDI_TYPE_AN || FRIBIDI_IS_EXPLICIT(t) || FRIBIDI_IS_ISOLATE(t)) return true;
    }
    return false;
}

BaseDirection firstStrongDirection(std::string_view s) {
    for (size_t i = 0; i < s.size();) {
        const char32_t cp = utf8::decode(s, i);
        if (cp == utf8::kInvalid) continue;
        const FriBidiCharType t = fribidi_get_bidi_type(FriBidiChar(cp));
        if (!FRIBIDI_IS_LETTER(t)) continue;
        return FRIBIDI_IS_RTL_LETTER(t) ? BaseDirection::RightToLeft : BaseDirection::LeftToRight;
    }
    return BaseDirection::Auto;
}

} // namespace lectern::text
