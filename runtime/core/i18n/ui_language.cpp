#include "i18n/ui_language.h"

#include <array>
#include <cctype>

namespace lectern::i18n {

namespace {

struct Language {
    const char* tag;
    const char* nativeName;
};
constexpr std::array<Language, 6> kLanguages = {{{"en", "English"},
                                                 {"ar", "العربية"},
                                                 {"es", "Español"},
                                                 {"fr", "Français"},
                                                 {"ru", "Русский"},
                                                 {"zh-Hans", "中文（简体）"}}};

std::string lower(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

} // namespace

const std::vector<std::string>& uiLanguageTags() {
    static const std::vector<std::string> tags = [] {
        std::vector<std::string> t;
        for (const Language& l : kLanguages) t.emplace_back(l.tag);
        return t;
    }();
    return tags;
}

std::string uiLanguageList() {
    return "ar en es fr ru zh-Hans";
}

std::string nativeLanguageName(std::string_view tag) {
    for (const Language& l : kLanguages)
        if (tag == l.tag) return l.nativeName;
    return std::string(tag);
}

std::string uiLanguageFromName(std::string_view name) {
    // Drop the codeset and modifier: fr_FR.UTF-8@euro -> fr_FR.
    const size_t cut = name.find_first_of(".@");
    std::string n = lower(name.substr(0, cut));
    for (char& c : n)
        if (c == '-') c = '_';
    if (n.empty() || n == "c" || n == "posix") return {};
    const std::string language = n.substr(0, n.find('_'));
    const std::string rest = n.size() > language.size() ? n.substr(language.size() + 1) : std::string();
    if (language == "zh") {
        // Simplified Chinese only: Hong Kong, Macau, Taiwan and "Hant" are Traditional.
        if (rest.empty() || rest == "cn" || rest == "sg" || rest == "hans" || rest.rfind("hans_", 0) == 0)
            return "zh-Hans";
        return {};
    }
    for (const Language& l : kLanguages)
        if (language == l.tag) return l.tag;
    return {};
}

std::string gettextLocaleName(std::string_view tag) {
    if (tag == "zh-Hans") return "zh_CN";
    return std::string(tag);
}

UiLanguageChoice resolveUiLanguage(std::string_view cliLang, std::string_view learnerSetting, const EnvLookup& env) {
    if (!cliLang.empty()) {
        if (std::string tag = uiLanguageFromName(cliLang); !tag.empty()) return {tag, "--lang", {}};
        return {"en", "--lang",
                "the language '" + std::string(cliLang) + "' is not available; available languages: " +
                    uiLanguageList() + ". Using English."};
    }
    if (std::string tag = uiLanguageFromName(learnerSetting); !tag.empty()) return {tag, "setting", {}};
    for (const char* var : {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"}) {
        const char* value = env ? env(var) : nullptr;
        if (!value || !*value) continue;
        std::string_view list(value);
        // LANGUAGE is a priority list ("fr:en"); the others hold one name, without a colon.
        while (!list.empty()) {
            const size_t colon = list.find(':');
            if (std::string tag = uiLanguageFromName(list.substr(0, colon)); !tag.empty()) return {tag, var, {}};
            if (colon == std::string_view::npos) break;
            list.remove_prefix(colon + 1);
        }
    }
    return {"en", "default", {}};
}

bool isRightToLeftLanguage(std::string_view tag) {
    const std::string_view primary = tag.substr(0, tag.find_first_of("-_"));
    return primary == "ar" || primary == "he" || primary == "fa" || primary == "ur";
}

} // namespace lectern::i18n
