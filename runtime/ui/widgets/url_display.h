// The address in the "open this link?" dialog, drawn so it cannot be spoofed: the host the
// link really goes to comes first, whole and in bold (with its punycode form when it is
// international); user information before an '@', and the rest of the address, are shown
// apart, muted and shortened. A file of the course is named as a file. See core/util/url_parts.h.
#pragma once
#include "ui/ui_env.h"

#include <string>
#include <vector>

namespace lectern::ui {

// One line the dialog drew, for tests and for the reader of this code.
struct UrlLine {
    enum class Role { Intro, Host, HostAscii, Warning, Detail };
    Role role = Role::Detail;
    std::string text;
};

// What to draw for `url` (pure; no ImGui): the dialog's lines in order.
std::vector<UrlLine> urlLinesForConfirmation(const std::string& url);

// Draws those lines in the current window, wrapped at `wrapWidth` pixels. Returns them.
std::vector<UrlLine> drawLinkForConfirmation(const std::string& url, const FontSet& fonts, const Theme& theme,
                                             float wrapWidth);

} // namespace lectern::ui
