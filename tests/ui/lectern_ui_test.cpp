// LecternUi driven headless like a learner: keyboard navigation, deep links, reading progress
// saved in a real SQLite store, settings, the external-link confirmation and idle behaviour.
#include "../common/selected_scope.h"
#include "ui_test_support.h"

#include "failing_disk.h"
#include "ui/views/status_bar.h"

#include <nlohmann/json.hpp>

using namespace lectern;
using namespace lectern::test;
namespace keys = lectern::ui::keys;

namespace {

bool startsWith(const std::string& s, const std::string& prefix) { return s.rfind(prefix, 0) == 0; }

} // namespace

TEST_CASE("ui: a learner opens a module from the catalogue with the keyboard alone", "[ui]") {
    SmallCourse c;
    auto store = openStoreWithLearner(c.db(), c.course->id);
    UiDriver d(c.course, *store);
    d.frames(3);
    REQUIRE(d.ui().currentLocation() == "catalogue");

    SECTION("Enter opens the focused first module") {
        d.press(keys::Enter);
        d.frames(2);
        CHECK(startsWith(d.ui().currentLocation(), "first"));
    }
    SECTION("Down moves to the next module, Enter opens it, Esc goes back") {
        d.press(keys::Down);
        d.press(keys::Enter);
        d.frames(2);
        CHECK(startsWith(d.ui().currentLocation(), "second"));
        d.press(keys::Escape);
        d.frames(2);
        CHECK(d.ui().currentLocation() == "catalogue");
    }
}

TEST_CASE("ui: a deep link wins over the resume point, which wins over the catalogue", "[ui]") {
    SmallCourse c;
    {
        auto store = openStoreWithLearner(c.db(), c.course->id);
        store->submit(lectern::test::selectedScope(*store), SaveResume{SectionRef{"second", "only"}, 0.0f});
        REQUIRE(store->flush(5000));
    }
    auto store = openStoreWithLearner(c.db(), c.course->id);
    SECTION("resume") {
        UiDriver d(c.course, *store);
        d.frames(4);
        CHECK(d.ui().currentLocation() == "second#only");
    }
    SECTION("deep link") {
        ui::UiOptions o;
        o.openTarget = "first#later";
        UiDriver d(c.course, *store, o);
        d.frames(4);
        CHECK(d.ui().currentLocation() == "first#later");
    }
    SECTION("a deep link to a module that does not exist falls back to the resume point") {
        ui::UiOptions o;
        o.openTarget = "no-such-module";
        UiDriver d(c.course, *store, o);
        d.frames(4);
        CHECK(d.ui().currentLocation() == "second#only");
    }
}

TEST_CASE("ui: a section on screen long enough is marked read and saved", "[ui][store]") {
    SmallCourse c;
    {
        auto store = openStoreWithLearner(c.db(), c.course->id);
        ui::UiOptions o;
        o.openTarget = "first#origins";
        UiDriver d(c.course, *store, o);
        d.frames(3);
        const SectionRef origins{"first", "origins"};
        CHECK_FALSE(store->snapshot()->sectionsRead.count(origins));
        // A read timer is pending: the UI asks to be woken, at most 20 s away.
        const double wake = d.ui().nextWakeSeconds();
        CHECK(wake > 0);
        CHECK(wake <= 20.0);
        d.wait(25);
        CHECK(store->snapshot()->sectionsRead.count(origins));
        // Time on task is sent every 15 s of reading.
        CHECK(store->snapshot()->secondsOnSection.count(origins));
        d.destroyUi();  // leaving flushes the remaining time and the resume point
        REQUIRE(store->flush(5000));
    }
    // Reopened from disk: what the learner saw is what was saved.
    auto store = openStoreWithLearner(c.db(), c.course->id);
    auto snap = store->snapshot();
    CHECK(snap->sectionsRead.count(SectionRef{"first", "origins"}));
    CHECK(snap->secondsOnSection.at(SectionRef{"first", "origins"}) >= 15.0);
    REQUIRE(snap->resume);
    CHECK(snap->resume->section.moduleId == "first");
}

TEST_CASE("ui: a section is not marked read before its time", "[ui]") {
    SmallCourse c;
    auto store = openStoreWithLearner(c.db(), c.course->id);
    ui::UiOptions o;
    o.openTarget = "first#origins";
    UiDriver d(c.course, *store, o);
    d.frames(3);
    d.wait(1.0);
    CHECK_FALSE(store->snapshot()->sectionsRead.count(SectionRef{"first", "origins"}));
}

TEST_CASE("ui: theme and font size changes are saved as the learner's settings", "[ui][store]") {
    SmallCourse c;
    {
        auto store = openStoreWithLearner(c.db(), c.course->id);
        UiDriver d(c.course, *store);
        d.frames(3);
        const float before = ImGui::GetIO().FontDefault->FontSize;
        d.press(keys::Equal, /*ctrl*/ true);
        d.press(keys::Equal, /*ctrl*/ true);
        d.frames(2);
        CHECK(ImGui::GetIO().FontDefault->FontSize > before);
        d.press(keys::letter('T'), /*ctrl*/ true);  // light -> dark
        d.frames(2);
        auto j = nlohmann::json::parse(store->snapshot()->settingsJson);
        CHECK(j["fontSteps"] == 2);
        CHECK(j["theme"] == "dark");
        REQUIRE(store->flush(5000));
    }
    // A new session for the same learner starts with those settings.
    auto store = openStoreWithLearner(c.db(), c.course->id);
    UiDriver d(c.course, *store);
    d.frames(3);
    CHECK(ImGui::GetIO().FontDefault->FontSize > 18.0f * 1.2f);
    CHECK(ImGui::GetStyle().Colors[ImGuiCol_WindowBg].x < 0.3f);  // dark background
    d.press(keys::Minus, /*ctrl*/ true);
    CHECK(nlohmann::json::parse(store->snapshot()->settingsJson)["fontSteps"] == 1);
}

TEST_CASE("ui: an external link asks for confirmation before it is handed to the shell", "[ui]") {
    SmallCourse c;
    auto store = openStoreWithLearner(c.db(), c.course->id);
    ui::UiOptions o;
    o.openTarget = "first";
    UiDriver d(c.course, *store, o);
    d.frames(3);
    d.press(keys::Tab);  // the glossary term
    d.press(keys::Tab);  // the external link
    d.press(keys::Enter);
    d.frames(2);
    CHECK_FALSE(d.ui().takeUrlToOpen());  // only asked, not opened

    SECTION("Enter confirms") {
        d.press(keys::Enter);
        auto url = d.ui().takeUrlToOpen();
        REQUIRE(url);
        CHECK(*url == "https://example.org/un");
        CHECK_FALSE(d.ui().takeUrlToOpen());  // handed over once
        d.frames(2);
        CHECK(startsWith(d.ui().currentLocation(), "first"));
    }
    SECTION("Esc cancels and stays in the module") {
        d.press(keys::Escape);
        d.frames(2);
        CHECK_FALSE(d.ui().takeUrlToOpen());
        CHECK(startsWith(d.ui().currentLocation(), "first"));
        // The dialog is gone: keys reach the reader again.
        d.press(keys::Escape);
        d.frames(2);
        CHECK(d.ui().currentLocation() == "catalogue");
    }
}

TEST_CASE("ui: a glossary term opens the glossary, an internal link jumps to its section", "[ui]") {
    SmallCourse c;
    auto store = openStoreWithLearner(c.db(), c.course->id);
    ui::UiOptions o;
    o.openTarget = "first";
    UiDriver d(c.course, *store, o);
    d.frames(3);
    d.press(keys::Tab);
    d.press(keys::Enter);
    d.frames(2);
    CHECK(d.ui().currentLocation() == "glossary");
    d.press(keys::Escape);  // back to the module, not the catalogue
    d.frames(2);
    CHECK(startsWith(d.ui().currentLocation(), "first"));
    // Third link: "origins" in the last section.
    d.press(keys::Tab, false, /*shift*/ true);
    d.press(keys::Enter);
    d.frames(3);
    CHECK(d.ui().currentLocation() == "first#origins");
}

TEST_CASE("ui: ] and [ move between sections, the UI sleeps when nothing is pending", "[ui]") {
    SmallCourse c;
    auto store = openStoreWithLearner(c.db(), c.course->id);
    UiDriver d(c.course, *store);
    d.frames(5);
    CHECK(d.ui().currentLocation() == "catalogue");
    CHECK(d.ui().nextWakeSeconds() < 0);  // idle catalogue: no frame until input

    ui::UiOptions o;
    o.openTarget = "first";
    d.destroyUi();
    UiDriver r(c.course, *store, o);
    r.frames(3);
    r.pressTyping(keys::RightBracket, ']');
    r.frames(2);
    CHECK(r.ui().currentLocation() == "first#origins");
    r.pressTyping(keys::RightBracket, ']');
    r.frames(2);
    CHECK(r.ui().currentLocation() == "first#later");
    r.press(keys::Left, false, false, /*alt*/ true);
    r.frames(2);
    CHECK(r.ui().currentLocation() == "first#origins");
    // Everything visible read and the resume point saved: nothing left to wake up for.
    r.wait(30);
    r.frames(3);
    CHECK(r.ui().nextWakeSeconds() < 0);
}

TEST_CASE("ui: shortcuts follow the characters of the learner's keyboard layout", "[ui][keyboard]") {
    // What the shell feeds ImGui for a key (app/key_taps.cpp): the US key that types the same
    // character. German "+" (where US has "]") is the keypad's +; AZERTY's "q" (US "a") is Q;
    // a Cyrillic letter keeps the key's position.
    CHECK(keys::forTypedCharacter('+') == keys::KeypadAdd);
    CHECK(keys::forTypedCharacter('q') == keys::letter('Q'));
    CHECK(keys::forTypedCharacter('-') == keys::Minus);
    CHECK(keys::forTypedCharacter(U'ф') == 0);
    CHECK(keys::forTypedCharacter(U'ß') == 0);

    SmallCourse c;
    auto store = openStoreWithLearner(c.db(), c.course->id);
    ui::UiOptions o;
    o.openTarget = "first";
    UiDriver d(c.course, *store, o);
    d.frames(3);
    // German: "]" is AltGr+9: the character comes with the 9 key, not the US "]" key.
    d.pressTyping(keys::Num0 + 9, ']');
    d.frames(2);
    CHECK(d.ui().currentLocation() == "first#origins");
    d.pressTyping(keys::Num0 + 8, '[');
    d.frames(2);
    CHECK(d.ui().currentLocation() == "first#overview");
    // The key at the US "]" position types "+" there: it moves nowhere.
    d.pressTyping(keys::KeypadAdd, '+');
    d.frames(2);
    CHECK(d.ui().currentLocation() == "first#overview");
    // Ctrl++ (the "+" key, fed as the keypad's +) makes the text larger; Ctrl+Shift+0 (how a
    // German keyboard types Ctrl+=) is not Ctrl+0, which goes back to the default size.
    const float before = ImGui::GetIO().FontDefault->FontSize;
    d.press(keys::KeypadAdd, /*ctrl*/ true);
    d.frames(2);
    CHECK(ImGui::GetIO().FontDefault->FontSize > before);
    d.press(keys::Num0, /*ctrl*/ true, /*shift*/ true);
    d.frames(2);
    CHECK(ImGui::GetIO().FontDefault->FontSize > before);
    d.press(keys::Num0, /*ctrl*/ true);
    d.frames(2);
    CHECK(ImGui::GetIO().FontDefault->FontSize == Approx(before));
}

TEST_CASE("ui: several learners on one machine pick their profile first", "[ui][store]") {
    SmallCourse c;
    auto store = openStore(c.db());
    const LearnerId first = store->ensureLearner("Amina");
    store->ensureLearner("Boris");
    UiDriver d(c.course, *store);
    d.frames(3);
    CHECK(d.ui().currentLocation() == "learners");
    d.press(keys::Enter);  // the first learner of the list is selected
    d.frames(2);
    CHECK(d.ui().currentLocation() == "pin");  // a first sign-in offers a PIN
    d.press(keys::Enter);                      // none
    d.frames(2);
    CHECK(d.ui().currentLocation() == "catalogue");
    CHECK(store->snapshot()->learner != 0);
    (void)first;
}

TEST_CASE("ui: a new learner can be created from the picker", "[ui][store]") {
    SmallCourse c;
    auto store = openStore(c.db());
    UiDriver d(c.course, *store);
    d.frames(3);
    CHECK(d.ui().currentLocation() == "learners");
    d.headless().type("Chen");
    d.frames(2);
    d.press(keys::Enter);  // "New learner: Chen"
    d.frames(2);
    d.press(keys::Enter);  // no PIN
    d.frames(2);
    CHECK(d.ui().currentLocation() == "catalogue");
    CHECK(store->snapshot()->learnerName == "Chen");
}

TEST_CASE("ui: the status bar names a failed save and what is kept", "[ui]") {
    SaveStatus s;
    s.state = SaveState::Failed;
    s.pending = 2;
    s.lastError = "Could not save: the disk is full. Free some space; your answers are kept.";  // as the store says it
    std::string text = ui::saveStatusText(s);
    CHECK(text.find("Could not save: the disk is full") == 0);
    CHECK(text.find("Could not save", 1) == std::string::npos);  // said once, not twice
    CHECK(text.find("2 changes kept, not lost") != std::string::npos);
    s.lastError = "the disk is full";  // a message without the prefix gets it
    CHECK(ui::saveStatusText(s).find("Could not save: the disk is full") == 0);
    s.state = SaveState::Saving;
    CHECK(ui::saveStatusText(s) == "Saving…");
    s.state = SaveState::Saved;
    s.pending = 0;
    CHECK(ui::saveStatusText(s) == "All changes saved");
}

TEST_CASE("ui: a failed save is shown and retried, nothing the learner did is lost", "[ui][store]") {
    SmallCourse c;
    FullDisk disk;
    auto store = openStoreWithLearner(c.db(), c.course->id);
    ui::UiOptions o;
    o.openTarget = "first#later";
    UiDriver d(c.course, *store, o);
    d.frames(3);
    REQUIRE(store->flush(5000));
    CHECK(d.ui().saveStatusLine() == "All changes saved");

    disk.setFull(true);
    d.press(keys::letter('B'), /*ctrl*/ true);  // bookmark: a save that now fails
    CHECK_FALSE(store->flush(1500));
    d.frames(1);
    CHECK(d.ui().saveStatusLine().rfind("Could not save: ", 0) == 0);
    CHECK(store->snapshot()->bookmarks.count(SectionRef{"first", "later"}));  // still shown

    disk.setFull(false);
    d.press(keys::letter('S'), /*ctrl*/ true);  // the Retry action
    REQUIRE(store->flush(5000));
    d.frames(1);
    CHECK(d.ui().saveStatusLine() == "All changes saved");
}

TEST_CASE("ui: a link to another module opens that module at the linked section", "[ui]") {
    SmallCourse c;
    auto store = openStoreWithLearner(c.db(), c.course->id);
    ui::UiOptions o;
    o.openTarget = "second";
    UiDriver d(c.course, *store, o);
    d.frames(3);
    d.press(keys::Tab);
    d.press(keys::Enter);
    d.frames(3);
    CHECK(d.ui().currentLocation() == "first#later");
    CHECK_FALSE(d.ui().takeUrlToOpen());
}
