// The keyboard path a learner takes through a quiz and a reflection, on the fixture course the
// end-to-end keyboard test uses (tests/data/courses/keyboard): each step the learner takes
// with keys alone, then what is saved. (A resumed place that must not drift as the blocks
// above are measured is checked end to end, in tests/e2e/keyboard_session_test.sh.)
#include "ui_test_support.h"

using namespace lectern;
using namespace lectern::test;
namespace keys = lectern::ui::keys;

namespace {

struct KeyboardCourse {
    TempDir dir;
    std::shared_ptr<const Course> course = loadCourseOk(fs::path(LECTERN_TEST_DATA_DIR) / "courses/keyboard");
    std::unique_ptr<ProgressStore> store = openStoreWithLearner(dir.path() / "progress.db", course->id);
};

// Opens the module at its reflection and goes into the text box with Tab, Enter.
std::unique_ptr<UiDriver> writingReflection(KeyboardCourse& c) {
    ui::UiOptions o;
    o.openTarget = "first-steps#reflect";
    auto d = std::make_unique<UiDriver>(c.course, *c.store, o, 1000, 640);
    d->frames(3);
    d->press(keys::Tab);
    d->press(keys::Enter);
    return d;
}

} // namespace

TEST_CASE("keyboard: Enter then Space answers the quiz, Down Down Enter submits it", "[ui][keyboard]") {
    KeyboardCourse c;
    ui::UiOptions o;
    o.openTarget = "first-steps#check";
    UiDriver d(c.course, *c.store, o, 1000, 640);
    d.frames(3);
    d.press(keys::Tab);
    d.press(keys::Enter);    // into the quiz: "True" has the keyboard, highlighted
    d.press(keys::Space);    // picks it at once (ImGui ignores Space while the highlight is hidden)
    d.press(keys::Down);     // "False"
    d.press(keys::Down);     // "Submit answers"
    d.press(keys::Enter);
    d.frames(2);
    REQUIRE(c.store->flush(5000));
    auto snap = c.store->snapshot();
    REQUIRE(snap->attemptCount("first-steps", "check-quiz") == 1);
    CHECK(snap->bestAttempt("first-steps", "check-quiz")->passed);
}

TEST_CASE("keyboard: Enter on a reflection puts the keyboard in its text box, Esc keeps and saves the text",
          "[ui][keyboard][reflection]") {
    KeyboardCourse c;
    auto driver = writingReflection(c);
    UiDriver& d = *driver;
    d.frames(1);
    REQUIRE(ImGui::GetIO().WantTextInput);  // typing goes straight into the reflection
    d.headless().type("Disarmament and security");
    d.frames(2);
    d.press(keys::Escape);  // ImGui alone would put back the text the box had before the edit
    d.frames(2);
    CHECK_FALSE(ImGui::GetIO().WantTextInput);
    REQUIRE(c.store->flush(5000));
    CHECK(c.store->snapshot()->reflectionText("first-steps", "own-words") == "Disarmament and security");
    CHECK(d.ui().currentLocation() == "first-steps#reflect");  // the first Esc leaves only the text box
}

TEST_CASE("keyboard: the status bar says Saving while typed text waits, then All changes saved",
          "[ui][keyboard][reflection]") {
    KeyboardCourse c;
    auto driver = writingReflection(c);
    UiDriver& d = *driver;
    d.headless().type("Security");
    d.frames(2);
    CHECK(d.ui().saveStatusLine() == "Saving…");  // not "All changes saved": it is not saved yet
    d.wait(2);                                     // the debounce passes, the text goes to the store
    REQUIRE(c.store->flush(5000));
    d.frames(1);
    CHECK(d.ui().saveStatusLine() == "All changes saved");
    CHECK(c.store->snapshot()->reflectionText("first-steps", "own-words") == "Security");
}
