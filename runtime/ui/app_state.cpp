#include "ui/app_state.h"

#include "course/document.h"
#include "i18n/ui_language.h"
#include "ui/theme.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>

namespace lectern::ui {

float UiSettings::fontScale() const { return std::pow(1.1f, static_cast<float>(fontSteps)); }

std::string UiSettings::toJson() const {
    nlohmann::json j{{"theme", themeName(theme)}, {"fontSteps", fontSteps}};
    if (!language.empty()) j["language"] = language;
    if (!contentLanguage.empty()) j["contentLanguage"] = contentLanguage;
    return j.dump();
}

UiSettings UiSettings::fromJson(const std::string& json) {
    UiSettings s;
    if (json.empty()) return s;
    nlohmann::json j = nlohmann::json::parse(json, nullptr, false);
    if (!j.is_object()) return s;
    if (auto it = j.find("theme"); it != j.end() && it->is_string()) s.theme = themeFromName(it->get<std::string>());
    if (auto it = j.find("fontSteps"); it != j.end() && it->is_number_integer())
        s.fontSteps = std::clamp(it->get<int>(), kMinFontSteps, kMaxFontSteps);
    if (auto it = j.find("language"); it != j.end() && it->is_string())
        s.language = i18n::uiLanguageFromName(it->get<std::string>());  // an unknown one: automatic
    if (auto it = j.find("contentLanguage"); it != j.end() && it->is_string()) {
        const std::string tag = it->get<std::string>();
        if (tag == "en" || isVariantLanguageTag(tag)) s.contentLanguage = tag;  // else: follow the interface
    }
    return s;
}

OpenTarget parseOpenTarget(const std::string& text) {
    OpenTarget t;
    const size_t hash = text.find('#');
    t.moduleId = text.substr(0, hash);
    if (hash != std::string::npos) t.sectionId = text.substr(hash + 1);
    return t;
}

} // namespace lectern::ui
