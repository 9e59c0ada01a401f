// The running UI on the session layer: signing out and in without a restart, an edit in flight
// saved to the learner who typed it, a course swapped under the reader.
#include "ui_test_support.h"

#include "../common/selected_scope.h"
#include "store/read/progress_reader.h"

#include <sqlite3.h>

using namespace lectern;
using namespace lectern::test;
namespace keys = lectern::ui::keys;

namespace {

std::string paragraphs(int n, const std::string& word) {
    std::string s;
    for (int p = 0; p < n; ++p) {
        for (int w = 0; w < 60; ++w) s += word + " ";
        s += "\n\n";
    }
    return s;
}

// A module of seven sections; section 5 ends with a two-question quiz; section 2 has a quiz
// that version 2 of the course removes.
void writeLongCourse(const fs::path& dir, bool version2) {
    writeFile(dir / "content/course.yaml", "id: live-course\ntitle: Live Course\nmodules:\n  - long\n");
    std::string md = "---\nid: long\ntitle: A long module\nestimated_minutes: 30\n---\n\n# A long module\n\n";
    for (int i = 1; i <= 7; ++i) {
        md += "## Section " + std::to_string(i) + " {#s" + std::to_string(i) + "}\n\n";
        md += paragraphs(i == 5 ? 2 : 6, version2 ? "revised" : "words");
        if (i == 2 && !version2)
            md += "```quiz\nid: gone-quiz\nquestions:\n  - id: g1\n    type: true_false\n    prompt: Gone soon?\n"
                  "    answer: true\n```\n\n";
        if (i == 5)
            md += "```quiz\nid: q5\nquestions:\n  - id: qa\n    type: true_false\n    prompt: First?\n    answer: true\n"
                  "  - id: qb\n    type: true_false\n    prompt: Second?\n    answer: false\n```\n\n";
    }
    writeFile(dir / "modules/long/module.md", md);
}

int64_t countRows(const fs::path& db, const std::string& sql) {
    sqlite3* h = nullptr;
    sqlite3_open_v2(db.string().c_str(), &h, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt* st = nullptr;
    sqlite3_prepare_v2(h, sql.c_str(), -1, &st, nullptr);
    int64_t n = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int64(st, 0) : -1;
    sqlite3_finalize(st);
    sqlite3_close(h);
    return n;
}

} // namespace

TEST_CASE("session ui: Ctrl+L signs out to the learner list, another learner signs in, no restart",
          "[ui][session]") {
    TempDir dir;
    writeSmallCourse(dir.path() / "course");
    auto course = loadCourseOk(dir.path() / "course");
    auto store = openStore(dir.path() / "p.db");
    UiDriver d(course, *store, {}, 1280, 800, {"Amina", ""});
    d.frames(3);
    CHECK(d.ui().currentLocation() == "catalogue");
    CHECK(d.session().state().learnerName == "Amina");

    d.press(keys::letter('L'), /*ctrl*/ true);
    d.frames(2);
    CHECK(d.ui().currentLocation() == "learners");
    CHECK(d.session().state().phase == session::SessionPhase::ChoosingLearner);
    CHECK(d.session().state().learners.size() == 1);

    d.headless().type("Chen");  // no such name: the start screen offers "New learner: Chen"
    d.frames(2);
    d.press(keys::Enter);
    d.frames(3);
    REQUIRE(d.ui().currentLocation() == "pin");  // a first sign-in offers a PIN
    d.press(keys::Enter);                        // nothing typed: none
    d.frames(3);
    CHECK(d.ui().currentLocation() == "catalogue");
    CHECK(d.session().state().learnerName == "Chen");
    CHECK(store->snapshot()->learnerName == "Chen");

    // And back to Amina from the list.
    d.press(keys::letter('L'), true);
    d.frames(3);
    const auto listed = d.session().state().learners;
    REQUIRE(listed.size() == 2);
    const auto it = std::find_if(listed.begin(), listed.end(), [](const LearnerInfo& l) { return l.name == "Amina"; });
    REQUIRE(it != listed.end());
    d.session().signIn(it->id);  // as a click on her name does
    d.frames(3);
    CHECK(d.session().state().learnerName == "Amina");
    CHECK(d.ui().currentLocation() == "catalogue");
}

TEST_CASE("session ui: a reflection typed by one learner is saved to them when another signs in while the "
          "writer is busy",
          "[ui][session][store]") {
    TempDir dir;
    auto course = loadCourseOk(fs::path(LECTERN_TEST_DATA_DIR) / "courses/keyboard");
    const fs::path db = dir.path() / "p.db";
    auto store = openStore(db);
    ui::UiOptions o;
    o.openTarget = "first-steps#reflect";
    UiDriver d(course, *store, o, 1000, 640, {"Amina", ""});
    d.frames(3);
    const ProgressScope amina = d.session().scope();
    d.press(keys::Tab);
    d.press(keys::Enter);
    d.frames(1);
    REQUIRE(ImGui::GetIO().WantTextInput);
    d.headless().type("Amina thinks so");
    d.frames(1);  // inside the 1.5 s debounce: not yet submitted

    // The writer gets a burst to commit, then Amina signs out (the top bar's Ctrl+L) and Bo in.
    for (int i = 0; i < 500; ++i) store->submit(amina, MarkSectionRead{{"first-steps", "w" + std::to_string(i)}});
    d.press(keys::letter('L'), true);
    d.frames(2);
    REQUIRE(d.ui().currentLocation() == "learners");
    d.headless().type("Bo");  // "New learner: Bo"
    d.frames(1);
    d.press(keys::Enter);
    d.frames(3);
    d.press(keys::Enter);  // no PIN
    d.frames(3);
    REQUIRE(d.session().state().learnerName == "Bo");
    d.wait(3.0);
    REQUIRE(store->flush(30000));

    const std::string who = "SELECT COUNT(*) FROM reflection_revisions WHERE text = 'Amina thinks so' AND learner_id = ";
    CHECK(countRows(db, who + std::to_string(amina.learner)) == 1);
    CHECK(countRows(db, who + std::to_string(d.session().scope().learner)) == 0);
    CHECK(store->snapshot()->reflectionText("first-steps", "own-words").empty());
}

TEST_CASE("session ui: a course rebuilt on a worker and swapped in keeps the reader's place, the quiz draft and "
          "every record",
          "[ui][session][store]") {
    TempDir dir;
    const fs::path courseDir = dir.path() / "course";
    writeLongCourse(courseDir, false);
    auto v1 = loadCourseOk(courseDir);
    const fs::path db = dir.path() / "p.db";
    auto store = openStoreWithLearner(db, v1->id);
    const ProgressScope amina = selectedScope(*store);
    // Earlier work on the quiz that version 2 removes, and a place 40% into section 5.
    store->submit(amina, RecordQuizAttempt{"long", "gone-quiz", R"({"g1":true})", 1, 1, true});
    store->submit(amina, SaveResume{{"long", "s5"}, 0.4f});
    REQUIRE(store->flush(5000));

    ui::UiOptions o;
    o.openTarget = "long#s5";
    UiDriver d(v1, *store, o, 1000, 900);
    d.frames(4);
    REQUIRE(d.ui().currentLocation() == "long#s5");
    const float before = d.ui().currentSectionFraction();
    CHECK(before == Approx(0.4f).margin(0.02f));
    const float offsetBefore = d.ui().currentSectionOffset();

    // Half of the quiz answered (Tab into it, Enter, Space picks "True" for the first question).
    d.press(keys::Tab);
    d.press(keys::Enter);
    d.press(keys::Space);
    d.frames(3);
    auto drafts = store->snapshot()->quizDrafts;
    REQUIRE(drafts.count("long/q5") == 1);
    const std::string draft = drafts.at("long/q5");
    CHECK(draft.find("qa") != std::string::npos);
    d.press(keys::Escape);  // leaves the quiz; the reader keeps the keyboard
    d.frames(2);
    REQUIRE(d.ui().currentLocation() == "long#s5");

    // An author's edit: prose changed, the quiz of section 2 removed, ids kept elsewhere.
    writeLongCourse(courseDir, true);
    d.course().reloadAsync(courseDir.string());
    REQUIRE(d.course().waitReloads(20000));
    REQUIRE(d.course().generation() == 2);
    d.frames(4);
    CHECK(d.ui().courseGeneration() == 2);
    CHECK(d.ui().currentLocation() == "long#s5");
    // The same distance below the section's heading (its prose grew: a fraction would drift).
    CHECK(d.ui().currentSectionOffset() == Approx(offsetBefore).margin(2.0f));
    REQUIRE(store->flush(5000));
    CHECK(store->snapshot()->quizDrafts.at("long/q5") == draft);  // the new quiz widget took the draft in

    // The removed quiz's attempt is kept, and reported as orphaned.
    auto reader = store::read::ProgressReader::open(db.string());
    REQUIRE(reader.ok());
    auto orphans = reader->orphanedRecords(*d.course().course());
    REQUIRE(orphans.ok());
    bool goneReported = false;
    for (const auto& r : orphans.value()) goneReported |= r.kind == "quiz_attempt" && r.itemId == "gone-quiz";
    CHECK(goneReported);
    CHECK(countRows(db, "SELECT COUNT(*) FROM quiz_attempts WHERE quiz_id = 'gone-quiz'") == 1);
}
