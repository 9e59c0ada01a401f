// UTF-8 decoding and validation (RFC 3629, by utf8proc) and character classes. See utf8.h.
#include "util/utf8.h"

#include <utf8proc.h>

namespace lectern::utf8 {

size_t sequenceLength(std::string_view b, size_t i) {
    // utf8proc_iterate rejects overlong forms, surrogates and code points above U+10FFFF.
    utf8proc_int32_t cp = 0;
    const utf8proc_ssize_t n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(b.data() + i),
                                                static_cast<utf8proc_ssize_t>(b.size() - i), &cp);
    return n > 0 && cp >= 0 ? static_cast<size_t>(n) : 0;
}

char32_t decode(std::string_view bytes, size_t& i) {
    utf8proc_int32_t cp = 0;
    const utf8proc_ssize_t n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(bytes.data() + i),
                                                static_cast<utf8proc_ssize_t>(bytes.size() - i), &cp);
    if (n <= 0 || cp < 0) {
        ++i;
        return kInvalid;
    }
    i += static_cast<size_t>(n);
    return static_cast<char32_t>(cp);
}

size_t codePointStart(std::string_view bytes, size_t pos) {
    // Continuation bytes are 10xxxxxx; a character is at most 4 bytes long.
    size_t start = pos;
    while (start > 0 && pos - start < 3 && (static_cast<unsigned char>(bytes[start]) & 0xC0) == 0x80) --start;
    return sequenceLength(bytes, start) > pos - start ? start : pos;
}

bool isSpace(char32_t cp) {
    // Unicode's White_Space property; utf8proc has no accessor for it, and it is a short, fixed list.
    return (cp >= 0x09 && cp <= 0x0D) || cp == ' ' || cp == 0x85 || cp == 0xA0 || cp == 0x1680 ||
           (cp >= 0x2000 && cp <= 0x200A) || cp == 0x2028 || cp == 0x2029 || cp == 0x202F || cp == 0x205F ||
           cp == 0x3000;
}

bool isLetterOrDigit(char32_t cp) {
    if (cp == kInvalid) return false;
    switch (utf8proc_category(static_cast<utf8proc_int32_t>(cp))) {
    case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LT: case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO: case UTF8PROC_CATEGORY_ND: case UTF8PROC_CATEGORY_NL: case UTF8PROC_CATEGORY_NO:
        return true;
    default:
        return false;
    }
}

bool isMark(char32_t cp) {
    if (cp == kInvalid) return false;
    const utf8proc_category_t c = utf8proc_category(static_cast<utf8proc_int32_t>(cp));
    return c == UTF8PROC_CATEGORY_MN || c == UTF8PROC_CATEGORY_MC || c == UTF8PROC_CATEGORY_ME;
}

bool isPunctuation(char32_t cp) {
    if (cp == kInvalid) return false;
    if (cp < 0x80) return cp > 0x20 && cp < 0x7F && !((cp >= '0' && cp <= '9') || ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z'));
    const utf8proc_category_t c = utf8proc_category(static_cast<utf8proc_int32_t>(cp));
    return c >= UTF8PROC_CATEGORY_PC && c <= UTF8PROC_CATEGORY_PO;
}

std::vector<BadByte> findBadBytes(std::string_view bytes, size_t maxReports, size_t* total) {
    std::vector<BadByte> out;
    size_t count = 0;
    int line = 1;
    size_t lineStart = 0;
    for (size_t i = 0; i < bytes.size();) {
        const char ch = bytes[i];
        if (ch == '\n') {
            ++line;
            lineStart = i + 1;
            ++i;
            continue;
        }
        const size_t len = ch == '\0' ? 0 : sequenceLength(bytes, i);
        if (len == 0) {
            ++count;
            if (out.size() < maxReports)
                out.push_back({i, {line, int(i - lineStart + 1)}, ch == '\0'});
            ++i;
            continue;
        }
        i += len;
    }
    if (total) *total = count;
    return out;
}

std::string sanitize(std::string_view bytes) {
    std::string out(bytes);
    for (size_t i = 0; i < out.size();) {
        const size_t len = out[i] == '\0' ? 0 : sequenceLength(out, i);
        if (len == 0) {
            out[i] = '?';
            ++i;
        } else {
            i += len;
        }
    }
    return out;
}

size_t countCodePoints(std::string_view s) {
    size_t n = 0;
    for (unsigned char c : s)
        if ((c & 0xC0) != 0x80) ++n;
    return n;
}

} // namespace lectern::utf8
