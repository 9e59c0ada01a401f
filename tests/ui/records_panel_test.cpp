// Facilitator mode's Records panel (F4) in the headless UI, over the app's real background
// sync: without an LRS it says records stay here and how to configure one; with an LRS that
// does not answer, it shows the records waiting and "LRS unreachable since", and nothing is
// marked sent; its USB stick export writes to a folder typed in. (Sending to a real LRS:
// tests/e2e/lrs_sync_test.sh.)
#include "ui_test_support.h"

#include "sync/lrs_config.h"

#include <imgui_internal.h>

#include <chrono>
#include <thread>

using namespace lectern;
using namespace lectern::test;
namespace keys = lectern::ui::keys;

namespace {

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

// Facilitator mode, then F4.
void openRecords(UiDriver& d) {
    enterFacilitatorMode(d);
    d.press(keys::function(4));
    REQUIRE(d.ui().currentLocation() == "facilitator-records");
}


struct RecordsRoom {
    TempDir dir;
    std::shared_ptr<const Course> course;
    std::unique_ptr<ProgressStore> store;
    RecordsRoom() {
        writeSmallCourse(dir.path() / "course");
        course = loadCourseOk(dir.path() / "course");
        store = openStoreWithLearner(dir.path() / "p.db", course->id);
        REQUIRE(store->ensureLearner("Bo") != 0);  // two learners: the app opens on the list, where F2 is
        const ProgressScope scope{store->snapshot()->learner, course->id};
        store->submit(scope, MarkSectionRead{{"first", "origins"}});
        store->submit(scope, MarkSectionRead{{"first", "later"}});
        store->submit(scope, SaveNote{{"first", "later"}, "mine"});
        REQUIRE(store->flush(10000));
    }
    ~RecordsRoom() {
        std::error_code ec;
        fs::remove(sync::defaultLrsConfigDir() / "lrs.conf", ec);
    }
};

} // namespace

TEST_CASE("records panel: without an LRS the records stay here, and it says how to configure one", "[ui][sync]") {
    RecordsRoom room;
    UiDriver d(room.course, *room.store);
    openRecords(d);
    std::string text = waitForText(d, "records waiting");
    INFO(text);
    CHECK(has(text, "2 records waiting"));  // the two sections read; the note is never sent
    CHECK(has(text, "No learning record store is configured"));
    CHECK(has(text, "lectern config set lrs.endpoint"));
    CHECK(has(text, "Kept on this computer: 1"));
}

TEST_CASE("records panel: an LRS that does not answer: waiting, unreachable since, nothing sent", "[ui][sync]") {
    RecordsRoom room;
    std::string error;
    // Port 1 on loopback: nothing listens, the connection is refused at once.
    REQUIRE(sync::setLrsValue(sync::defaultLrsConfigDir(), "lrs.endpoint", "http://127.0.0.1:1/xAPI", error));
    UiDriver d(room.course, *room.store);
    openRecords(d);
    std::string text = waitForText(d, "LRS unreachable since");
    INFO(text);
    CHECK(has(text, "2 records waiting"));
    CHECK(has(text, "Learning record store: http://127.0.0.1:1/xAPI"));
    CHECK(has(text, "cannot be reached"));
    CHECK(has(text, "Sent 0,"));
    CHECK(has(text, "Trying again at"));
}

namespace {

// Gives the keyboard to the item `label` of whichever window of facilitator mode draws it.
void focusAnywhere(UiDriver& d, const char* label) {
    ImGuiContext& g = *ImGui::GetCurrentContext();
    for (ImGuiWindow* w : g.Windows) {
        if (!w->Active) continue;
        const ImGuiID id = ImHashStr(label, 0, w->ID);
        ImGui::SetFocusID(id, w);
        g.NavDisableHighlight = false;
        d.frames(1);
        if (g.NavId == id && g.NavIdIsAlive) return;
    }
    FAIL("no item " << label);
}

} // namespace

TEST_CASE("records panel: this computer's progress exported to a folder typed by keyboard", "[ui][sync][bundle]") {
    RecordsRoom room;
    const fs::path stick = room.dir.path() / "clé USB";  // a folder name beyond ASCII, as sticks have
    fs::create_directories(stick);
    UiDriver d(room.course, *room.store);
    openRecords(d);
    waitForText(d, "USB stick");
    focusAnywhere(d, "##folder");
    d.press(keys::Enter);  // the default folder is selected: typing replaces it
    d.headless().type(stick.string());
    d.frames(2);
    d.press(keys::Enter);
    focusAnywhere(d, "Export this computer's progress");
    d.press(keys::Enter);
    bool written = false;
    for (int i = 0; i < 200 && !written; ++i) {
        d.wait(0.05);
        written = fs::directory_iterator(stick) != fs::directory_iterator();
    }
    INFO(d.screenText());
    CHECK(written);
}
