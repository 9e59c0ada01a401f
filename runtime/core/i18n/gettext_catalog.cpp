#include "i18n/gettext_catalog.h"

#include "i18n/tr.h"
#include "i18n/ui_language.h"

#include <clocale>
#include <cstdlib>
#include <filesystem>
#include <libintl.h>
#include <mutex>
#include <vector>

namespace lectern::i18n {

namespace {

std::mutex g_mutex;
std::string g_current = "en";

// A locale whose LC_MESSAGES is not "C", so that gettext reads LANGUAGE.
void ensureMessagesLocale() {
    const char* now = std::setlocale(LC_MESSAGES, nullptr);
    if (now && std::string(now) != "C" && std::string(now) != "POSIX") {
        std::setlocale(LC_MESSAGES, now);  // bumps gettext's cache counter: LANGUAGE is re-read
        return;
    }
    for (const char* name : {"C.UTF-8", "C.utf8", "en_US.UTF-8"})
        if (std::setlocale(LC_MESSAGES, name)) return;
}

} // namespace

const EnvLookup& startupEnvironment() {
    struct Saved {
        std::string name, value;
        bool set;
    };
    static const std::vector<Saved> saved = [] {
        std::vector<Saved> s;
        for (const char* name : {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"}) {
            const char* v = std::getenv(name);
            s.push_back({name, v ? v : "", v != nullptr});
        }
        return s;
    }();
    static const EnvLookup lookup = [](const char* name) -> const char* {
        for (const Saved& s : saved)
            if (s.name == name) return s.set ? s.value.c_str() : nullptr;
        return nullptr;
    };
    return lookup;
}

bool useUiLanguage(std::string_view tag, const std::string& localeDir, std::string* error) {
    std::lock_guard lock(g_mutex);
    startupEnvironment();  // kept before LANGUAGE is overwritten
    const std::string name = gettextLocaleName(tag);
    if (tag != "en") {
        std::error_code ec;
        const auto mo = std::filesystem::path(localeDir) / name / "LC_MESSAGES" / (std::string(kTextDomain) + ".mo");
        if (!std::filesystem::is_regular_file(mo, ec)) {
            if (error) *error = "no translation catalogue at " + mo.string();
            return false;
        }
    }
    bindtextdomain(kTextDomain, localeDir.c_str());
    bind_textdomain_codeset(kTextDomain, "UTF-8");
    textdomain(kTextDomain);
    // English is the msgid itself: a LANGUAGE with no catalogue gives it.
    setenv("LANGUAGE", tag == "en" ? "en" : name.c_str(), 1);
    ensureMessagesLocale();
    g_current = std::string(tag);
    return true;
}

const std::string& currentUiLanguage() {
    std::lock_guard lock(g_mutex);
    return g_current;
}

} // namespace lectern::i18n
