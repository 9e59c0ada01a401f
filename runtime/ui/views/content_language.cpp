// Content language names. See content_language.h.
#include "ui/views/content_language.h"

#include <cctype>

namespace lectern::ui {
namespace {

std::string code(const std::string& tag) {
    std::string c = tag.substr(0, tag.find('-'));  // zh-Hans -> ZH: the script is implied
    for (char& ch : c) ch = char(std::toupper(static_cast<unsigned char>(ch)));
    return c;
}

// Endonyms: a learner looks for their language by its own name.
const char* ownName(const std::string& tag) {
    if (tag == "en") return "English";
    if (tag == "fr") return "Français";
    if (tag == "es") return "Español";
    if (tag == "ru") return "Русский";
    if (tag == "ar") return "العربية";
    if (tag == "zh-Hans") return "中文";
    return "";
}

} // namespace

std::string languageCodesLine(const std::vector<std::string>& tags) {
    if (tags.size() < 2) return {};
    std::string line;
    for (const std::string& t : tags) line += (line.empty() ? "" : " · ") + code(t);
    return line;
}

std::string languageChoiceLabel(const std::string& tag) {
    const std::string name = ownName(tag);
    return name.empty() ? code(tag) : code(tag) + " " + name;
}

} // namespace lectern::ui
