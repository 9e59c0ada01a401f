// The start screen on a shared machine (issue 12): the learners listed by group, filtered as
// one types (first letters of any word, any script, accents ignored), chosen by keyboard alone;
// a learner with a PIN is asked for it (wrong PIN: tries left; five: a countdown that a restart
// keeps); --learner stops at the PIN; "New learner" only where the facilitator allows it;
// facilitator mode behind its own PIN. What is checked is what the screen shows.
#include "quiz_test_support.h"
#include "ui_test_support.h"
#include "drawn_glyphs.h"

#include "session/profile_auth.h"
#include "store/learner_repository.h"
#include "store/shared_settings_repository.h"
#include "store/store_connection.h"
#include "ui/shaping/shaped_text.h"
#include "ui/views/pin_prompt_view.h"
#include "ui/views/start_screen_model.h"

#include <imgui_internal.h>
#include <sqlite3.h>

using namespace lectern;
using namespace lectern::test;
namespace keys = lectern::ui::keys;

namespace {

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

// A room: Ann Lee (PIN 2468) and Bo Park in Ops; Zoë Ångström and Дмитрий Морозов in Sales;
// Cy archived.
struct Room {
    TempDir dir;
    fs::path db = dir.path() / "p.db";
    std::shared_ptr<const Course> course;
    std::unique_ptr<ProgressStore> store;
    Room() {
        writeSmallCourse(dir.path() / "course");
        course = loadCourseOk(dir.path() / "course");
        store = openStore(db);
        auto conn = store::openStoreConnection(db.string());
        REQUIRE(conn);
        store::LearnerRepository repo(*conn);
        const LearnerId ann = *repo.create({"Ann Lee", "Ops", ""}, 1);
        REQUIRE(session::ProfileAuth(*conn).setLearnerPin(ann, session::Pin::fromDigits("2468"), store::Actor::Learner));
        REQUIRE(repo.create({"Bo Park", "Ops", ""}, 1));
        REQUIRE(repo.create({"Zoë Ångström", "Sales", ""}, 1));
        REQUIRE(repo.create({"Дмитрий Морозов", "Sales", ""}, 1));
        const LearnerId cy = *repo.create({"Cy", "Ops", ""}, 1);
        REQUIRE(repo.archive(cy, 2));
    }
    void allowNew(bool allow) {
        auto conn = store::openStoreConnection(db.string());
        REQUIRE(store::SharedSettingsRepository(*conn).set(store::kAllowNewLearners, allow ? "1" : "0", 3));
    }
};

// Gives the keyboard to a learner's button in facilitator mode's list and presses Enter, as a
// facilitator does with Tab and Enter.
void pressLearnerButton(UiDriver& d, LearnerId learner, const char* label) {
    ImGuiWindow* list = nullptr;
    for (ImGuiWindow* w : ImGui::GetCurrentContext()->Windows)
        if (std::string(w->Name).find("##facilitator-learners") != std::string::npos) list = w;
    REQUIRE(list);
    const int key = static_cast<int>(learner);
    const ImGuiID id = ImHashStr(label, 0, ImHashData(&key, sizeof key, list->ID));  // PushID(int), then the button
    ImGui::SetFocusID(id, list);
    ImGui::GetCurrentContext()->NavDisableHighlight = false;
    d.frames(1);
    INFO("no button \"" << label << "\" for learner " << learner);
    REQUIRE(ImGui::GetCurrentContext()->NavId == id);
    d.press(keys::Enter);
    d.frames(2);
}

// F2 on the start screen of a database without a facilitator PIN: it is asked for, twice, and
// facilitator mode opens.
void setFacilitatorPin(UiDriver& d, const std::string& pin) {
    d.press(keys::function(2));
    d.frames(2);
    REQUIRE(d.ui().currentLocation() == "facilitator-pin");
    REQUIRE(has(d.screenText(), "No facilitator PIN is set"));
    for (int twice = 0; twice < 2; ++twice) {
        d.headless().type(pin);
        d.frames(2);
        d.press(keys::Enter);
    }
    d.frames(3);
    REQUIRE(d.ui().currentLocation() == "facilitator");
}

int64_t count(const fs::path& db, const std::string& sql) {
    sqlite3* h = nullptr;
    sqlite3_open_v2(db.string().c_str(), &h, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt* st = nullptr;
    sqlite3_prepare_v2(h, sql.c_str(), -1, &st, nullptr);
    const int64_t n = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int64(st, 0) : -1;
    sqlite3_finalize(st);
    sqlite3_close(h);
    return n;
}

void typeText(UiDriver& d, const std::string& text) {
    d.headless().type(text);
    d.frames(2);
}

} // namespace

TEST_CASE("start screen: grouped by group; typing filters by first letters in any script, accents ignored; Esc "
          "clears",
          "[ui][start]") {
    Room room;
    UiDriver d(room.course, *room.store);
    d.frames(3);
    REQUIRE(d.ui().currentLocation() == "learners");
    std::string text = d.screenText();
    CHECK(has(text, "Who is studying?"));
    CHECK(has(text, "Ops"));
    CHECK(has(text, "Sales"));
    CHECK(has(text, "Ann Lee"));
    CHECK(has(text, "Дмитрий Морозов"));
    CHECK_FALSE(has(text, "Cy"));  // archived: off the list
    CHECK(has(text, "New learner"));

    typeText(d, "zo ang");
    text = d.screenText();
    CHECK(has(text, "Zoë Ångström"));
    CHECK_FALSE(has(text, "Ann Lee"));
    CHECK_FALSE(has(text, "Bo Park"));

    d.press(keys::Escape);
    typeText(d, "мо");
    text = d.screenText();
    CHECK(has(text, "Дмитрий Морозов"));
    CHECK_FALSE(has(text, "Zoë"));

    d.press(keys::Escape);
    typeText(d, "park");
    text = d.screenText();
    CHECK(has(text, "Bo Park"));
    CHECK_FALSE(has(text, "Ann Lee"));
    d.press(keys::Backspace);
    d.press(keys::Backspace);
    d.press(keys::Backspace);
    d.press(keys::Backspace);
    CHECK(has(d.screenText(), "Ann Lee"));  // the filter is empty again
}

TEST_CASE("start screen: arrows and Enter choose a learner; a first sign-in without a PIN offers one, Enter skips it",
          "[ui][start]") {
    Room room;
    UiDriver d(room.course, *room.store);
    d.frames(3);
    d.press(keys::Down);  // Ann Lee -> Bo Park
    d.press(keys::Enter);
    d.frames(2);
    CHECK(d.ui().currentLocation() == "pin");
    std::string text = d.screenText();
    CHECK(has(text, "Bo Park"));
    CHECK(has(text, "Choose a PIN"));
    d.press(keys::Enter);  // nothing typed: go on without one
    d.frames(3);
    CHECK(d.ui().currentLocation() == "catalogue");
    CHECK(d.session().state().learnerName == "Bo Park");
}

TEST_CASE("start screen: a PIN chosen at first sign-in, typed twice, is asked for at the next one", "[ui][start][pin]") {
    Room room;
    UiDriver d(room.course, *room.store);
    d.frames(3);
    typeText(d, "bo");
    d.press(keys::Enter);
    d.frames(2);
    typeText(d, "1357");
    d.press(keys::Enter);
    CHECK(has(d.screenText(), "Type the same PIN again"));
    typeText(d, "1358");
    d.press(keys::Enter);
    CHECK(has(d.screenText(), "not the same"));
    typeText(d, "1357");
    d.press(keys::Enter);
    typeText(d, "1357");
    d.press(keys::Enter);
    d.frames(3);
    REQUIRE(d.ui().currentLocation() == "catalogue");

    d.press(keys::letter('L'), /*ctrl*/ true);  // sign out
    d.frames(3);
    REQUIRE(d.ui().currentLocation() == "learners");
    typeText(d, "bo");
    d.press(keys::Enter);
    d.frames(2);
    CHECK(has(d.screenText(), "Type your PIN"));
    typeText(d, "1357");
    d.press(keys::Enter);
    d.frames(3);
    CHECK(d.ui().currentLocation() == "catalogue");
    CHECK(d.session().state().learnerName == "Bo Park");
}

TEST_CASE("start screen: a wrong PIN says how many tries are left; the fifth shows a countdown that survives a restart; "
          "the right PIN signs in",
          "[ui][start][pin]") {
    Room room;
    {
        UiDriver d(room.course, *room.store);
        d.frames(3);
        typeText(d, "ann");
        d.press(keys::Enter);
        d.frames(2);
        REQUIRE(d.ui().currentLocation() == "pin");
        std::string text = d.screenText();
        CHECK(has(text, "Ann Lee"));
        CHECK(has(text, "Type your PIN"));
        CHECK_FALSE(has(text, "2468"));

        typeText(d, "1111");
        CHECK_FALSE(has(d.screenText(), "1111"));  // masked
        d.press(keys::Enter);
        d.frames(2);
        CHECK(has(d.screenText(), "That PIN is not right. 4 more tries before a wait."));
        for (int i = 0; i < 4; ++i) {
            typeText(d, "1111");
            d.press(keys::Enter);
            d.frames(2);
        }
        text = d.screenText();
        CHECK(has(text, "Too many wrong PINs. Try again in"));
        CHECK(d.ui().currentLocation() == "pin-wait");
        CHECK_FALSE(d.session().scope().valid());
        typeText(d, "2468");  // ignored while the wait runs
        d.press(keys::Enter);
        d.frames(2);
        CHECK_FALSE(d.session().scope().valid());
    }
    {
        UiDriver restarted(room.course, *room.store);
        restarted.frames(3);
        typeText(restarted, "ann");
        restarted.press(keys::Enter);
        restarted.frames(2);
        CHECK(has(restarted.screenText(), "Too many wrong PINs. Try again in"));
        CHECK(restarted.ui().currentLocation() == "pin-wait");
        CHECK_FALSE(restarted.session().scope().valid());
    }
}

TEST_CASE("start screen: the right PIN signs in", "[ui][start][pin]") {
    Room room;
    UiDriver d(room.course, *room.store);
    d.frames(3);
    d.press(keys::Enter);  // Ann Lee is first
    d.frames(2);
    typeText(d, "2467");
    d.press(keys::Backspace);
    typeText(d, "8");
    d.press(keys::Enter);
    d.frames(3);
    CHECK(d.ui().currentLocation() == "catalogue");
    CHECK(d.session().state().learnerName == "Ann Lee");
}

TEST_CASE("start screen: --learner naming a learner with a PIN asks for it; an archived learner is refused",
          "[ui][start][pin]") {
    Room room;
    {
        UiDriver d(room.course, *room.store, {}, 1280, 800, {"Ann Lee", ""});
        d.frames(3);
        CHECK(d.ui().currentLocation() == "pin");
        const std::string text = d.screenText();
        CHECK(has(text, "Ann Lee"));
        CHECK(has(text, "Type your PIN"));
        CHECK_FALSE(d.session().scope().valid());
        d.press(keys::Escape);  // back to the list
        CHECK(d.ui().currentLocation() == "learners");
    }
    {
        UiDriver d(room.course, *room.store, {}, 1280, 800, {"Cy", ""});
        d.frames(3);
        CHECK(d.ui().currentLocation() == "learners");
        CHECK(has(d.screenText(), "archived"));
        CHECK_FALSE(d.session().scope().valid());
    }
}

TEST_CASE("start screen: \"New learner\" only where the facilitator allows it", "[ui][start]") {
    Room room;
    room.allowNew(false);
    {
        UiDriver d(room.course, *room.store);
        d.frames(3);
        typeText(d, "Newcomer");
        const std::string text = d.screenText();
        CHECK_FALSE(has(text, "New learner"));
        d.press(keys::Enter);
        d.frames(2);
        CHECK(d.ui().currentLocation() == "learners");
        CHECK(room.store->learners().size() == 4);
    }
    room.allowNew(true);
    {
        UiDriver d(room.course, *room.store);
        d.frames(3);
        typeText(d, "Newcomer");
        CHECK(has(d.screenText(), "New learner: Newcomer"));
        d.press(keys::Enter);
        d.frames(2);
        CHECK(has(d.screenText(), "Choose a PIN"));
        d.press(keys::Enter);
        d.frames(3);
        CHECK(d.ui().currentLocation() == "catalogue");
        CHECK(d.session().state().learnerName == "Newcomer");
    }
}

TEST_CASE("start screen: facilitator mode asks to set its PIN twice the first time, then opens; Esc leaves",
          "[ui][start][facilitator]") {
    Room room;
    UiDriver d(room.course, *room.store);
    d.frames(3);
    setFacilitatorPin(d, "9753");
    const std::string text = d.screenText();
    CHECK(has(text, "Facilitator mode"));
    CHECK(has(text, "Ann Lee"));
    CHECK(has(text, "Cy"));  // archived learners are listed here, to restore
    CHECK(has(text, "Restore"));
    d.press(keys::Escape);
    d.frames(2);
    CHECK(d.ui().currentLocation() == "learners");

    // Next time: the PIN is asked for, and a wrong one is refused.
    d.press(keys::function(2));
    d.frames(2);
    CHECK(has(d.screenText(), "Type your PIN"));
    typeText(d, "1111");
    d.press(keys::Enter);
    d.frames(2);
    CHECK(has(d.screenText(), "not right"));
    CHECK(d.ui().currentLocation() == "facilitator-pin");
    typeText(d, "9753");
    d.press(keys::Enter);
    d.frames(2);
    CHECK(d.ui().currentLocation() == "facilitator");
}

TEST_CASE("start screen model: 500 learners filtered and walked by keyboard; headers are never selected",
          "[ui][start]") {
    std::vector<store::LearnerProfile> profiles;
    std::vector<session::NameKey> keys;
    for (int i = 0; i < 500; ++i) {
        store::LearnerProfile p;
        p.id = i + 1;
        p.fullName = (i % 5 == 0 ? "Zoë " : "Ann ") + std::to_string(i);
        p.group = "G" + std::to_string(i / 100);
        keys.push_back(session::nameKey(p.fullName));
        profiles.push_back(std::move(p));
    }
    ui::StartScreenModel m;
    m.setProfiles(profiles, keys, false);
    CHECK(m.matchCount() == 500);
    CHECK(m.rows().size() == 505);  // five group headers
    REQUIRE(m.selectedRow());
    CHECK(m.selectedRow()->kind == ui::StartRow::Kind::Learner);
    m.setQuery("zoe");
    CHECK(m.matchCount() == 100);
    m.move(+1000);
    CHECK(m.profiles()[m.selectedRow()->profile].fullName == "Zoë 495");
    m.move(-1000);
    CHECK(m.profiles()[m.selectedRow()->profile].fullName == "Zoë 0");
    m.move(+20);  // across the header of G1
    CHECK(m.profiles()[m.selectedRow()->profile].fullName == "Zoë 100");
    m.setQuery("nobody");
    CHECK(m.selectedRow() == nullptr);
}

TEST_CASE("pin prompt: the countdown text rounds up and switches to minutes", "[ui][pin]") {
    CHECK(ui::PinPromptView::waitText(1000, 1000).empty());
    CHECK(ui::PinPromptView::waitText(30'000, 0) == "Too many wrong PINs. Try again in 30 s.");
    CHECK(ui::PinPromptView::waitText(29'001, 0) == "Too many wrong PINs. Try again in 30 s.");
    CHECK(ui::PinPromptView::waitText(125'000, 0) == "Too many wrong PINs. Try again in 2 min 5 s.");
}

TEST_CASE("facilitator mode: archive, restore and PIN reset from the learner list, each an event; the start screen "
          "follows",
          "[ui][start][facilitator]") {
    Room room;
    UiDriver d(room.course, *room.store);
    d.frames(3);
    setFacilitatorPin(d, "9753");
    auto idOf = [&](const std::string& name) {
        return count(room.db, "SELECT id FROM learners WHERE full_name = '" + name + "'");
    };
    pressLearnerButton(d, idOf("Bo Park"), "Archive");
    pressLearnerButton(d, idOf("Cy"), "Restore");
    pressLearnerButton(d, idOf("Ann Lee"), "Reset PIN");
    CHECK(count(room.db, "SELECT COUNT(*) FROM learners WHERE archived_ms IS NOT NULL AND full_name = 'Bo Park'") == 1);
    CHECK(count(room.db, "SELECT COUNT(*) FROM learners WHERE archived_ms IS NULL AND full_name = 'Cy'") == 1);
    CHECK(count(room.db, "SELECT COUNT(*) FROM learners WHERE pin_hash IS NULL AND full_name = 'Ann Lee'") == 1);
    CHECK(count(room.db, "SELECT COUNT(*) FROM profile_events WHERE kind IN ('archived', 'restored', 'pin_reset')") == 3);

    d.press(keys::Escape);
    d.frames(3);
    REQUIRE(d.ui().currentLocation() == "learners");
    const std::string text = d.screenText();
    CHECK_FALSE(has(text, "Bo Park"));
    CHECK(has(text, "Cy"));
    d.press(keys::Enter);  // Ann Lee, her PIN reset: she chooses a new one
    d.frames(2);
    CHECK(has(d.screenText(), "Choose a PIN"));
}

TEST_CASE("facilitator mode: Rename puts the keyboard in the name, selected; an Arabic name typed and saved is kept "
          "as typed",
          "[ui][start][facilitator]") {
    Room room;
    UiDriver d(room.course, *room.store);
    d.frames(3);
    setFacilitatorPin(d, "9753");
    const LearnerId cy = count(room.db, "SELECT id FROM learners WHERE full_name = 'Cy'");
    pressLearnerButton(d, cy, "Restore");  // archived in the room: back first
    pressLearnerButton(d, cy, "Rename");
    const std::string name = "سارة الأحمد";
    d.headless().type(name);  // replaces the old name: it was selected
    d.frames(2);
    d.press(keys::Enter);     // leaves the box
    d.frames(1);
    pressLearnerButton(d, cy, "Save");
    CHECK(count(room.db, "SELECT COUNT(*) FROM learners WHERE full_name = '" + name + "'") == 1);
    CHECK(count(room.db, "SELECT COUNT(*) FROM learners WHERE full_name = 'Cy'") == 0);
}

namespace {

// An item of facilitator mode's own window (the start screen's "##start" child), given the
// keyboard focus: its id is the label's hash in that window.
void focusStartItem(UiDriver& d, const char* label) {
    ImGuiWindow* start = nullptr;
    for (ImGuiWindow* w : ImGui::GetCurrentContext()->Windows)
        if (w->Active && std::string(w->Name).find("##start") != std::string::npos &&
            std::string(w->Name).find("##facilitator") == std::string::npos)
            start = w;
    REQUIRE(start);
    const ImGuiID id = ImHashStr(label, 0, start->ID);
    ImGui::SetFocusID(id, start);
    ImGui::GetCurrentContext()->NavDisableHighlight = false;
    d.frames(1);
    INFO("no item \"" << label << "\" in facilitator mode");
    REQUIRE(ImGui::GetCurrentContext()->NavId == id);
}

// Focused, opened with Enter, typed into, left with Enter.
void typeIntoStartField(UiDriver& d, const char* label, const std::string& text) {
    focusStartItem(d, label);
    d.press(keys::Enter);
    d.headless().type(text);
    d.frames(2);
    d.press(keys::Enter);
    d.frames(1);
}

} // namespace

TEST_CASE("facilitator mode: a roster imported from its panel by keyboard, into a session named in Arabic",
          "[ui][start][facilitator]") {
    Room room;
    const fs::path csv = room.dir.path() / "roster.csv";
    writeFile(csv, "external_id,full_name,group\nE1,أمينة ديالو,فريق أ\nE2,Bruno Silva,Team B\n");
    UiDriver d(room.course, *room.store);
    d.frames(3);
    setFacilitatorPin(d, "9753");
    focusStartItem(d, "Roster");
    d.press(keys::Space);
    d.frames(2);
    const std::string session = "دفعة الصباح";
    typeIntoStartField(d, "##roster-path", csv.string());
    typeIntoStartField(d, "##roster-session", session);
    focusStartItem(d, "Dry run (show what would change, write nothing)");
    d.press(keys::Space);  // off: import for real
    d.frames(2);
    focusStartItem(d, "Import the roster");
    d.press(keys::Enter);
    for (int i = 0; i < 100 && !has(d.screenText(), "Imported:"); ++i) d.wait(0.05);
    INFO(d.screenText());
    CHECK(has(d.screenText(), "Imported:"));
    CHECK(count(room.db, "SELECT COUNT(*) FROM learners WHERE full_name = 'أمينة ديالو' AND group_name = 'فريق أ'") == 1);
    CHECK(count(room.db, "SELECT COUNT(*) FROM onboarding_sessions WHERE name = '" + session + "'") == 1);
    CHECK(count(room.db, "SELECT COUNT(*) FROM session_members") == 2);
}

TEST_CASE("pin prompt: while the PIN is checked it says so and takes no digits; a short PIN is refused in words",
          "[ui][pin]") {
    HeadlessUi headless(800, 600);
    ui::PinPromptView prompt;
    session::Pin out;
    ui::UiEnv env;
    env.fonts = &headless.fonts();
    env.theme = &headless.theme();
    env.wakeIn = [](double) {};
    ui::PinStatus status{session::AuthPhase::Checking, 0, 0};
    ui::PinPromptAction action = ui::PinPromptAction::None;
    const auto draw = inWindow("Pin", [&] {
        const ui::PinPromptAction a = prompt.drawEnter(env, status, 300, out);
        if (a != ui::PinPromptAction::None) action = a;
    });
    headless.type("1234");
    CHECK(has(frameText(headless, draw), "Checking…"));
    status.phase = session::AuthPhase::WrongPin;
    status.attemptsBeforeWait = 1;
    headless.frame(draw);
    headless.pressKey(keys::Enter, draw);
    CHECK(action == ui::PinPromptAction::None);  // the digits typed while checking were not kept
    const std::string text = frameText(headless, draw);
    CHECK(has(text, "A PIN has 4 to 6 digits."));
    CHECK(has(text, "That PIN is not right. 1 more try before a wait."));
}

TEST_CASE("reflection sharing: private by default; shared, the editor says the facilitator can read it; taken back, "
          "private again",
          "[ui][privacy]") {
    TempDir dir;
    auto course = loadCourseOk(fs::path(LECTERN_TEST_DATA_DIR) / "courses/keyboard");
    const fs::path db = dir.path() / "p.db";
    auto store = openStore(db);
    ui::UiOptions o;
    o.openTarget = "first-steps#reflect";
    UiDriver d(course, *store, o, 1000, 640, {"Amina", ""});
    d.frames(3);
    std::string text = d.screenText();
    REQUIRE(has(text, "Share with facilitator"));
    CHECK(has(text, "Private: only you can read it."));
    const ProgressScope amina = d.session().scope();
    {
        UiThreadScope uiThread;  // as the checkbox does, from the UI thread
        d.profiles().setReflectionShared(amina, "first-steps", "own-words", true);
    }
    d.frames(2);
    CHECK(has(d.screenText(), "The facilitator can read this reflection."));
    CHECK(count(db, "SELECT COUNT(*) FROM profile_events WHERE kind = 'reflection_shared'") == 1);
    {
        UiThreadScope uiThread;
        d.profiles().setReflectionShared(amina, "first-steps", "own-words", false);
    }
    d.frames(2);
    CHECK(has(d.screenText(), "Private: only you can read it."));
}

// Issue 16: in an Arabic interface the list reads from the right: an Arabic learner's name (a
// shaped text, so its glyphs are logged) ends at the column's right; in English it starts at
// the left.
TEST_CASE("start screen: in an Arabic interface the names end at the right of the column, in English they start "
          "at the left",
          "[ui][start][i18n][shaping]") {
    for (const char* v : {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"}) unsetenv(v);
    BackToEnglish guard;
    for (const char* lang : {"ar", "en"}) {
        INFO("--lang " << lang);
        TempDir dir;
        writeSmallCourse(dir.path() / "course");
        auto course = loadCourseOk(dir.path() / "course");
        auto store = openStore(dir.path() / "p.db");
        {
            auto conn = store::openStoreConnection((dir.path() / "p.db").string());
            REQUIRE(conn);
            store::LearnerRepository repo(*conn);
            REQUIRE(repo.create({"أمينة", "", ""}, 1));
            REQUIRE(repo.create({"Bo Park", "", ""}, 1));
        }
        ui::UiOptions o;
        o.localeDir = LECTERN_LOCALE_DIR;
        o.cliLanguage = lang;
        REQUIRE(i18n::useUiLanguage(lang, LECTERN_LOCALE_DIR));  // as the shell does before the first frame
        UiDriver d(course, *store, o, 1200, 800);
        d.frames(6);
        REQUIRE(d.ui().currentLocation() == "learners");
        const std::vector<ui::DrawnGlyph> glyphs = glyphsDrawnBy([&] { d.frames(1); });
        // The column is 30 em wide, centred: what is drawn inside it, away from the bars.
        float minX = 1e9f, maxX = -1e9f;
        for (const ui::DrawnGlyph& g : glyphs)
            if (g.x > 1200 * 0.2f && g.x < 1200 * 0.8f) {
                minX = std::min(minX, g.x);
                maxX = std::max(maxX, g.x + g.advance);
            }
        REQUIRE(maxX > minX);
        if (std::string(lang) == "ar") CHECK(minX > 600);
        else CHECK(maxX < 600);
    }
}
