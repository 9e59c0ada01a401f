// Which language the interface speaks: the rule (--lang, then the learner's setting, then
// the environment, then English) and the mapping between Lectern's tags (ar en es fr ru
// zh-Hans) and locale names (fr_FR.UTF-8, zh_CN, ar_EG). No gettext here: see gettext_catalog.h.
#pragma once
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace lectern::i18n {

// The interface languages, English (the source) first.
const std::vector<std::string>& uiLanguageTags();
// "ar en es fr ru zh-Hans", for messages.
std::string uiLanguageList();
// Each language's name in itself ("Français", "العربية"), for the language menu.
std::string nativeLanguageName(std::string_view tag);

// Whether a language is written right to left (Arabic; also Hebrew, Persian, Urdu): an interface
// in it mirrors its layout.
bool isRightToLeftLanguage(std::string_view tag);

// A tag, a locale name or a LANGUAGE entry to one of uiLanguageTags(), or "" when it names
// no interface language ("C", "POSIX", "de_DE"). fr_FR.UTF-8 -> fr, zh_CN -> zh-Hans, ar_EG -> ar.
std::string uiLanguageFromName(std::string_view name);

// gettext's folder name for a tag (zh-Hans -> zh_CN; the others are the tag itself).
std::string gettextLocaleName(std::string_view tag);

struct UiLanguageChoice {
    std::string tag;      // always one of uiLanguageTags()
    std::string from;     // "--lang", "setting", the environment variable's name, or "default"
    std::string warning;  // set when --lang named a language that is not available
};

// --lang (empty: not given) first, then the learner's setting (empty: automatic), then the
// first usable of LANGUAGE (a colon-separated list), LC_ALL, LC_MESSAGES, LANG, then English.
// A --lang that is not available gives English and a warning listing the available ones.
using EnvLookup = std::function<const char*(const char* name)>;
UiLanguageChoice resolveUiLanguage(std::string_view cliLang, std::string_view learnerSetting, const EnvLookup& env);

} // namespace lectern::i18n
