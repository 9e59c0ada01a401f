// Escaping control characters for terminal output. See terminal_text.h.
#include "util/terminal_text.h"

#include <cstdio>

namespace lectern {

std::string escapeControlChars(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (size_t i = 0; i < text.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(text[i]);
        char buf[8];
        if (c == '\n') out += "\\n";
        else if (c == '\t') out += "\\t";
        else if (c == '\r') out += "\\r";
        else if (c < 0x20 || c == 0x7f) std::snprintf(buf, sizeof buf, "\\x%02X", unsigned(c)), out += buf;
        else if (c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) >= 0x80 &&
                 static_cast<unsigned char>(text[i + 1]) <= 0x9F) {
            // C1 controls (U+0080..U+009F) in UTF-8: U+009B is a one-byte CSI on some terminals.
            std::snprintf(buf, sizeof buf, "\\u%04X", unsigned(static_cast<unsigned char>(text[++i])));
            out += buf;
        } else out += char(c);
    }
    return out;
}

} // namespace lectern
