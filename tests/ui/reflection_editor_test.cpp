// The reflection editor on the fixture reflection "every-reflection" (min_words 20, with a
// quote and attribution), saving to a real ProgressStore: saves after the learner stops
// typing, at once on focus loss, keeps and restores revisions.
#include "quiz_test_support.h"

#include "ui/widgets/reflection_editor.h"

using namespace lectern;
using namespace lectern::test;

namespace {

constexpr const char* kWindow = "Reader";

struct ReflectionHarness {
    HeadlessUi ui;
    std::shared_ptr<const Course> course = loadFixtureModule("every-block");
    const Module& module = *course->modules[0];
    const Reflection& reflection = *module.findReflection("every-reflection");
    StoreFixture store{course->id};
    RecordingEnv rec;
    std::unique_ptr<ui::ReflectionEditor> editor = std::make_unique<ui::ReflectionEditor>();
    std::function<void()> draw;

    ReflectionHarness() {
        rec.store = store.store.get();
        rec.course = course.get();
        draw = inWindow(kWindow, [this] {
            ui::UiEnv env = rec.make(ui);
            editor->draw(env, module, reflection);
            ImGui::Dummy(ImVec2(10, 200));  // empty space below, to click away from the editor
        });
        ui.frames(2, draw);
    }
    // Starts editing (keyboard), moves to the end of the text, types.
    void typeText(const std::string& text) {
        focusItem(ui, draw, kWindow, {reflection.id, "##answer"});
        if (!isActive(ui, kWindow, {reflection.id, "##answer"})) ui.pressKey(ui::keys::Enter, draw);
        ui.pressKey(ui::keys::End, draw, /*ctrl*/ true);
        ui.type(text);
        ui.frame(draw);
    }
    void clickAway() {
        const ImVec2 size = ImGui::GetIO().DisplaySize;
        ui.click(size.x / 2, size.y - 20, draw);
    }
    std::vector<SaveReflection> saves() const { return rec.submittedOf<SaveReflection>(); }
};

} // namespace

TEST_CASE("reflection: shows the prompt, the quote and its attribution", "[reflection]") {
    ReflectionHarness h;
    const std::string shown = frameText(h.ui, h.draw);
    CHECK(shown.find("What did you learn?") != std::string::npos);
    CHECK(shown.find("A quoted sentence.") != std::string::npos);
    CHECK(shown.find("Someone, somewhere") != std::string::npos);
    CHECK(shown.find("0 words of at least 20") != std::string::npos);
}

TEST_CASE("reflection: typing saves about 1.5 s after the last keystroke, with a word count", "[reflection]") {
    ReflectionHarness h;
    h.typeText("Norms matter because states agreed to them.");
    CHECK(h.saves().empty());  // not while typing
    CHECK(std::find_if(h.rec.wakes.begin(), h.rec.wakes.end(), [](double s) { return s > 1.0 && s <= 1.5; }) !=
          h.rec.wakes.end());  // it asked the app for a frame when the delay is over
    CHECK(frameText(h.ui, h.draw).find("7 words of at least 20 · Saving…") != std::string::npos);

    advance(h.ui, h.draw, 1.0);
    CHECK(h.saves().empty());
    advance(h.ui, h.draw, 1.0);
    auto saves = h.saves();
    REQUIRE(saves.size() == 1);
    CHECK(saves[0].moduleId == "every-block");
    CHECK(saves[0].reflectionId == "every-reflection");
    CHECK(saves[0].text == "Norms matter because states agreed to them.");
    CHECK(frameText(h.ui, h.draw).find("7 words of at least 20 · Saved") != std::string::npos);

    REQUIRE(h.store.store->flush(5000));
    CHECK(h.store.store->snapshot()->reflectionText("every-block", "every-reflection") == saves[0].text);
}

TEST_CASE("reflection: a draft follows the keyboard within 0.25 s, and is not a revision", "[reflection]") {
    ReflectionHarness h;
    auto drafts = [&] { return h.rec.submittedOf<KeepTextDraft>(); };
    h.typeText("N");
    REQUIRE(drafts().size() == 1);  // the first keystroke after a pause is kept at once
    CHECK(drafts()[0].text == "N");
    CHECK(drafts()[0].of == DraftOf::Reflection);
    CHECK(drafts()[0].itemId == "every-reflection");
    std::string typed = "N";
    for (char c : std::string("orms matter")) {  // a key every 0.1 s for 1.1 s
        h.ui.type(std::string(1, c));
        typed += c;
        advance(h.ui, h.draw, 0.1);
        // What the store keeps is never more than 0.25 s (and one frame) behind the keyboard.
        CHECK(drafts().back().text.size() + 3 >= typed.size());
    }
    advance(h.ui, h.draw, 0.3);
    CHECK(drafts().back().text == typed);
    CHECK(drafts().size() <= 7);  // throttled: about one per 0.25 s, not one per key
    CHECK(h.saves().empty());     // no revision while the learner types
    advance(h.ui, h.draw, 2.0);
    REQUIRE(h.saves().size() == 1);
    CHECK(h.saves()[0].text == typed);
    const size_t draftsBefore = drafts().size();
    advance(h.ui, h.draw, 2.0);
    CHECK(drafts().size() == draftsBefore);  // nothing typed, nothing kept
}

TEST_CASE("reflection: while saves fail it never says Saved", "[reflection]") {
    ReflectionHarness h;
    h.typeText("A first thought.");
    h.clickAway();
    REQUIRE(h.saves().size() == 1);
    CHECK(frameText(h.ui, h.draw).find("· Saved") != std::string::npos);
    h.rec.savesFailing = true;  // the store reports a failed save (the status bar says what)
    const std::string shown = frameText(h.ui, h.draw);
    CHECK(shown.find("· Saved") == std::string::npos);
    CHECK(shown.find("Not saved yet (kept)") != std::string::npos);
}

TEST_CASE("reflection: leaving the editor saves at once", "[reflection]") {
    ReflectionHarness h;
    h.typeText("A first thought.");
    h.clickAway();
    auto saves = h.saves();
    REQUIRE(saves.size() == 1);
    CHECK(saves[0].text == "A first thought.");
    // Nothing more to save later.
    advance(h.ui, h.draw, 3.0);
    CHECK(h.saves().size() == 1);
}

TEST_CASE("reflection: the minimum length is shown as reached", "[reflection]") {
    ReflectionHarness h;
    h.typeText("one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
               "seventeen eighteen nineteen twenty");
    CHECK(frameText(h.ui, h.draw).find("20 words (minimum of 20 reached)") != std::string::npos);
}

TEST_CASE("reflection: after a restart the text is back, earlier revisions can be viewed and restored", "[reflection]") {
    ReflectionHarness h;
    h.typeText("First version.");
    h.clickAway();
    h.typeText(" Second thoughts.");
    h.clickAway();
    REQUIRE(h.saves().size() == 2);
    CHECK(h.saves()[1].text == "First version. Second thoughts.");

    h.store.reopen();
    h.rec.store = h.store.store.get();
    h.rec.submitted.clear();
    h.editor = std::make_unique<ui::ReflectionEditor>();
    h.ui.frames(2, h.draw);

    // The editor holds the latest text: typing appends to it.
    h.typeText(" Third.");
    h.clickAway();
    REQUIRE(h.saves().size() == 1);
    CHECK(h.saves()[0].text == "First version. Second thoughts. Third.");

    std::string shown = frameText(h.ui, h.draw);
    CHECK(shown.find("Earlier versions (2)") != std::string::npos);
    activateItem(h.ui, h.draw, kWindow, {h.reflection.id, "###history"});
    shown = frameText(h.ui, h.draw);
    CHECK(shown.find("2 words: First version.") != std::string::npos);
    CHECK(shown.find("4 words: First version. Second thoughts.") != std::string::npos);

    // rev0 (in the tree node, which pushes its own id) is the oldest revision: view it, then restore it as the newest.
    activateItem(h.ui, h.draw, kWindow, {h.reflection.id, "###history", "rev0", "View"});
    CHECK(isDrawn(h.ui, h.draw, kWindow, {h.reflection.id, "###history", "rev0", "Hide"}));
    activateItem(h.ui, h.draw, kWindow, {h.reflection.id, "###history", "rev0", "Restore"});
    REQUIRE(h.saves().size() == 2);
    CHECK(h.saves()[1].text == "First version.");
    REQUIRE(h.store.store->flush(5000));
    auto snap = h.store.store->snapshot();
    CHECK(snap->reflectionText("every-block", "every-reflection") == "First version.");
    CHECK(snap->reflections.at("every-block/every-reflection").size() == 4);  // nothing lost
}

TEST_CASE("reflection: an edit still waiting is saved when the editor goes away", "[reflection]") {
    ReflectionHarness h;
    h.typeText("Typed just before closing the module.");
    CHECK(h.saves().empty());
    h.editor.reset();
    auto saves = h.saves();
    REQUIRE(saves.size() == 1);
    CHECK(saves[0].text == "Typed just before closing the module.");
}

TEST_CASE("reflection: flush() saves a waiting edit without a frame, once", "[reflection]") {
    ReflectionHarness h;
    h.typeText("Scrolled away while typing.");
    CHECK(h.editor->hasUnsavedEdit());
    h.editor->flush();
    CHECK_FALSE(h.editor->hasUnsavedEdit());
    REQUIRE(h.saves().size() == 1);
    CHECK(h.saves()[0].text == "Scrolled away while typing.");
    advance(h.ui, h.draw, 3.0);
    h.editor.reset();
    CHECK(h.saves().size() == 1);
}

TEST_CASE("reflection: a pending edit lands in its own learner's record, never in the next one's", "[reflection]") {
    ReflectionHarness h;
    h.typeText("Ada's private thought.");
    // Another learner takes the machine while the edit waits for its debounce.
    const LearnerId bo = h.store.store->ensureLearner("Bo");
    std::string error;
    REQUIRE(h.store.store->selectLearner(bo, h.course->id, error));
    h.ui.frames(2, h.draw);
    advance(h.ui, h.draw, 3.0);
    h.editor.reset();
    REQUIRE(h.saves().size() == 1);  // saved once, for Ada (the save keeps her scope)
    REQUIRE(h.store.store->flush(5000));
    CHECK(h.store.store->snapshot()->reflectionText("every-block", "every-reflection").empty());
    REQUIRE(h.store.store->selectLearner(h.store.learner, h.course->id, error));
    CHECK(h.store.store->snapshot()->reflectionText("every-block", "every-reflection") == "Ada's private thought.");
}

TEST_CASE("reflection: a long answer is shown word-wrapped in a taller box once the learner leaves it",
          "[reflection]") {
    ReflectionHarness h;
    const ImRect empty = focusItem(h.ui, h.draw, kWindow, {h.reflection.id, "##answer"});
    std::string paragraph;
    for (int i = 0; i < 120; ++i) paragraph += "States agreed to build capacity together. ";
    h.typeText(paragraph);
    h.clickAway();
    REQUIRE(h.saves().size() == 1);
    const ImRect wrapped = focusItem(h.ui, h.draw, kWindow, {h.reflection.id, "##answer"});
    // ImGui's own multi-line editor would keep all of it on one line, 8 lines tall.
    CHECK(wrapped.GetWidth() == Approx(empty.GetWidth()));
    CHECK(wrapped.GetHeight() > empty.GetHeight() * 2);  // ~5,000 characters: over 16 lines
}

TEST_CASE("reflection: an emoji and accented letters typed reach the store as typed", "[reflection][editor]") {
    ReflectionHarness h;
    // Past the 16-bit plane too (ImGui's own queue would keep U+FFFD for those).
    const std::string typed = "Résumé: les États 🌍 𝔸 ñandú — 中文 👩🏽‍💻";
    h.typeText(typed);
    h.ui.pressKey(ui::keys::Escape, h.draw);
    h.ui.frames(2, h.draw);
    h.store.reopen();
    CHECK(h.store.store->snapshot()->reflectionText(h.module.meta.id, h.reflection.id) == typed);
}
