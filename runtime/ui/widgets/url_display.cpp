// The link dialog's address. See url_display.h.
#include "ui/widgets/url_display.h"

#include "i18n/tr.h"

#include "util/url_parts.h"
#include "util/utf8.h"

#include <imgui.h>

#include <filesystem>

namespace lectern::ui {
namespace {

// The parts that are not where the link goes may be shortened; the host never is.
constexpr size_t kMaxDetailBytes = 160;

std::string shortened(const std::string& s) {
    if (s.size() <= kMaxDetailBytes) return s;
    size_t cut = kMaxDetailBytes;
    while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;  // not inside a character
    return formatText(trn("%s... (%d character in all)", "%s... (%d characters in all)", static_cast<long>(s.size())),
                      s.substr(0, cut).c_str(), static_cast<int>(s.size()));
}

} // namespace

std::vector<UrlLine> urlLinesForConfirmation(const std::string& url) {
    using Role = UrlLine::Role;
    const UrlParts p = splitUrl(url);
    std::vector<UrlLine> out;
    switch (p.kind) {
    case UrlParts::Kind::CourseFile: {
        out.push_back({Role::Intro, tr("This opens a file of the course with your computer's viewer:")});
        out.push_back({Role::Host, std::filesystem::path(p.filePath).filename().string()});
        out.push_back({Role::Detail, formatText(tr("File: %s"), p.filePath.c_str())});
        return out;
    }
    case UrlParts::Kind::Mail:
        out.push_back({Role::Intro, tr("This opens your e-mail program to write to:")});
        out.push_back({Role::Host, p.mailbox});
        if (!p.hostAscii.empty()) out.push_back({Role::HostAscii, formatText(tr("Domain in ASCII (punycode): %s"), p.hostAscii.c_str())});
        if (!p.rest.empty()) out.push_back({Role::Detail, formatText(tr("With: %s"), shortened(p.rest).c_str())});
        return out;
    case UrlParts::Kind::Web:
        out.push_back({Role::Intro, tr("This link leaves the course and opens in your web browser. It goes to the site:")});
        out.push_back({Role::Host, p.host.empty() ? std::string(tr("(no site name)")) : p.host});
        if (!p.hostAscii.empty()) out.push_back({Role::HostAscii, formatText(tr("In ASCII (punycode): %s"), p.hostAscii.c_str())});
        if (!p.port.empty()) out.push_back({Role::Detail, formatText(tr("Port: %s"), p.port.c_str())});
        if (!p.problem.empty()) out.push_back({Role::Warning, formatText(tr("Careful: %s."), p.problem.c_str())});
        if (!p.userinfo.empty())
            out.push_back({Role::Warning, formatText(tr("Careful: the address puts other text before the site's name; it "
                                                        "is NOT the site you go to: %s"),
                                                     shortened(p.userinfo).c_str())});
        out.push_back({Role::Detail, formatText(tr("Page: %s"), (p.rest.empty() ? std::string("/") : shortened(p.rest)).c_str())});
        return out;
    case UrlParts::Kind::Other: break;
    }
    out.push_back({Role::Intro, tr("This link opens outside the course:")});
    out.push_back({Role::Detail, shortened(url)});
    return out;
}

std::vector<UrlLine> drawLinkForConfirmation(const std::string& url, const FontSet& fonts, const Theme& theme,
                                             float wrapWidth) {
    std::vector<UrlLine> lines = urlLinesForConfirmation(url);
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + wrapWidth);
    for (const UrlLine& line : lines) {
        // The text is course content: sanitised so a bad byte cannot break the font lookup.
        const std::string text = utf8::sanitize(line.text);
        ImFont* font = line.role == UrlLine::Role::Host && fonts.h3 ? fonts.h3 : nullptr;
        unsigned colour = theme.text;
        if (line.role == UrlLine::Role::Host) colour = theme.link;
        if (line.role == UrlLine::Role::Detail || line.role == UrlLine::Role::HostAscii) colour = theme.textMuted;
        if (line.role == UrlLine::Role::Warning) colour = theme.wrong;
        if (font) ImGui::PushFont(font);
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(colour));
        ImGui::TextUnformatted(text.c_str(), text.c_str() + text.size());  // no length limit, wrapped
        ImGui::PopStyleColor();
        if (font) ImGui::PopFont();
    }
    ImGui::PopTextWrapPos();
    return lines;
}

} // namespace lectern::ui
