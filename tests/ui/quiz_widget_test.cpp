// The quiz widget, driven like a learner would: keyboard (focus + Space/Enter) and mouse,
// on the real fixture module (tests/data/modules/every-block, quiz "every-quiz": one question
// of every type, 8 points, pass mark 80 %, 2 attempts), saving to a real ProgressStore.
#include "quiz_test_support.h"

#include "quiz/responses.h"
#include "ui/widgets/quiz_widget.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>

using namespace lectern;
using namespace lectern::test;

namespace {

constexpr const char* kWindow = "Reader";

struct QuizHarness {
    HeadlessUi ui;
    std::shared_ptr<const Course> course = loadFixtureModule("every-block");
    const Module& module = *course->modules[0];
    const Quiz& quiz = *module.findQuiz("every-quiz");
    StoreFixture store{course->id};
    RecordingEnv rec;
    std::unique_ptr<ui::QuizWidget> widget = std::make_unique<ui::QuizWidget>();
    std::function<void()> draw;

    QuizHarness() {
        REQUIRE(module.findQuiz("every-quiz"));
        rec.store = store.store.get();
        rec.course = course.get();
        draw = inWindow(kWindow, [this] {
            ui::UiEnv env = rec.make(ui);
            widget->draw(env, module, quiz);
        });
        ui.frames(2, draw);
    }

    const Question& question(const char* id) const {
        for (const Question& q : quiz.questions)
            if (q.id == id) return q;
        FAIL("fixture has no question " << id);
        throw;
    }
    void pick(const char* questionId, const char* choiceId) {
        activateItem(ui, draw, kWindow, {quiz.id, questionId, choiceId, "##pick"});
    }
    void putInOrder(const char* questionId, const std::vector<std::string>& order) {
        std::vector<std::string> current = quiz::initialOrder(quiz, question(questionId));
        for (size_t i = 0; i < order.size(); ++i) {
            size_t j = std::find(current.begin(), current.end(), order[i]) - current.begin();
            for (; j > i; --j) {
                activateItem(ui, draw, kWindow, {quiz.id, questionId, order[i], "Move up"});
                std::swap(current[j], current[j - 1]);
            }
        }
    }
    void match(const char* questionId, const char* pairId, const std::string& right) {
        activateItem(ui, draw, kWindow, {quiz.id, questionId, pairId, "##match"});
        REQUIRE(ImGui::FindWindowByName("##Combo_00"));
        activateItem(ui, draw, "##Combo_00", {right});
        ui.frames(2, draw);
    }
    // Answers every question; `allRight` false gets the 2-point single choice and the
    // numeric question wrong (6 of 8 = 75 % < 80 %: not passed).
    void answerAll(bool allRight) {
        pick("q-single", allRight ? "yes" : "no");
        pick("q-multiple", "a");
        pick("q-multiple", "c");
        pick("q-tf", "false");
        typeInto(ui, draw, kWindow, {quiz.id, "q-short", "##text"}, "  group of governmental EXPERTS. ");
        typeInto(ui, draw, kWindow, {quiz.id, "q-numeric", "##number"}, allRight ? "11,2" : "12");
        putInOrder("q-order", {"a", "b", "third"});
        match("q-match", "p1", "Uno");
        match("q-match", "two", "Dos");
    }
    void submit() { activateItem(ui, draw, kWindow, {quiz.id, "Submit answers"}); }
    std::string text() { return frameText(ui, draw); }
};

} // namespace

TEST_CASE("quiz: Submit stays disabled, and says why, until every question is answered", "[quiz]") {
    QuizHarness h;
    CHECK(h.text().find("Answer questions 1, 2, 3, 4, 5 and 7 to submit.") != std::string::npos);
    h.submit();
    CHECK(h.rec.submittedOf<RecordQuizAttempt>().empty());

    h.pick("q-single", "yes");
    h.pick("q-tf", "true");
    CHECK(h.text().find("Answer questions 2, 4, 5 and 7 to submit.") != std::string::npos);
    h.submit();
    CHECK(h.rec.submittedOf<RecordQuizAttempt>().empty());
}

TEST_CASE("quiz: answering every type by keyboard and submitting saves a passing attempt", "[quiz]") {
    QuizHarness h;
    h.answerAll(true);
    CHECK(h.text().find("to submit") == std::string::npos);
    h.submit();

    auto records = h.rec.submittedOf<RecordQuizAttempt>();
    REQUIRE(records.size() == 1);
    CHECK(records[0].moduleId == "every-block");
    CHECK(records[0].quizId == "every-quiz");
    CHECK(records[0].score == 8);
    CHECK(records[0].maxScore == 8);
    CHECK(records[0].passed);
    const auto json = nlohmann::json::parse(records[0].responsesJson);
    CHECK(json["q-single"] == "yes");
    CHECK(json["q-tf"] == false);
    CHECK(json["q-order"] == nlohmann::json::array({"a", "b", "third"}));
    CHECK(json["q-numeric"] == 11.2);

    // It reached the real store.
    REQUIRE(h.store.store->flush(5000));
    auto snap = h.store.store->snapshot();
    const auto& attempts = snap->quizAttempts.at("every-block/every-quiz");
    REQUIRE(attempts.size() == 1);
    CHECK(attempts[0].score == 8);
    CHECK(attempts[0].passed);

    const std::string shown = h.text();
    CHECK(shown.find("Score: 8 of 8 (100%). Passed (pass mark 80%).") != std::string::npos);
    CHECK(shown.find("Attempts used: 1 of 2; 1 attempt left.") != std::string::npos);
    CHECK(shown.find("Well done.") != std::string::npos);      // the picked choice's feedback
    CHECK(shown.find("Right.") != std::string::npos);          // correct_feedback of q-tf
    CHECK(shown.find("Explanation: Because.") != std::string::npos);
    CHECK(shown.find("Revisit:") == std::string::npos);        // nothing wrong, nothing to revisit
}

TEST_CASE("quiz: a failed attempt marks wrong answers, links to the section, and allows one retry", "[quiz]") {
    QuizHarness h;
    h.answerAll(false);
    h.submit();
    auto records = h.rec.submittedOf<RecordQuizAttempt>();
    REQUIRE(records.size() == 1);
    CHECK(records[0].score == 5);  // 8 minus the 2-point single and the 1-point numeric
    CHECK_FALSE(records[0].passed);

    std::string shown = h.text();
    CHECK(shown.find("Score: 5 of 8 (62%). Not passed yet (pass mark 80%).") != std::string::npos);
    CHECK(shown.find("Not correct.") != std::string::npos);
    CHECK(shown.find("Not this one.") != std::string::npos);

    // The revisit link opens the section named by `revisit: prose`.
    const Section* prose = h.module.findSection("prose");
    REQUIRE(prose);
    CHECK(shown.find("Revisit: " + prose->title) != std::string::npos);
    activateItem(h.ui, h.draw, kWindow, {h.quiz.id, "q-single", "Revisit: " + prose->title + "##revisit"});
    REQUIRE(h.rec.posted.size() == 1);
    auto* open = std::get_if<ui::OpenModule>(&h.rec.posted[0]);
    REQUIRE(open);
    CHECK(open->moduleId == "every-block");
    CHECK(open->sectionId == "prose");

    // Retry keeps the right answers and clears the two wrong ones; the second (last allowed)
    // attempt passes once those are changed.
    activateItem(h.ui, h.draw, kWindow, {h.quiz.id, "Retry"});
    CHECK(h.text().find("Answer questions 1 and 5 to submit.") != std::string::npos);
    h.pick("q-single", "yes");
    typeInto(h.ui, h.draw, kWindow, {h.quiz.id, "q-numeric", "##number"}, "11,2");
    h.submit();
    records = h.rec.submittedOf<RecordQuizAttempt>();
    REQUIRE(records.size() == 2);
    CHECK(records[1].passed);
    shown = h.text();
    CHECK(shown.find("Attempts used: 2 of 2; no attempts left.") != std::string::npos);
    CHECK_FALSE(isDrawn(h.ui, h.draw, kWindow, {h.quiz.id, "Retry"}));
}

TEST_CASE("quiz: after a restart the latest attempt's answers and result are shown", "[quiz]") {
    QuizHarness h;
    h.answerAll(false);
    h.submit();
    h.store.reopen();  // the app restarts: a new store on the same file, a new widget
    h.rec.store = h.store.store.get();
    h.widget = std::make_unique<ui::QuizWidget>();
    h.ui.frames(2, h.draw);

    const std::string shown = h.text();
    CHECK(shown.find("Score: 5 of 8 (62%). Not passed yet") != std::string::npos);
    CHECK(shown.find("Attempts used: 1 of 2; 1 attempt left.") != std::string::npos);
    CHECK(shown.find("Not this one.") != std::string::npos);  // the saved wrong choice, marked
    CHECK_FALSE(isDrawn(h.ui, h.draw, kWindow, {h.quiz.id, "Submit answers"}));
    CHECK(isDrawn(h.ui, h.draw, kWindow, {h.quiz.id, "Retry"}));
}

TEST_CASE("quiz: a hint is shown on request, and a non-number is pointed out", "[quiz]") {
    QuizHarness h;
    CHECK(h.text().find("Hint: Think.") == std::string::npos);
    activateItem(h.ui, h.draw, kWindow, {h.quiz.id, "q-single", "Show hint"});
    CHECK(h.text().find("Hint: Think.") != std::string::npos);

    typeInto(h.ui, h.draw, kWindow, {h.quiz.id, "q-numeric", "##number"}, "eleven");
    const std::string shown = h.text();
    CHECK(shown.find("Not a number yet") != std::string::npos);
    CHECK(shown.find("Answer questions 1, 2, 3, 4, 5 and 7 to submit.") != std::string::npos);
}

TEST_CASE("quiz: the mouse works too: clicking a choice's text and Submit", "[quiz]") {
    QuizHarness h;
    h.answerAll(true);
    // Click the words of the wrong single choice (right of its radio button), then Submit.
    const ImRect radio = focusItem(h.ui, h.draw, kWindow, {h.quiz.id, "q-single", "no", "##pick"});
    h.ui.click(radio.Max.x + 30, radio.GetCenter().y, h.draw);
    clickItem(h.ui, h.draw, kWindow, {h.quiz.id, "Submit answers"});
    auto records = h.rec.submittedOf<RecordQuizAttempt>();
    REQUIRE(records.size() == 1);
    CHECK(nlohmann::json::parse(records[0].responsesJson)["q-single"] == "no");
    CHECK(records[0].score == 6);
    CHECK_FALSE(records[0].passed);
    CHECK(h.text().find("Not this one.") != std::string::npos);
}

TEST_CASE("quiz: another learner on the same machine starts with a fresh quiz", "[quiz]") {
    QuizHarness h;
    h.answerAll(true);
    h.submit();
    REQUIRE(h.rec.submittedOf<RecordQuizAttempt>().size() == 1);

    const LearnerId bo = h.store.store->ensureLearner("Bo");
    std::string error;
    REQUIRE(h.store.store->selectLearner(bo, h.course->id, error));
    h.ui.frames(2, h.draw);
    const std::string shown = h.text();
    CHECK(shown.find("Attempts used: 0 of 2; 2 attempts left.") != std::string::npos);
    CHECK(shown.find("Answer questions 1, 2, 3, 4, 5 and 7 to submit.") != std::string::npos);
    CHECK(isDrawn(h.ui, h.draw, kWindow, {h.quiz.id, "Submit answers"}));
}

TEST_CASE("quiz: answers not yet submitted are saved as a draft and are back after a restart", "[quiz]") {
    QuizHarness h;
    h.pick("q-single", "yes");
    h.pick("q-tf", "false");
    typeInto(h.ui, h.draw, kWindow, {h.quiz.id, "q-short", "##text"}, "group of experts");
    h.ui.frames(2, h.draw);
    CHECK(h.rec.submittedOf<RecordQuizAttempt>().empty());  // nothing submitted...
    REQUIRE_FALSE(h.rec.submittedOf<SaveQuizDraft>().empty());  // ...but nothing lost either

    h.store.reopen();  // a restart (or a crash after the draft was saved)
    h.rec.store = h.store.store.get();
    h.rec.submitted.clear();
    h.widget = std::make_unique<ui::QuizWidget>();
    h.ui.frames(2, h.draw);
    const std::string shown = h.text();
    CHECK(shown.find("Answer questions 2, 5 and 7 to submit.") != std::string::npos);
    CHECK(h.rec.submitted.empty());  // reopening saves nothing new

    // The draft ends with the attempt that submits it.
    h.answerAll(true);
    h.submit();
    REQUIRE(h.store.store->flush(5000));
    CHECK(h.store.store->snapshot()->quizDrafts.empty());
    CHECK(h.store.store->snapshot()->attemptCount("every-block", "every-quiz") == 1);
}

// Issue 16: a typed answer's box starts where its question's text starts, at the column's right
// under an Arabic prompt and at its left under an English one.
TEST_CASE("quiz: under an Arabic question the answer boxes sit at the right, under an English one at the left",
          "[quiz][i18n]") {
    WidgetTempDir dir;
    fs::create_directories(dir.file("mixed"));
    std::ofstream(dir.file("mixed/module.md"))
        << "---\nid: mixed\ntitle: Mixed\n---\n\n## Quiz {#quiz}\n\n```quiz\nid: q\npass: 50\nquestions:\n"
           "  - id: ar-num\n    type: numeric\n    prompt: \"كم عدد المعايير؟\"\n    answer: 11\n"
           "  - id: ar-text\n    type: short_text\n    prompt: \"ما اسم الفريق؟\"\n    accept: [\"الفريق\"]\n"
           "  - id: en-num\n    type: numeric\n    prompt: How many norms?\n    answer: 11\n"
           "  - id: en-text\n    type: short_text\n    prompt: Name the group.\n    accept: [GGE]\n```\n";
    LoadResult loaded = loadPaths({dir.file("mixed")});
    INFO((loaded.diagnostics.items().empty() ? std::string() : loaded.diagnostics.items()[0].message));
    REQUIRE(loaded.course);
    REQUIRE(loaded.course->modules.size() == 1);
    const Module& module = *loaded.course->modules[0];
    REQUIRE(module.findQuiz("q"));
    const Quiz& quiz = *module.findQuiz("q");
    HeadlessUi ui;
    StoreFixture store{loaded.course->id};
    RecordingEnv rec;
    rec.store = store.store.get();
    rec.course = loaded.course.get();
    ui::QuizWidget widget;
    auto draw = inWindow(kWindow, [&] {
        ui::UiEnv env = rec.make(ui);
        widget.draw(env, module, quiz);
    });
    ui.frames(2, draw);
    const ImGuiWindow* w = ImGui::FindWindowByName(kWindow);
    REQUIRE(w);
    const float left = w->ContentRegionRect.Min.x, right = w->ContentRegionRect.Max.x;
    const ImRect arNumber = focusItem(ui, draw, kWindow, {quiz.id, "ar-num", "##number"});
    const ImRect arText = focusItem(ui, draw, kWindow, {quiz.id, "ar-text", "##text"});
    const ImRect enNumber = focusItem(ui, draw, kWindow, {quiz.id, "en-num", "##number"});
    const ImRect enText = focusItem(ui, draw, kWindow, {quiz.id, "en-text", "##text"});
    for (const ImRect& r : {arNumber, arText}) {
        CHECK(r.Max.x == Approx(right).margin(2.0));
        CHECK(r.Min.x > left + 100);
    }
    for (const ImRect& r : {enNumber, enText}) {
        CHECK(r.Min.x == Approx(left).margin(2.0));
        CHECK(r.Max.x < right - 100);
    }
    // Answered in Arabic by the keyboard (Arabic-Indic digits for the number): kept as typed.
    typeInto(ui, draw, kWindow, {quiz.id, "ar-text", "##text"}, "الفريق");
    typeInto(ui, draw, kWindow, {quiz.id, "ar-num", "##number"}, "١١");
    const std::string shown = frameText(ui, draw);
    CHECK(shown.find("الفريق") != std::string::npos);
    CHECK(shown.find("Not a number yet") == std::string::npos);
    ui.frames(2, draw);
    REQUIRE(store.store->flush(5000));
    const std::string draft = store.store->snapshot()->quizDrafts.at("mixed/q");
    CHECK(draft.find("الفريق") != std::string::npos);
    CHECK(draft.find("\"ar-num\":11") != std::string::npos);
}
