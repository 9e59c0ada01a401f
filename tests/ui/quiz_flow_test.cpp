// The quiz flow after Submit, as a learner meets it (issue 10, item 4 and the quiz half of 9):
// the score first and focused, Retry that keeps the right answers, feedback that names its
// choice, the correct answers when `show_answers` allows, a radio button that looks picked
// only when it is, and a quiz that cannot be loaded shown as a notice, never as its YAML.
// Fixture: tests/data/modules/quiz-flow (flow-quiz: 3 questions, pass 50 %, 3 attempts;
// secret-quiz: show_answers: never).
#include "quiz_test_support.h"
#include "ui_test_support.h"

#include "ui/views/reader_view.h"
#include "ui/widgets/image_cache.h"
#include "ui/widgets/quiz_widget.h"

#include <nlohmann/json.hpp>

#include <algorithm>

using namespace lectern;
using namespace lectern::test;
namespace keys = lectern::ui::keys;

namespace {

constexpr const char* kWindow = "Reader";

struct FlowHarness {
    HeadlessUi ui;
    std::shared_ptr<const Course> course = loadFixtureModule("quiz-flow");
    const Module& module = *course->modules[0];
    const Quiz& quiz;
    StoreFixture store{course->id};
    RecordingEnv rec;
    ui::QuizWidget widget;
    std::function<void()> draw;

    explicit FlowHarness(const char* quizId = "flow-quiz") : quiz(*module.findQuiz(quizId)) {
        rec.store = store.store.get();
        rec.course = course.get();
        draw = inWindow(kWindow, [this] {
            ui::UiEnv env = rec.make(ui);
            widget.draw(env, module, quiz);
        });
        ui.frames(2, draw);
    }
    void pick(const char* question, const char* choice) { activateItem(ui, draw, kWindow, {quiz.id, question, choice, "##pick"}); }
    void year(const std::string& text) { typeInto(ui, draw, kWindow, {quiz.id, "q-year", "##number"}, text); }
    void submit() {
        activateItem(ui, draw, kWindow, {quiz.id, "Submit answers"});
        ui.frames(2, draw);
    }
    // Questions 1 and 3 right, the year wrong: 2 of 3, a pass at 50 %.
    void answerTwoOfThree() {
        pick("q-many", "gge");
        pick("q-many", "oewg");
        year("1999");
        pick("q-open", "true");
    }
    // Every answer wrong: only the WTO ticked, 1999, false.
    void answerAllWrong() {
        pick("q-many", "wto");
        year("1999");
        pick("q-open", "false");
    }
    std::string text() { return frameText(ui, draw); }
    ImGuiID id(std::initializer_list<std::string_view> path) { return itemId(kWindow, path); }
    ImGuiID focused() const { return ui.context()->NavId; }
};

} // namespace

TEST_CASE("quiz flow: after Submit the score and verdict come first and have the keyboard", "[quiz][flow]") {
    FlowHarness h;
    h.answerAllWrong();
    h.submit();
    const std::string shown = h.text();
    const size_t score = shown.find("Score: 0 of 3 (0%). Not passed yet (pass mark 50%).");
    REQUIRE(score != std::string::npos);
    CHECK(score < shown.find("1. Which of these"));  // above the questions, where the learner starts reading
    CHECK(shown.find("To look at again: questions 1, 2, 3.") != std::string::npos);
    CHECK(h.focused() == h.id({h.quiz.id, "##verdict"}));
    CHECK_FALSE(h.ui.context()->NavDisableHighlight);  // and the focus is visible
}

TEST_CASE("quiz flow: Retry keeps the right answers and puts the focus on the first question to change",
          "[quiz][flow]") {
    FlowHarness h;
    h.answerTwoOfThree();
    h.submit();
    REQUIRE(h.rec.submittedOf<RecordQuizAttempt>().size() == 1);
    CHECK(h.text().find("Retry keeps the answers you got right") != std::string::npos);

    activateItem(h.ui, h.draw, kWindow, {h.quiz.id, "Retry"});
    h.ui.frames(2, h.draw);
    const std::string shown = h.text();
    CHECK(shown.find("Answer question 2 to submit.") != std::string::npos);  // 1 and 3 are kept
    CHECK(shown.find("Right last time: your answer is kept.") != std::string::npos);
    CHECK(h.focused() == h.id({h.quiz.id, "q-year", "##number"}));  // the one to change

    h.year("2004");
    h.submit();
    const auto records = h.rec.submittedOf<RecordQuizAttempt>();
    REQUIRE(records.size() == 2);
    CHECK(records[1].score == 3);
    const auto json = nlohmann::json::parse(records[1].responsesJson);
    CHECK(json["q-many"] == nlohmann::json::array({"gge", "oewg"}));
    CHECK(json["q-open"] == true);
}

TEST_CASE("quiz flow: Clear every answer and retry starts from blank, focus on the first question", "[quiz][flow]") {
    FlowHarness h;
    h.answerTwoOfThree();
    h.submit();
    activateItem(h.ui, h.draw, kWindow, {h.quiz.id, "Clear every answer and retry"});
    h.ui.frames(2, h.draw);
    CHECK(h.text().find("Answer questions 1, 2 and 3 to submit.") != std::string::npos);
    CHECK(h.focused() == h.id({h.quiz.id, "q-many", "gge", "##pick"}));
}

TEST_CASE("quiz flow: a multiple-answer question's feedback names the choice it is about", "[quiz][flow]") {
    FlowHarness h;
    h.pick("q-many", "gge");
    h.pick("q-many", "wto");
    h.year("2004");
    h.pick("q-open", "true");
    h.submit();
    const std::string shown = h.text();
    CHECK(shown.find("You ticked \"The Group of Governmental Experts\": Yes, from 2004.") != std::string::npos);
    CHECK(shown.find("You ticked \"The World Trade Organization\": No, that one deals with trade.") != std::string::npos);
}

TEST_CASE("quiz flow: show_answers after_pass shows the correct answers once the learner passed", "[quiz][flow]") {
    FlowHarness h;
    h.answerAllWrong();
    h.submit();
    std::string shown = h.text();
    CHECK(shown.find("Correct answer:") == std::string::npos);  // not before a pass
    CHECK(shown.find("The correct answers are shown once you pass.") != std::string::npos);

    activateItem(h.ui, h.draw, kWindow, {h.quiz.id, "Retry"});  // nothing was right: nothing kept
    h.answerTwoOfThree();
    h.submit();
    shown = h.text();
    CHECK(shown.find("Passed (pass mark 50%).") != std::string::npos);
    const size_t second = shown.find("2. In which year did the first GGE meet?");
    REQUIRE(second != std::string::npos);
    CHECK(shown.find("Not correct. Correct answer: 2004", second) < shown.find("3. The OEWG", second));
    CHECK(shown.find("Correct answer: The Group") == std::string::npos);  // only for what was missed
}

TEST_CASE("quiz flow: show_answers never keeps the answer key to itself", "[quiz][flow]") {
    FlowHarness h("secret-quiz");
    typeInto(h.ui, h.draw, kWindow, {h.quiz.id, "q-year", "##number"}, "1999");
    h.submit();
    for (int attempt = 0; attempt < 2; ++attempt) {  // not after a fail, nor after a pass
        const std::string shown = h.text();
        CHECK(shown.find("Correct answer") == std::string::npos);
        CHECK(shown.find("correct answers are shown") == std::string::npos);
        activateItem(h.ui, h.draw, kWindow, {h.quiz.id, "Retry"});
        typeInto(h.ui, h.draw, kWindow, {h.quiz.id, "q-year", "##number"}, "2004");
        h.submit();
    }
    CHECK(h.text().find("Passed") != std::string::npos);
}

namespace {

// The colours of the vertices drawn inside `r` (shrunk by a pixel, so the focus outline
// around it does not count), sorted: what the radio button looks like.
std::vector<ImU32> coloursInside(const ImRect& r) {
    std::vector<ImU32> out;
    ImDrawData* data = ImGui::GetDrawData();
    REQUIRE(data);
    for (int i = 0; i < data->CmdListsCount; ++i)
        for (const ImDrawVert& v : data->CmdLists[i]->VtxBuffer)
            if (v.pos.x > r.Min.x + 1 && v.pos.x < r.Max.x - 1 && v.pos.y > r.Min.y + 1 && v.pos.y < r.Max.y - 1)
                out.push_back(v.col);
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

} // namespace

TEST_CASE("quiz flow: a radio button with the keyboard focus looks picked only when it is", "[quiz][flow]") {
    FlowHarness h;
    // "false" unpicked, without the focus; then the same button with the focus.
    const ImRect falseBox = focusItem(h.ui, h.draw, kWindow, {h.quiz.id, "q-open", "false", "##pick"});
    focusItem(h.ui, h.draw, kWindow, {h.quiz.id, "q-open", "true", "##pick"});
    h.ui.context()->NavDisableMouseHover = true;
    h.ui.frame(h.draw);
    const std::vector<ImU32> unfocused = coloursInside(falseBox);
    focusItem(h.ui, h.draw, kWindow, {h.quiz.id, "q-open", "false", "##pick"});
    h.ui.context()->NavDisableMouseHover = true;  // as after an arrow key: the keyboard leads
    h.ui.frame(h.draw);
    const std::vector<ImU32> focused = coloursInside(falseBox);
    CHECK(focused == unfocused);
    const ImU32 dot = ImGui::GetColorU32(ImGuiCol_CheckMark);
    CHECK(std::find(focused.begin(), focused.end(), dot) == focused.end());
    // Picked, it shows the dot.
    h.ui.pressKey(keys::Space, h.draw);
    const std::vector<ImU32> picked = coloursInside(falseBox);
    CHECK(std::find(picked.begin(), picked.end(), dot) != picked.end());
}

TEST_CASE("quiz flow: a quiz with a YAML error shows a notice to learners, never its answer key", "[quiz][flow]") {
    LoadResult r = loadPaths({std::string(LECTERN_TEST_DATA_DIR) + "/modules/quiz-yaml-syntax"});
    REQUIRE(r.course);
    REQUIRE(r.diagnostics.errorCount() > 0);  // `lectern check` reports it
    HeadlessUi ui;
    RecordingEnv rec;
    rec.course = r.course.get();
    ui::ImageCache images(nullptr);
    ui::ReaderView reader(images);
    bool opened = false;
    auto draw = inWindow(kWindow, [&] {
        ui::UiEnv env = rec.make(ui);
        if (!opened) reader.open(env, *r.course->modules[0], "");
        opened = true;
        reader.draw(env, true);
    });
    ui.frames(3, draw);
    const std::string shown = frameText(ui, draw);
    CHECK(shown.find("Quiz not available") != std::string::npos);
    CHECK(shown.find("could not be loaded") != std::string::npos);
    CHECK(shown.find("choices") == std::string::npos);
    CHECK(shown.find("Which: the first") == std::string::npos);
}

TEST_CASE("quiz flow: in the reader, after Submit by keyboard the verdict is focused and on screen", "[quiz][flow][ui]") {
    TempDir dir;
    std::string quiz = "```quiz\nid: long-quiz\nquestions:\n";
    nlohmann::json draft = nlohmann::json::object();
    for (int i = 1; i <= 14; ++i) {
        quiz += "  - {id: q" + std::to_string(i) + ", type: true_false, prompt: Statement number " + std::to_string(i) +
                " is true., answer: true}\n";
        draft["q" + std::to_string(i)] = i % 2 == 0;
    }
    quiz += "```\n";
    writeFile(dir.path() / "course/content/course.yaml", "id: flow-course\ntitle: Flow\nmodules:\n  - long\n");
    writeFile(dir.path() / "course/modules/long/module.md",
              "---\nid: long\ntitle: A long quiz\n---\n\n## Check {#check}\n\nAnswer them all.\n\n" + quiz);
    auto course = loadCourseOk(dir.path() / "course");
    auto store = openStoreWithLearner(dir.path() / "p.db", course->id);
    store->submit(selectedScope(*store), SaveQuizDraft{"long", "long-quiz", draft.dump()});  // all answered
    REQUIRE(store->flush(5000));

    ui::UiOptions o;
    o.openTarget = "long#check";
    UiDriver d(course, *store, o, 1000, 640);
    d.frames(6);
    d.press(keys::Tab);
    d.press(keys::Enter);  // into the quiz
    d.frames(2);
    ImGuiContext& g = *GImGui;
    REQUIRE(g.NavWindow);
    ImGuiWindow* box = g.NavWindow;  // the quiz's box in the reader
    REQUIRE(std::string(box->Name).find("##interactive") != std::string::npos);
    ImGuiWindow* page = box->ParentWindow;
    REQUIRE(page);
    const auto idIn = [&](std::initializer_list<std::string_view> path) {
        ImGuiID id = box->ID;
        for (std::string_view p : path) id = ImHashStr(p.data(), p.size(), id);
        return id;
    };
    // Down to Submit, at the bottom of the quiz, as a learner would (the page follows).
    ImGui::SetFocusID(idIn({"long-quiz", "Submit answers"}), box);
    g.NavDisableHighlight = false;
    d.frames(2);
    ImRect submit = box->NavRectRel[0];
    submit.Translate(box->DC.CursorStartPos);
    ImGui::ScrollToRect(box, submit);
    d.frames(3);
    REQUIRE(g.NavId == idIn({"long-quiz", "Submit answers"}));
    d.press(keys::Enter);
    d.frames(4);
    REQUIRE(store->flush(5000));
    REQUIRE(store->snapshot()->attemptCount("long", "long-quiz") == 1);

    CHECK(g.NavId == idIn({"long-quiz", "##verdict"}));
    CHECK(g.NavWindow == box);
    ImRect verdict = box->NavRectRel[0];
    verdict.Translate(box->DC.CursorStartPos);
    INFO("verdict " << verdict.Min.y << ".." << verdict.Max.y << ", page shows " << page->InnerRect.Min.y << ".."
                    << page->InnerRect.Max.y);
    CHECK(verdict.Min.y >= page->InnerRect.Min.y - 1);
    CHECK(verdict.Max.y <= page->InnerRect.Max.y + 1);
}
