#include "ui/text/utf8_text.h"

#include "util/utf8.h"

namespace lectern::ui::text {

// On the one decoder (util/utf8.h); an invalid byte is U+FFFD here, one byte long.
char32_t decodeAt(std::string_view s, size_t pos, size_t* length) {
    if (pos >= s.size()) {
        if (length) *length = 0;
        return 0;
    }
    size_t next = pos;
    const char32_t c = utf8::decode(s, next);
    if (length) *length = next - pos;
    return c == utf8::kInvalid ? char32_t{0xFFFD} : c;
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

bool isSpaceCodePoint(char32_t c) { return utf8::isSpace(c); }

// Unicode's classes (utf8proc), so every script's letters, digits and marks make words.
bool isWordCodePoint(char32_t c) { return c == '_' || utf8::isLetterOrDigit(c) || utf8::isMark(c); }

} // namespace lectern::ui::text
