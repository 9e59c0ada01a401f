// Switches the interface's gettext catalogue (domain "lectern") to a language at run time.
//
// glibc's gettext ignores LANGUAGE while LC_MESSAGES is "C", and a minimal system has no
// generated locales, so only LC_MESSAGES is set, to "C.UTF-8" (built into glibc since 2.35),
// and LANGUAGE names the catalogue. LC_CTYPE and LC_NUMERIC stay as they are (number parsing
// and JSON must not see a decimal comma); the codeset is bound to UTF-8 instead.
#pragma once
#include <string>
#include <string_view>

#include "i18n/ui_language.h"

namespace lectern::i18n {

// The folder holding <name>/LC_MESSAGES/lectern.mo. Returns false (and says why in `error`)
// when the catalogue for `tag` is missing; English needs none and always succeeds.
bool useUiLanguage(std::string_view tag, const std::string& localeDir, std::string* error = nullptr);

// LANGUAGE, LC_ALL, LC_MESSAGES and LANG as they were when the process started (before
// useUiLanguage set LANGUAGE): what resolveUiLanguage reads for "the environment".
const EnvLookup& startupEnvironment();

// The language the interface speaks now ("en" until useUiLanguage succeeds): the lead can
// switch the course content language with the same tag.
const std::string& currentUiLanguage();

} // namespace lectern::i18n
