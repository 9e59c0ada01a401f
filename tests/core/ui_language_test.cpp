// The interface language: the resolution rule (--lang, the learner's setting, LANGUAGE,
// LC_ALL, LC_MESSAGES, LANG, English) and lookups through the real compiled catalogues
// (<build>/locale, made by msgfmt from assets/locale/*.po).
#include "i18n/gettext_catalog.h"
#include "i18n/long_date.h"
#include "i18n/tr.h"
#include "i18n/ui_language.h"
#include "roster/roster_file.h"
#include "store/save_errors.h"
#include "sync/sync_status_text.h"

#include <catch2/catch.hpp>
#include <sqlite3.h>

#include <cstdlib>
#include <map>
#include <string>

using namespace lectern;
using namespace lectern::i18n;

namespace {

// An environment made of the given variables only.
EnvLookup envOf(std::map<std::string, std::string> vars) {
    return [vars = std::move(vars)](const char* name) -> const char* {
        auto it = vars.find(name);
        return it == vars.end() ? nullptr : it->second.c_str();
    };
}

} // namespace

TEST_CASE("ui language: locale names map to the six interface languages", "[i18n]") {
    CHECK(uiLanguageFromName("fr_FR.UTF-8") == "fr");
    CHECK(uiLanguageFromName("fr_CA") == "fr");
    CHECK(uiLanguageFromName("zh_CN") == "zh-Hans");
    CHECK(uiLanguageFromName("zh_CN.GB18030") == "zh-Hans");
    CHECK(uiLanguageFromName("zh-Hans") == "zh-Hans");
    CHECK(uiLanguageFromName("zh") == "zh-Hans");
    CHECK(uiLanguageFromName("ar_EG") == "ar");
    CHECK(uiLanguageFromName("ar_SA.UTF-8@ar") == "ar");
    CHECK(uiLanguageFromName("ru_RU.KOI8-R") == "ru");
    CHECK(uiLanguageFromName("es_MX.utf8") == "es");
    CHECK(uiLanguageFromName("EN_us") == "en");
    // Not an interface language: Traditional Chinese, German, the C locale.
    CHECK(uiLanguageFromName("zh_TW") == "");
    CHECK(uiLanguageFromName("zh_HK.UTF-8") == "");
    CHECK(uiLanguageFromName("de_DE.UTF-8") == "");
    CHECK(uiLanguageFromName("C") == "");
    CHECK(uiLanguageFromName("C.UTF-8") == "");
    CHECK(uiLanguageFromName("POSIX") == "");
    CHECK(uiLanguageFromName("") == "");
    CHECK(gettextLocaleName("zh-Hans") == "zh_CN");
    CHECK(gettextLocaleName("ar") == "ar");
}

TEST_CASE("ui language: --lang, then the learner's setting, then the environment, then English", "[i18n]") {
    const EnvLookup env = envOf({{"LANGUAGE", "ru"}, {"LC_ALL", "es_ES.UTF-8"}, {"LANG", "ar_EG.UTF-8"}});
    CHECK(resolveUiLanguage("fr", "zh-Hans", env).tag == "fr");
    CHECK(resolveUiLanguage("fr", "zh-Hans", env).from == "--lang");
    CHECK(resolveUiLanguage("", "zh-Hans", env).tag == "zh-Hans");
    CHECK(resolveUiLanguage("", "zh-Hans", env).from == "setting");
    CHECK(resolveUiLanguage("", "", env).tag == "ru");
    CHECK(resolveUiLanguage("", "", env).from == "LANGUAGE");
    CHECK(resolveUiLanguage("", "", envOf({})).tag == "en");
    CHECK(resolveUiLanguage("", "", envOf({})).from == "default");
    CHECK(resolveUiLanguage("", "", nullptr).tag == "en");
}

TEST_CASE("ui language: the environment's first usable variable wins", "[i18n]") {
    // LANGUAGE is a priority list: its first interface language counts.
    CHECK(resolveUiLanguage("", "", envOf({{"LANGUAGE", "de:fr:es"}})).tag == "fr");
    // An unusable LANGUAGE (German only) and LC_ALL=C give way to the next variables.
    auto c = resolveUiLanguage("", "", envOf({{"LANGUAGE", "de"}, {"LC_ALL", "C"}, {"LC_MESSAGES", "zh_CN.UTF-8"},
                                              {"LANG", "fr_FR.UTF-8"}}));
    CHECK(c.tag == "zh-Hans");
    CHECK(c.from == "LC_MESSAGES");
    c = resolveUiLanguage("", "", envOf({{"LANGUAGE", ""}, {"LANG", "ar_EG"}}));
    CHECK(c.tag == "ar");
    CHECK(c.from == "LANG");
    CHECK(resolveUiLanguage("", "", envOf({{"LC_ALL", "es_AR.UTF-8"}, {"LANG", "ru_RU.UTF-8"}})).tag == "es");
    CHECK(resolveUiLanguage("", "", envOf({{"LANG", "de_DE.UTF-8"}})).tag == "en");
}

TEST_CASE("ui language: a --lang that is not available says which are, and English is used", "[i18n]") {
    const EnvLookup env = envOf({{"LANG", "fr_FR.UTF-8"}});
    const UiLanguageChoice c = resolveUiLanguage("klingon", "ru", env);
    CHECK(c.tag == "en");
    CHECK(c.warning.find("'klingon' is not available") != std::string::npos);
    CHECK(c.warning.find("ar en es fr ru zh-Hans") != std::string::npos);
    CHECK(resolveUiLanguage("zh_TW", "", env).tag == "en");
    CHECK_FALSE(resolveUiLanguage("zh_TW", "", env).warning.empty());
    // A setting saved by a later version with a language this one lacks is "automatic".
    CHECK(resolveUiLanguage("", "de", env).tag == "fr");
    CHECK(resolveUiLanguage("", "de", env).warning.empty());
}

TEST_CASE("ui language: native names for the language menu", "[i18n]") {
    REQUIRE(uiLanguageTags().size() == 6);
    CHECK(uiLanguageTags().front() == "en");
    CHECK(nativeLanguageName("fr") == "Français");
    CHECK(nativeLanguageName("ar") == "العربية");
    CHECK(nativeLanguageName("ru") == "Русский");
}

// Through the catalogues msgfmt compiled into the build tree. LANG and LC_* are cleared
// first: the lookup must work in a bare environment (no generated locales, "C").
TEST_CASE("gettext: the compiled catalogues give each language its words", "[i18n][gettext]") {
    for (const char* v : {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"}) unsetenv(v);
    const std::string dir = LECTERN_LOCALE_DIR;

    REQUIRE(useUiLanguage("fr", dir));
    CHECK(currentUiLanguage() == "fr");
    CHECK(std::string(tr("Sign out")) == "Se déconnecter");
    CHECK(std::string(tr("Glossary")) == "Glossaire");
    CHECK(formatText(trn("%d word", "%d words", 1), 1) == "1 mot");
    CHECK(formatText(trn("%d word", "%d words", 3), 3) == "3 mots");
    CHECK(formatText(trn("%d word", "%d words", 0), 0) == "0 mot");  // French: 0 is singular

    REQUIRE(useUiLanguage("ru", dir));
    CHECK(std::string(tr("Sign out")) == "Выйти");
    CHECK(formatText(trn("%d word", "%d words", 1), 1) == "1 слово");
    CHECK(formatText(trn("%d word", "%d words", 3), 3) == "3 слова");
    CHECK(formatText(trn("%d word", "%d words", 5), 5) == "5 слов");
    CHECK(formatText(trn("%d word", "%d words", 21), 21) == "21 слово");
    CHECK(formatText(trn("%d word", "%d words", 12), 12) == "12 слов");

    REQUIRE(useUiLanguage("ar", dir));
    CHECK(std::string(tr("Sign out")) == "تسجيل الخروج");
    CHECK(formatText(trn("%d word", "%d words", 2), 2) == "كلمتان");
    CHECK(formatText(trn("%d word", "%d words", 7), 7) == "7 كلمات");
    CHECK(formatText(trn("%d word", "%d words", 11), 11) == "11 كلمةً");
    CHECK(formatText(trn("%d word", "%d words", 100), 100) == "100 كلمة");

    REQUIRE(useUiLanguage("zh-Hans", dir));
    CHECK(std::string(tr("Sign out")) == "退出登录");
    CHECK(formatText(trn("%d word", "%d words", 5), 5) == "5 个词");
    // A translation may reorder the arguments (positional %1$s...).
    CHECK(formatText(tr("Opening %s at line %d in %s…"), "m.md", 12, "vim") == "正在用 vim 打开 m.md 的第 12 行……");

    REQUIRE(useUiLanguage("es", dir));
    CHECK(std::string(tr("Sign out")) == "Cerrar sesión");

    REQUIRE(useUiLanguage("en", dir));
    CHECK(currentUiLanguage() == "en");
    CHECK(std::string(tr("Sign out")) == "Sign out");
    CHECK(formatText(trn("%d word", "%d words", 1), 1) == "1 word");
    CHECK(formatText(trn("%d word", "%d words", 2), 2) == "2 words");
}

TEST_CASE("gettext: a missing catalogue is refused and the interface stays as it was", "[i18n][gettext]") {
    REQUIRE(useUiLanguage("en", LECTERN_LOCALE_DIR));
    std::string error;
    CHECK_FALSE(useUiLanguage("fr", "/nonexistent/locale", &error));
    CHECK(error.find("lectern.mo") != std::string::npos);
    CHECK(currentUiLanguage() == "en");
    CHECK(std::string(tr("Sign out")) == "Sign out");
}

TEST_CASE("gettext: a date in words follows the interface's language and order", "[i18n][gettext]") {
    const std::string dir = LECTERN_LOCALE_DIR;
    const IsoDate d{2026, 12, 3};
    REQUIRE(useUiLanguage("en", dir));
    CHECK(longDate(d) == "3 December 2026");
    CHECK(longDate(d) == formatLongDate(d));  // the same words as the course's own pages
    REQUIRE(useUiLanguage("fr", dir));
    CHECK(longDate(d) == "3 décembre 2026");
    CHECK(longDate({2027, 2, 1}) == "1 février 2027");
    REQUIRE(useUiLanguage("es", dir));
    CHECK(longDate(d) == "3 de diciembre de 2026");
    REQUIRE(useUiLanguage("ru", dir));
    CHECK(longDate(d) == "3 декабря 2026 г.");
    REQUIRE(useUiLanguage("zh-Hans", dir));
    CHECK(longDate(d) == "2026年12月3日");  // the year first: positional arguments
    CHECK(longDate({2026, 13, 3}) == "2026-13-03");  // not a month: the ISO form, never a crash
    REQUIRE(useUiLanguage("en", dir));
}

TEST_CASE("gettext: the core's messages shown on screen follow the interface language", "[i18n][gettext]") {
    for (const char* v : {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"}) unsetenv(v);
    const std::string dir = LECTERN_LOCALE_DIR;
    sync::OutboxStatus waiting;
    waiting.waiting = 3;
    const auto summary = [&](int64_t n) {
        waiting.waiting = n;
        return sync::statusSummary(waiting, 0);
    };

    REQUIRE(useUiLanguage("fr", dir));
    CHECK(store::describeSaveFailure(SQLITE_FULL, "", "/p.db").rfind("Impossible d’enregistrer : le disque est plein.", 0) == 0);
    CHECK(store::describeSaveFailure(SQLITE_READONLY, "", "/p.db").find("le fichier de progression /p.db est en lecture seule") !=
          std::string::npos);
    CHECK(summary(0) == "0 enregistrement en attente, aucun envoi pour l’instant");  // French: 0 is singular

    REQUIRE(useUiLanguage("ru", dir));
    CHECK(summary(1) == "1 запись ожидает отправки, пока ничего не отправлено");
    CHECK(summary(3) == "3 записи ожидают отправки, пока ничего не отправлено");
    CHECK(summary(11) == "11 записей ожидают отправки, пока ничего не отправлено");
    roster::Roster bad;
    roster::parseRoster("external_id,full_name,group\nE1,Ann\n", "staff.csv", bad);
    REQUIRE(bad.errors.size() == 1);
    CHECK(bad.errors[0] == "staff.csv:2: ошибка: 2 поля, а в заголовке их 3 (имя с запятой нужно заключить в двойные кавычки).");
    // A roster saved as Windows-1252: the encoding advice too, with the plural the count needs.
    roster::Roster cp1252;
    roster::parseRoster("external_id,full_name,group\nE1,Zo\xEB,Ops\nE2,Ren\xE9e,Ops\n", "staff.csv", cp1252);
    REQUIRE(cp1252.errors.size() == 1);
    CHECK(cp1252.errors[0].find("строка 2 — недопустимый UTF-8 (байт 0xEB; в файле 2 таких байта)") != std::string::npos);
    CHECK(cp1252.errors[0].find("CSV UTF-8 (разделитель — запятая)") != std::string::npos);

    REQUIRE(useUiLanguage("ar", dir));
    CHECK(summary(2) == "سجلان منتظران، لم يُرسَل شيء بعد");
    CHECK(summary(11) == "11 سجلًا منتظرًا، لم يُرسَل شيء بعد");

    REQUIRE(useUiLanguage("zh-Hans", dir));
    CHECK(summary(5) == "5 条记录待发送，尚未发送任何记录");

    REQUIRE(useUiLanguage("en", dir));
    roster::Roster quote;
    roster::parseRoster("external_id,full_name,group\nE1,\"Ann,Ops\n", "staff.csv", quote);
    REQUIRE(quote.errors.size() == 1);
    CHECK(quote.errors[0] == "staff.csv:2: error: the quote opened on line 2 is never closed (a quoted field must end with \")");
    CHECK(summary(1) == "1 record waiting, none sent yet");
    CHECK(summary(2) == "2 records waiting, none sent yet");
    CHECK(store::describeSaveFailure(SQLITE_FULL, "", "/p.db") ==
          "Could not save: the disk is full. Free some space; your answers are kept and will be saved automatically.");
}
