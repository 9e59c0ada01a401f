// What the learner made, found again (issue 10 item 11): the page "My bookmarks and notes"
// (Ctrl+M, listed by F1, or the reader's button) lists bookmarks, notes and reflections and
// opens them by keyboard; search finds the learner's own notes and says so; the window title
// names the module being read; a link the browser could not open is offered to copy.
#include "quiz_test_support.h"
#include "ui_test_support.h"

#include "../common/selected_scope.h"
#include "ui/shortcuts.h"
#include "ui/views/link_dialog.h"
#include "ui/views/my_notes_view.h"
#include "ui/views/search_view.h"

#include <chrono>
#include <thread>

using namespace lectern;
using namespace lectern::test;
namespace keys = lectern::ui::keys;

namespace {

struct Fixture {
    TempDir dir;
    std::shared_ptr<const Course> course;
    std::unique_ptr<ProgressStore> store;
    Fixture() {
        writeSmallCourse(dir.path() / "course");
        course = loadCourseOk(dir.path() / "course");
        store = openStoreWithLearner(dir.path() / "p.db", course->id);
        const ProgressScope scope = selectedScope(*store);
        store->submit(scope, SetBookmark{{"second", "only"}, true});
        store->submit(scope, SaveNote{{"first", "later"}, "Compare with the Genève talks of 2019."});
        REQUIRE(store->flush(5000));
    }
};

} // namespace

TEST_CASE("my notes: bookmarks and notes are listed in course order, each opening its section", "[ui][notes]") {
    Fixture f;
    const std::vector<ui::MyNotesItem> items = ui::collectMyNotes(*f.course, *f.store->snapshot());
    REQUIRE(items.size() == 2);
    CHECK(items[0].kind == ui::MyNotesItem::Kind::Bookmark);
    CHECK(items[0].heading == "Second Module \u203a Only section");
    CHECK(items[1].kind == ui::MyNotesItem::Kind::Note);
    CHECK(items[1].sectionId == "later");
    CHECK(items[1].text == "Compare with the Genève talks of 2019.");
}

TEST_CASE("my notes: Ctrl+M opens the page, F1 lists it, Enter opens the first item, Esc goes back", "[ui][notes]") {
    Fixture f;
    UiDriver d(f.course, *f.store);
    d.frames(3);
    CHECK(d.ui().currentLocation() == "catalogue");
    d.press(keys::letter('M'), /*ctrl*/ true);
    d.frames(3);
    CHECK(d.ui().currentLocation() == "my-notes");
    bool listed = false;
    for (const ui::ShortcutEntry& e : ui::shortcutTable()) listed |= std::string(e.keys) == "Ctrl+M";
    CHECK(listed);
    d.press(keys::Enter);  // the first item (the bookmark) has the keyboard
    d.frames(3);
    CHECK(d.ui().currentLocation() == "second#only");
    CHECK(d.ui().windowTitle() == "Second Module - Small Course - Lectern");
    d.press(keys::Escape);
    d.frames(2);
    CHECK(d.ui().windowTitle() == "Small Course - Lectern");
}

TEST_CASE("search: the learner's own note is found, marked as theirs, and opens its section", "[ui][search]") {
    Fixture f;
    HeadlessUi ui;
    RecordingEnv rec;
    rec.course = f.course.get();
    rec.store = f.store.get();
    ui::SearchView view(f.course, "geneve");
    const auto draw = inWindow("Search", [&] { view.draw(rec.make(ui)); });
    std::string shown;
    for (int i = 0; i < 500; ++i) {
        shown = frameText(ui, draw);
        if (shown.find("result") != std::string::npos) break;
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    CHECK(shown.find("Your note \u00b7 First Module \u203a Later years") != std::string::npos);
    CHECK(shown.find("Compare with the Genève talks of 2019.") != std::string::npos);
    ui.pressKey(keys::Enter, draw);
    REQUIRE_FALSE(rec.posted.empty());
    auto* open = std::get_if<ui::OpenModule>(&rec.posted.back());
    REQUIRE(open);
    CHECK(open->moduleId == "first");
    CHECK(open->sectionId == "later");
    CHECK(open->highlight == "geneve");  // the reader marks the words searched for
}

TEST_CASE("links: a link the browser could not open is shown to copy, Enter copies it", "[ui][links]") {
    HeadlessUi ui;
    ui::LinkDialog dialog;
    dialog.failed("https://example.org/un");
    const auto draw = inWindow("Host", [&] {
        dialog.handleKeys();
        dialog.draw(ui.fonts(), ui.theme());
    });
    ui.frames(2, draw);
    CHECK(dialog.active());
    // What the dialog says (its body, drawn where ImGui's log can read it).
    const auto body = inWindow("Body", [&] { ui::drawLinkToCopy("https://example.org/un", ui.fonts(), ui.theme(), false); });
    const std::string shown = frameText(ui, body);
    CHECK(shown.find("No browser could open this link") != std::string::npos);
    CHECK(shown.find("https://example.org/un") != std::string::npos);
    CHECK(shown.find("Copy the link (Enter)") != std::string::npos);
    ui.pressKey(keys::Enter, draw);
    CHECK(std::string(ImGui::GetClipboardText()) == "https://example.org/un");
    ui.pressKey(keys::Escape, draw);
    ui.frames(2, draw);
    CHECK_FALSE(dialog.active());
}

TEST_CASE("links: the shell's report of a failed link reaches the dialog, which is modal", "[ui][links]") {
    Fixture f;
    UiDriver d(f.course, *f.store);
    d.frames(3);
    d.ui().linkFailures()->report("https://example.org/un");  // as the opener's thread does
    d.frames(3);
    d.press(keys::letter('G'), /*ctrl*/ true);  // the dialog has the keys: no glossary behind it
    d.frames(2);
    CHECK(d.ui().currentLocation() == "catalogue");
    d.press(keys::Escape);
    d.frames(2);
    d.press(keys::letter('G'), /*ctrl*/ true);
    d.frames(2);
    CHECK(d.ui().currentLocation() == "glossary");
}
