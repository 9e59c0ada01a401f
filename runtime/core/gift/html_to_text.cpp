// HTML in GIFT texts becomes Markdown-ish text (gift_parser.h htmlToText): linear, no tree, no
// recursion, so hostile nesting costs nothing. Nothing of the HTML survives as markup.
#include "gift/gift_parser.h"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <string>

namespace lectern::gift {
namespace {

std::string lower(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = char(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

void appendUtf8(std::string& out, uint32_t cp) {
    if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
    if (cp < 0x80) out += char(cp);
    else if (cp < 0x800) { out += char(0xC0 | (cp >> 6)); out += char(0x80 | (cp & 0x3F)); }
    else if (cp < 0x10000) { out += char(0xE0 | (cp >> 12)); out += char(0x80 | ((cp >> 6) & 0x3F)); out += char(0x80 | (cp & 0x3F)); }
    else { out += char(0xF0 | (cp >> 18)); out += char(0x80 | ((cp >> 12) & 0x3F)); out += char(0x80 | ((cp >> 6) & 0x3F)); out += char(0x80 | (cp & 0x3F)); }
}

// Decodes the entity at s[i] == '&'; returns the bytes consumed (0: not an entity).
size_t entity(std::string_view s, size_t i, std::string& out) {
    const size_t semi = s.substr(0, std::min(s.size(), i + 12)).find(';', i);  // bounded: "&&&&" stays linear
    if (semi == std::string_view::npos) return 0;
    const std::string_view name = s.substr(i + 1, semi - i - 1);
    static const struct { const char* n; const char* v; } named[] = {
        {"amp", "&"}, {"lt", "<"}, {"gt", ">"}, {"quot", "\""}, {"apos", "'"}, {"nbsp", " "},
        {"ndash", "\xE2\x80\x93"}, {"mdash", "\xE2\x80\x94"}, {"hellip", "\xE2\x80\xA6"}, {"laquo", "\xC2\xAB"},
        {"raquo", "\xC2\xBB"}, {"eacute", "\xC3\xA9"}, {"egrave", "\xC3\xA8"}, {"agrave", "\xC3\xA0"}, {"ccedil", "\xC3\xA7"}};
    for (const auto& e : named)
        if (name == e.n) { out += e.v; return semi - i + 1; }
    if (name.size() >= 2 && name[0] == '#') {
        uint32_t cp = 0;
        const bool hex = name[1] == 'x' || name[1] == 'X';
        for (size_t k = hex ? 2 : 1; k < name.size(); ++k) {
            const char c = name[k];
            int d = std::isdigit(static_cast<unsigned char>(c)) ? c - '0'
                    : hex && std::isxdigit(static_cast<unsigned char>(c)) ? std::tolower(c) - 'a' + 10 : -1;
            if (d < 0) return 0;
            cp = cp * (hex ? 16 : 10) + uint32_t(d);
            if (cp > 0x10FFFF) return 0;
        }
        appendUtf8(out, cp);
        return semi - i + 1;
    }
    return 0;
}

std::string attribute(std::string_view tag, std::string_view name) {
    const std::string low = lower(tag);
    size_t at = low.find(std::string(name) + "=");
    if (at == std::string::npos) return {};
    at += name.size() + 1;
    if (at >= tag.size()) return {};
    const char q = tag[at];
    size_t end;
    if (q == '"' || q == '\'') {
        ++at;
        end = tag.find(q, at);
    } else {
        end = tag.find_first_of(" \t\n>", at);
    }
    if (end == std::string_view::npos) end = tag.size();
    std::string raw(tag.substr(at, end - at)), out;
    for (size_t i = 0; i < raw.size(); ++i) {
        if (raw[i] == '&')
            if (size_t n = entity(raw, i, out)) { i += n - 1; continue; }
        out += raw[i];
    }
    return out;
}

} // namespace

std::string htmlToText(std::string_view s) {
    std::string out;
    std::string linkHref;
    size_t linkStart = std::string::npos;
    std::string skipUntil;  // "</script" or "</style": content dropped
    for (size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        if (!skipUntil.empty()) {
            if (c == '<' && lower(s.substr(i, skipUntil.size())) == skipUntil) {
                const size_t gt = s.find('>', i);
                i = gt == std::string_view::npos ? s.size() : gt;
                skipUntil.clear();
            }
            continue;
        }
        if (c == '&') {
            if (size_t n = entity(s, i, out)) { i += n - 1; continue; }
            out += c;
            continue;
        }
        const bool tagStart = c == '<' && i + 1 < s.size() &&
                              (std::isalpha(static_cast<unsigned char>(s[i + 1])) || s[i + 1] == '/' || s[i + 1] == '!');
        if (!tagStart) {
            out += c;
            continue;
        }
        if (s.substr(i, 4) == "<!--") {
            const size_t end = s.find("-->", i + 4);
            i = end == std::string_view::npos ? s.size() : end + 2;
            continue;
        }
        // A tag ends at '>' before any other '<' (searching no further keeps "<a<a<a..." linear).
        const size_t gt = s.find_first_of("<>", i + 1);
        if (gt == std::string_view::npos || s[gt] == '<') {  // "<b" without '>': text
            out += c;
            continue;
        }
        const std::string_view tag = s.substr(i + 1, gt - i - 1);
        i = gt;
        const bool closing = !tag.empty() && tag[0] == '/';
        size_t nameEnd = closing ? 1 : 0;
        while (nameEnd < tag.size() && std::isalnum(static_cast<unsigned char>(tag[nameEnd]))) ++nameEnd;
        const std::string name = lower(tag.substr(closing ? 1 : 0, nameEnd - (closing ? 1 : 0)));
        if (name == "script" || name == "style") {
            if (!closing) skipUntil = "</" + name;
        } else if (name == "br") {
            out += "\n";
        } else if (name == "p" || name == "div" || name == "tr" || name == "ul" || name == "ol" || name == "table" ||
                   (name.size() == 2 && name[0] == 'h' && name[1] >= '1' && name[1] <= '6')) {
            if (!out.empty() && out.back() != '\n') out += "\n";
            if (closing && !out.empty()) out += "\n";
        } else if (name == "li") {
            if (!closing) out += (out.empty() || out.back() == '\n') ? "- " : "\n- ";
        } else if (name == "b" || name == "strong") {
            out += "**";
        } else if (name == "i" || name == "em") {
            out += "*";
        } else if (name == "code" || name == "tt") {
            out += "`";
        } else if (name == "td" || name == "th") {
            if (closing) out += " ";
        } else if (name == "img") {
            const std::string alt = attribute(tag, "alt");
            if (!alt.empty()) out += "[" + alt + "]";
        } else if (name == "a") {
            if (!closing) {
                linkHref = attribute(tag, "href");
                linkStart = out.size();
            } else if (linkStart != std::string::npos) {
                const std::string text = out.substr(linkStart);
                if (!linkHref.empty() && linkHref != text) out += " (" + linkHref + ")";
                linkStart = std::string::npos;
            }
        }
    }
    // Tidy: no spaces at line ends, at most one empty line, none at the ends.
    std::string tidy;
    int newlines = 0;
    for (char ch : out) {
        if (ch == '\n') {
            while (!tidy.empty() && (tidy.back() == ' ' || tidy.back() == '\t')) tidy.pop_back();
            if (++newlines <= 2 && !tidy.empty()) tidy += ch;
        } else {
            newlines = 0;
            tidy += ch;
        }
    }
    while (!tidy.empty() && (tidy.back() == '\n' || tidy.back() == ' ')) tidy.pop_back();
    size_t start = tidy.find_first_not_of(" \n");
    return start == std::string::npos ? std::string() : tidy.substr(start);
}

} // namespace lectern::gift
