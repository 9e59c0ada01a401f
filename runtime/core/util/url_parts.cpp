// Taking a URL apart for display. See url_parts.h.
#include "util/url_parts.h"

#include <idn2.h>

#include <cctype>
#include <cstdlib>

namespace lectern {
namespace {

std::string lower(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = char(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

int hexValue(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

// Browsers decode "%2E" in a host before looking it up: "evil%2Eexample" is evil.example.
std::string percentDecoded(std::string_view s) {
    std::string out;
    for (size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '%' && i + 2 < s.size() && hexValue(s[i + 1]) >= 0 && hexValue(s[i + 2]) >= 0) {
            out += char(hexValue(s[i + 1]) * 16 + hexValue(s[i + 2]));
            i += 2;
        } else {
            out += s[i];
        }
    }
    return out;
}

bool isAscii(std::string_view s) {
    for (char c : s)
        if (static_cast<unsigned char>(c) >= 0x80) return false;
    return true;
}

// Both spellings of an international host: Unicode for reading, punycode for what is looked up.
void setHost(UrlParts& p, std::string host) {
    // U+3002 and friends act as dots in IDNA; libidn2 maps them (TR46) along with case.
    if (host.empty() || host.front() == '[') {  // IPv6 literal or nothing
        p.host = host;
        return;
    }
    if (!isAscii(host)) {
        char* ascii = nullptr;
        const int rc = idn2_to_ascii_8z(host.c_str(), &ascii, IDN2_NONTRANSITIONAL | IDN2_NFC_INPUT);
        p.host = host;
        if (rc == IDN2_OK && ascii) p.hostAscii = ascii;
        else p.problem = std::string("the site's name is not a valid international domain name (") + idn2_strerror(rc) + ")";
        std::free(ascii);
        return;
    }
    p.host = host;
    if (host.find("xn--") != std::string::npos) {
        char* unicode = nullptr;
        if (idn2_to_unicode_8z8z(host.c_str(), &unicode, 0) == IDN2_OK && unicode && host != unicode) {
            p.hostAscii = host;
            p.host = unicode;
        }
        std::free(unicode);
    }
}

} // namespace

UrlParts splitUrl(std::string_view raw) {
    UrlParts p;
    std::string url;
    for (char c : raw)
        if (c != '\t' && c != '\n' && c != '\r') url += c;
    // Leading and trailing C0 controls and spaces are stripped by browsers too.
    while (!url.empty() && static_cast<unsigned char>(url.front()) <= 0x20) url.erase(0, 1);
    while (!url.empty() && static_cast<unsigned char>(url.back()) <= 0x20) url.pop_back();

    if (url.rfind(kCourseFileScheme, 0) == 0) {
        p.kind = UrlParts::Kind::CourseFile;
        p.scheme = "file";
        p.filePath = url.substr(std::string_view(kCourseFileScheme).size());
        return p;
    }
    const size_t colon = url.find(':');
    if (colon == std::string::npos) {
        p.rest = url;
        return p;
    }
    p.scheme = lower(std::string_view(url).substr(0, colon));
    std::string_view after = std::string_view(url).substr(colon + 1);
    if (p.scheme == "mailto") {
        p.kind = UrlParts::Kind::Mail;
        const size_t q = after.find('?');
        p.mailbox = percentDecoded(after.substr(0, q));
        if (q != std::string_view::npos) p.rest = std::string(after.substr(q));
        const size_t at = p.mailbox.rfind('@');
        if (at != std::string::npos) setHost(p, lower(p.mailbox.substr(at + 1)));
        return p;
    }
    if (p.scheme != "http" && p.scheme != "https") {
        p.rest = std::string(after);
        return p;
    }
    p.kind = UrlParts::Kind::Web;
    // Special schemes: any run of '/' or '\' starts the authority.
    size_t i = 0;
    while (i < after.size() && (after[i] == '/' || after[i] == '\\')) ++i;
    after.remove_prefix(i);
    const size_t end = after.find_first_of("/\\?#");
    std::string_view authority = after.substr(0, end);
    p.rest = end == std::string_view::npos ? std::string() : std::string(after.substr(end));
    const size_t at = authority.rfind('@');
    if (at != std::string_view::npos) {
        p.userinfo = std::string(authority.substr(0, at));
        authority.remove_prefix(at + 1);
    }
    // A port is the digits after the last ':' outside an IPv6 "[...]".
    const size_t lastColon = authority.rfind(':');
    const size_t bracket = authority.rfind(']');
    if (lastColon != std::string_view::npos && (bracket == std::string_view::npos || lastColon > bracket)) {
        p.port = std::string(authority.substr(lastColon + 1));
        authority = authority.substr(0, lastColon);
    }
    setHost(p, lower(percentDecoded(authority)));
    return p;
}

} // namespace lectern
