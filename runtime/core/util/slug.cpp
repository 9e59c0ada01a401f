// Slugs and id syntax. See slug.h.
#include "util/slug.h"

namespace lectern {

std::string slugify(std::string_view text) {
    std::string out;
    bool pendingHyphen = false;
    for (char ch : text) {
        const auto c = static_cast<unsigned char>(ch);
        const bool keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                          c == '_' || c >= 0x80;
        if (keep) {
            if (pendingHyphen && !out.empty()) out += '-';
            pendingHyphen = false;
            out += (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : ch;
        } else {
            pendingHyphen = true;
        }
    }
    return out.empty() ? std::string("section") : out;
}

bool isValidId(std::string_view id) {
    if (id.empty() || id.size() > 200) return false;
    for (size_t i = 0; i < id.size(); ++i) {
        const auto c = static_cast<unsigned char>(id[i]);
        const bool alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        if (alnum) continue;
        if ((c == '-' || c == '_' || c == '.') && i > 0) continue;
        return false;
    }
    return true;
}

} // namespace lectern
