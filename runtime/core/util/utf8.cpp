// UTF-8 validation (RFC 3629). See utf8.h.
#include "util/utf8.h"

namespace lectern::utf8 {

size_t sequenceLength(std::string_view b, size_t i) {
    const auto at = [&](size_t k) { return static_cast<unsigned char>(b[k]); };
    const size_t n = b.size();
    const unsigned c = at(i);
    if (c < 0x80) return 1;
    const auto cont = [&](size_t k) { return k < n && (at(k) & 0xC0) == 0x80; };
    if (c >= 0xC2 && c <= 0xDF) return cont(i + 1) ? 2 : 0;
    if (c >= 0xE0 && c <= 0xEF) {
        if (!cont(i + 1) || !cont(i + 2)) return 0;
        const unsigned c1 = at(i + 1);
        if (c == 0xE0 && c1 < 0xA0) return 0;   // overlong
        if (c == 0xED && c1 >= 0xA0) return 0;  // UTF-16 surrogate
        return 3;
    }
    if (c >= 0xF0 && c <= 0xF4) {
        if (!cont(i + 1) || !cont(i + 2) || !cont(i + 3)) return 0;
        const unsigned c1 = at(i + 1);
        if (c == 0xF0 && c1 < 0x90) return 0;   // overlong
        if (c == 0xF4 && c1 >= 0x90) return 0;  // above U+10FFFF
        return 4;
    }
    return 0;
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
