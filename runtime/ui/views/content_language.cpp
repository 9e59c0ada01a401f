// Content language names. See content_language.h.
#include "ui/views/content_language.h"

#include "i18n/ui_language.h"

#include <cctype>

namespace lectern::ui {
namespace {

std::string code(const std::string& tag) {
    std::string c = tag.substr(0, tag.find('-'));  // zh-Hans -> ZH: the script is implied
    for (char& ch : c) ch = char(std::toupper(static_cast<unsigned char>(ch)));
    return c;
}

} // namespace

std::string languageCodesLine(const std::vector<std::string>& tags) {
    if (tags.size() < 2) return {};
    std::string line;
    for (const std::string& t : tags) line += (line.empty() ? "" : " · ") + code(t);
    return line;
}

// The name in itself (the interface's language menu uses the same): a learner looks for their
// language by its own name. A tag of no interface language comes back as itself: the code alone.
std::string languageChoiceLabel(const std::string& tag) {
    const std::string name = i18n::nativeLanguageName(tag);
    return name == tag ? code(tag) : code(tag) + " " + name;
}

} // namespace lectern::ui
