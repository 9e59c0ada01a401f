// Bookmark toggle and section note (SectionNotes), saving to a real ProgressStore.
#include "quiz_test_support.h"

#include "ui/widgets/section_notes.h"

using namespace lectern;
using namespace lectern::test;

namespace {

constexpr const char* kWindow = "Reader";

struct NotesHarness {
    HeadlessUi ui;
    StoreFixture store;
    RecordingEnv rec;
    SectionRef section{"every-block", "prose"};
    std::unique_ptr<ui::SectionNotes> notes = std::make_unique<ui::SectionNotes>();
    std::function<void()> draw;

    NotesHarness() {
        rec.store = store.store.get();
        draw = inWindow(kWindow, [this] {
            ui::UiEnv env = rec.make(ui);
            notes->draw(env, section);
            ImGui::Dummy(ImVec2(10, 200));
        });
        ui.frames(2, draw);
    }
    void typeNote(const std::string& text) {
        focusItem(ui, draw, kWindow, {section.moduleId, section.sectionId, "##note"});
        // Enter starts editing; in a field already being edited it would add a line break.
        if (!isActive(ui, kWindow, {section.moduleId, section.sectionId, "##note"})) ui.pressKey(ui::keys::Enter, draw);
        ui.pressKey(ui::keys::End, draw, true);
        ui.type(text);
        ui.frame(draw);
    }
};

} // namespace

TEST_CASE("notes: the bookmark toggle saves at once, on and off", "[notes]") {
    NotesHarness h;
    activateItem(h.ui, h.draw, kWindow, {"every-block", "prose", "##bookmark"});
    auto marks = h.rec.submittedOf<SetBookmark>();
    REQUIRE(marks.size() == 1);
    CHECK(marks[0].on);
    CHECK(marks[0].section == h.section);
    CHECK(h.store.store->snapshot()->bookmarks.count(h.section) == 1);

    activateItem(h.ui, h.draw, kWindow, {"every-block", "prose", "##bookmark"});
    marks = h.rec.submittedOf<SetBookmark>();
    REQUIRE(marks.size() == 2);
    CHECK_FALSE(marks[1].on);
    REQUIRE(h.store.store->flush(5000));
    CHECK(h.store.store->snapshot()->bookmarks.count(h.section) == 0);
}

TEST_CASE("notes: a note is saved after typing stops, and is there after a restart", "[notes]") {
    NotesHarness h;
    h.typeNote("Ask the trainer about 53/70.");
    CHECK(h.rec.submittedOf<SaveNote>().empty());
    advance(h.ui, h.draw, 2.0);
    auto saved = h.rec.submittedOf<SaveNote>();
    REQUIRE(saved.size() == 1);
    CHECK(saved[0].section == h.section);
    CHECK(saved[0].text == "Ask the trainer about 53/70.");

    h.store.reopen();
    h.rec.store = h.store.store.get();
    h.rec.submitted.clear();
    h.notes = std::make_unique<ui::SectionNotes>();
    h.ui.frames(2, h.draw);
    CHECK(h.store.store->snapshot()->notes.at(h.section) == "Ask the trainer about 53/70.");
    h.typeNote(" Done.");
    advance(h.ui, h.draw, 2.0);
    saved = h.rec.submittedOf<SaveNote>();
    REQUIRE(saved.size() == 1);
    CHECK(saved[0].text == "Ask the trainer about 53/70. Done.");
}

TEST_CASE("notes: switching to another section saves the pending note of the first", "[notes]") {
    NotesHarness h;
    h.typeNote("Half a thought");
    h.section = {"every-block", "callouts"};
    h.ui.frames(2, h.draw);
    auto saved = h.rec.submittedOf<SaveNote>();
    REQUIRE(saved.size() == 1);
    CHECK(saved[0].section == SectionRef{"every-block", "prose"});
    CHECK(saved[0].text == "Half a thought");
}

TEST_CASE("notes: another learner sees their own bookmark and note, not the previous one's", "[notes]") {
    NotesHarness h;
    activateItem(h.ui, h.draw, kWindow, {"every-block", "prose", "##bookmark"});
    h.typeNote("Ada's note");
    advance(h.ui, h.draw, 2.0);
    REQUIRE(h.rec.submittedOf<SaveNote>().size() == 1);
    h.typeNote(" and more");  // still pending when the learner changes

    const LearnerId bo = h.store.store->ensureLearner("Bo");
    std::string error;
    REQUIRE(h.store.store->selectLearner(bo, h.store.courseId, error));
    h.ui.frames(2, h.draw);
    advance(h.ui, h.draw, 3.0);
    // The pending edit was saved, for Ada who typed it: Bo sees nothing of hers.
    REQUIRE(h.rec.submittedOf<SaveNote>().size() == 2);
    auto snap = h.store.store->snapshot();
    CHECK(snap->bookmarks.empty());
    CHECK(snap->notes.empty());

    // Bo's own note goes to Bo.
    h.typeNote("Bo's note");
    advance(h.ui, h.draw, 2.0);
    auto saved = h.rec.submittedOf<SaveNote>();
    REQUIRE(saved.size() == 3);
    CHECK(saved[2].text == "Bo's note");
    REQUIRE(h.store.store->flush(5000));
    CHECK(h.store.store->snapshot()->notes.at(h.section) == "Bo's note");
    // Ada's record has her whole note, the part typed just before Bo came included.
    REQUIRE(h.store.store->selectLearner(h.store.learner, h.store.courseId, error));
    CHECK(h.store.store->snapshot()->notes.at(h.section) == "Ada's note and more");
}
