#include "ui/text/utf8_text.h"

namespace lectern::ui::text {

char32_t decodeAt(std::string_view s, size_t pos, size_t* length) {
    auto fail = [&] {
        if (length) *length = 1;
        return char32_t{0xFFFD};
    };
    if (pos >= s.size()) {
        if (length) *length = 0;
        return 0;
    }
    const unsigned char b0 = static_cast<unsigned char>(s[pos]);
    if (b0 < 0x80) {
        if (length) *length = 1;
        return b0;
    }
    size_t n = 0;
    char32_t c = 0;
    if ((b0 & 0xE0) == 0xC0) { n = 2; c = b0 & 0x1F; }
    else if ((b0 & 0xF0) == 0xE0) { n = 3; c = b0 & 0x0F; }
    else if ((b0 & 0xF8) == 0xF0) { n = 4; c = b0 & 0x07; }
    else return fail();
    if (pos + n > s.size()) return fail();
    for (size_t i = 1; i < n; ++i) {
        const unsigned char b = static_cast<unsigned char>(s[pos + i]);
        if ((b & 0xC0) != 0x80) return fail();
        c = (c << 6) | (b & 0x3F);
    }
    // Overlong forms, surrogates and values past U+10FFFF are not text.
    static const char32_t kMin[5] = {0, 0, 0x80, 0x800, 0x10000};
    if (c < kMin[n] || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) return fail();
    if (length) *length = n;
    return c;
}

size_t prevCodePoint(std::string_view s, size_t pos) {
    if (pos == 0) return 0;
    if (pos > s.size()) return s.size();
    size_t p = pos - 1;
    // Back over at most three continuation bytes to a lead byte that decodes up to `pos`.
    for (size_t back = 0; back < 3 && p > 0 && (static_cast<unsigned char>(s[p]) & 0xC0) == 0x80; ++back) --p;
    size_t len = 0;
    decodeAt(s, p, &len);
    return p + len == pos ? p : pos - 1;
}

size_t nextCodePoint(std::string_view s, size_t pos) {
    if (pos >= s.size()) return s.size();
    size_t len = 0;
    decodeAt(s, pos, &len);
    return pos + (len ? len : 1);
}

void appendUtf8(std::string& out, char32_t c) {
    if (c < 0x80) {
        out += static_cast<char>(c);
    } else if (c < 0x800) {
        out += static_cast<char>(0xC0 | (c >> 6));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        out += static_cast<char>(0xE0 | (c >> 12));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (c >> 18));
        out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    }
}

std::string cleanText(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (size_t pos = 0; pos < s.size();) {
        size_t len = 0;
        const char32_t c = decodeAt(s, pos, &len);
        if (c == '\r') {
            out += '\n';
            pos += (pos + 1 < s.size() && s[pos + 1] == '\n') ? 2 : 1;
            continue;
        }
        if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7F) {
            pos += len;
            continue;
        }
        if (c == 0xFFFD && len == 1) appendUtf8(out, c);  // an invalid byte
        else out.append(s.substr(pos, len));
        pos += len;
    }
    return out;
}

bool isSpaceCodePoint(char32_t c) {
    return c == ' ' || c == '\t' || c == '\n' || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) ||
           c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000;
}

bool isWordCodePoint(char32_t c) {
    if (c < 0x80) return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';
    if (isSpaceCodePoint(c)) return false;
    // Punctuation and symbols of the blocks learners meet in running text.
    if (c <= 0xBF) return c == 0xAA || c == 0xB2 || c == 0xB3 || c == 0xB5 || c == 0xB9 || c == 0xBA;
    if (c == 0xD7 || c == 0xF7) return false;
    if (c >= 0x2010 && c <= 0x2BFF) return false;          // general punctuation .. arrows, symbols
    if (c >= 0x3001 && c <= 0x3003) return false;          // CJK comma, full stop
    if (c >= 0x3008 && c <= 0x3011) return false;          // CJK brackets
    if (c == 0x060C || c == 0x061B || c == 0x061F || c == 0x06D4) return false;  // Arabic punctuation
    if (c >= 0xFF01 && c <= 0xFF0F) return false;          // full-width punctuation
    if (c >= 0x1F000 && c <= 0x1FAFF) return false;        // emoji and pictographs
    return true;
}

} // namespace lectern::ui::text
