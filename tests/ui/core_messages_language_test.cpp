// Messages the core makes and the UI shows speak the interface language, with the real
// compiled catalogues: a failed save in the status bar (store/save_errors.cpp) in French, said
// once (the status bar knows the translated "Could not save"), and the facilitator's records
// line (sync/sync_status_text.cpp) in Arabic, with its dual plural and Arabic comma.
#include "ui_test_support.h"

#include "failing_disk.h"
#include "i18n/gettext_catalog.h"
#include "sync/lrs_config.h"

#include <chrono>
#include <thread>

using namespace lectern;
using namespace lectern::test;
namespace keys = lectern::ui::keys;

namespace {

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

size_t occurrences(const std::string& text, const std::string& part) {
    size_t n = 0;
    for (size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + part.size())) ++n;
    return n;
}


} // namespace

TEST_CASE("core messages: a failed save is told in French in the status bar, once", "[ui][status][i18n]") {
    BackToEnglish guard;
    SmallCourse c;
    FullDisk disk;
    auto store = openStoreWithLearner(c.db(), c.course->id);
    ui::UiOptions o;
    o.localeDir = LECTERN_LOCALE_DIR;
    o.cliLanguage = "fr";
    o.openTarget = "first#later";
    UiDriver d(c.course, *store, o);
    d.frames(3);
    REQUIRE(i18n::currentUiLanguage() == "fr");
    REQUIRE(store->flush(5000));

    disk.setFull(true);
    d.press(keys::letter('B'), /*ctrl*/ true);  // bookmark: a save that now fails
    CHECK_FALSE(store->flush(1500));
    d.frames(2);
    const std::string line = d.ui().saveStatusLine();
    INFO(line);
    CHECK(line.rfind("Impossible d’enregistrer : le disque est plein. Libérez de l’espace ;", 0) == 0);
    CHECK(occurrences(line, "Impossible d’enregistrer") == 1);  // the store's words, not prefixed again
    CHECK(has(line, ", rien n’est perdu)"));  // the status bar's own words, in French too
    CHECK_FALSE(has(line, "Could not save"));
    const std::string shown = d.screenText();
    INFO(shown);
    CHECK(has(shown, "Impossible d’enregistrer : le disque est plein"));
    disk.setFull(false);
}

TEST_CASE("core messages: the facilitator's records line in Arabic", "[ui][facilitator][sync][i18n]") {
    BackToEnglish guard;
    SmallCourse c;
    auto store = openStoreWithLearner(c.db(), c.course->id);
    REQUIRE(store->ensureLearner("Bo") != 0);  // two learners: the app opens on the list, where F2 is
    const ProgressScope scope{store->snapshot()->learner, c.course->id};
    store->submit(scope, MarkSectionRead{{"first", "origins"}});
    store->submit(scope, MarkSectionRead{{"first", "later"}});
    REQUIRE(store->flush(10000));
    std::error_code ec;
    fs::remove(sync::defaultLrsConfigDir() / "lrs.conf", ec);  // no LRS: the records wait here

    // The start screen speaks the language the app set at start-up (gui_app: --lang or the
    // environment; a learner's own setting applies only once signed in).
    REQUIRE(i18n::useUiLanguage("ar", LECTERN_LOCALE_DIR));
    UiDriver d(c.course, *store);
    enterFacilitatorMode(d);
    REQUIRE(i18n::currentUiLanguage() == "ar");
    d.press(keys::function(4));
    REQUIRE(d.ui().currentLocation() == "facilitator-records");
    // Two records: Arabic's dual ("two records waiting", no digit), then ", none sent yet".
    const std::string text = waitForText(d, "سجلان منتظران");
    INFO(text);
    CHECK(has(text, "سجلان منتظران، لم يُرسَل شيء بعد"));
    CHECK_FALSE(has(text, "records waiting"));
}
