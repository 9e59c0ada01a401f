// The interface language chosen in the app (issue 16): the top bar's "Language" popup, by
// keyboard, saves the learner's choice with their settings; the screen speaks it at once, with
// the real compiled catalogues; the next session starts in it; "Automatic" goes back to the
// environment's language.
#include "ui_test_support.h"

#include "i18n/gettext_catalog.h"
#include "i18n/tr.h"

#include <imgui_internal.h>
#include <nlohmann/json.hpp>

#include <cstdlib>

using namespace lectern;
using namespace lectern::test;
namespace keys = lectern::ui::keys;

namespace {

ImGuiID topBarButton(const char* label) {
    ImGuiWindow* w = ImGui::FindWindowByName("##lectern");
    REQUIRE(w);
    return w->GetID(label);
}

// Tab to the top bar's "Language", open it, `downs` items down (0: Automatic, 1: English,
// 2: Arabic, 3: Spanish, 4: French...), Enter.
void chooseLanguage(UiDriver& d, int downs) {
    const ImGuiID button = topBarButton(tr("Language"));  // the label in the language now shown
    for (int i = 0; i < 40 && GImGui->NavId != button; ++i) d.press(keys::Tab);
    REQUIRE(GImGui->NavId == button);
    d.press(keys::Enter);
    d.frames(2);
    for (int i = 0; i < downs; ++i) d.press(keys::Down);
    d.press(keys::Enter);
    d.frames(3);
}

} // namespace

TEST_CASE("ui language: chosen by keyboard, saved, shown at once and in the next session", "[ui][i18n]") {
    for (const char* v : {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"}) unsetenv(v);
    BackToEnglish guard;
    SmallCourse c;
    ui::UiOptions o;
    o.localeDir = LECTERN_LOCALE_DIR;
    {
        auto store = openStoreWithLearner(c.db(), c.course->id);
        UiDriver d(c.course, *store, o);
        d.frames(3);
        REQUIRE(i18n::currentUiLanguage() == "en");
        CHECK(d.screenText().find("Sign out") != std::string::npos);
        chooseLanguage(d, 4);
        CHECK(i18n::currentUiLanguage() == "fr");
        CHECK(nlohmann::json::parse(store->snapshot()->settingsJson)["language"] == "fr");
        const std::string shown = d.screenText();
        CHECK(shown.find("Se déconnecter") != std::string::npos);
        CHECK(shown.find("Sign out") == std::string::npos);
        REQUIRE(store->flush(5000));
    }
    i18n::useUiLanguage("en", LECTERN_LOCALE_DIR);  // as a new process would start
    {
        auto store = openStoreWithLearner(c.db(), c.course->id);
        UiDriver d(c.course, *store, o);
        d.frames(3);
        CHECK(i18n::currentUiLanguage() == "fr");  // the learner's setting, read at sign-in
        CHECK(d.screenText().find("Se déconnecter") != std::string::npos);
        chooseLanguage(d, 0);  // Automatic: no LANG here, so English
        CHECK(i18n::currentUiLanguage() == "en");
        CHECK(nlohmann::json::parse(store->snapshot()->settingsJson).count("language") == 0);
        CHECK(d.screenText().find("Sign out") != std::string::npos);
    }
}

TEST_CASE("ui language: --lang wins over the learner's setting", "[ui][i18n]") {
    BackToEnglish guard;
    SmallCourse c;
    ui::UiOptions o;
    o.localeDir = LECTERN_LOCALE_DIR;
    o.cliLanguage = "es";
    auto store = openStoreWithLearner(c.db(), c.course->id);
    UiDriver d(c.course, *store, o);
    d.frames(3);
    chooseLanguage(d, 4);  // French is saved...
    CHECK(nlohmann::json::parse(store->snapshot()->settingsJson)["language"] == "fr");
    CHECK(i18n::currentUiLanguage() == "es");  // ...but --lang es is what this run speaks
    // The button keeps the keyboard (its label did not change), and its tooltip would end the
    // screen text's log (ui_test_support.h): the keyboard leaves the top bar first.
    ImGui::FocusWindow(nullptr);
    CHECK(d.screenText().find("Cerrar sesión") != std::string::npos);
}
