// A quiz prompt or choice of 20,000 characters (issue 11 item 7): drawn through the prose
// layout, clipped, in full, never past ImGui's 16-bit vertex indices (it aborted before).
#include "quiz_test_support.h"
#include "ui_test_support.h"

#include "ui/widgets/quiz_widget.h"

using namespace lectern;
using namespace lectern::test;

namespace {

std::string longText(const std::string& start, size_t bytes) {
    std::string s = start;
    for (int i = 0; s.size() < bytes; ++i) s += " word" + std::to_string(i);
    return s + " THE-END";
}

} // namespace

TEST_CASE("ui: a 20,000 character quiz prompt and choice are drawn whole, within 16-bit indices", "[ui][quiz]") {
    TempDir dir;
    const fs::path root = dir.path() / "course";
    const std::string prompt = longText("Prompt", 20000), choice = longText("Choice", 20000);
    writeFile(root / "modules/m/module.md", "---\nid: m\ntitle: M\n---\n\n# M\n\n```quiz\nid: q\nquestions:\n  - id: one\n"
                                            "    type: single\n    prompt: \"" + prompt + "\"\n    choices:\n"
                                            "      - {id: a, text: \"" + choice + "\", correct: true}\n"
                                            "      - {id: b, text: short}\n```\n");
    auto course = loadCourseOk(root);  // a 40 KB module
    const Module& module = *course->modules.at(0);
    const Quiz& quiz = module.quizzes.at(0);
    REQUIRE(quiz.questions.at(0).prompt.size() > 20000);

    HeadlessUi ui(1280, 800);
    StoreFixture store{course->id};
    RecordingEnv rec;
    rec.store = store.store.get();
    rec.course = course.get();
    ui::QuizWidget widget;
    const auto draw = inWindow("Reader", [&] {
        ui::UiEnv env = rec.make(ui);
        widget.draw(env, module, quiz);
    });
    ui.frames(2, draw);
    CHECK(ui.drawnIndexMax() < 65536);
    const std::string text = frameText(ui, draw);
    CHECK(text.find("THE-END") != std::string::npos);  // not cut at 3,072 characters
    CHECK(text.find("Choice word0") != std::string::npos);
    CHECK(text.find("short") != std::string::npos);
    // Picking the long choice and drawing the page scrolled to its end stays within the indices.
    activateItem(ui, draw, "Reader", {quiz.id, "one", "a", "##pick"});
    ui.frames(2, draw);
    CHECK(ui.drawnIndexMax() < 65536);
}
