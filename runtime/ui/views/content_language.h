// How the reader and the catalogue name a module's content languages (issue 16): short codes
// for the catalogue's line ("EN · FR · AR"), the language's own name for the reader's choice.
#pragma once
#include <string>
#include <vector>

namespace lectern::ui {

// "EN · FR · AR"; "ZH" for zh-Hans. Empty when there is only one language.
std::string languageCodesLine(const std::vector<std::string>& tags);

// The language's name in itself ("Français", "العربية") after its code: "FR Français".
std::string languageChoiceLabel(const std::string& tag);

} // namespace lectern::ui
