// The facilitator's dashboard (issue 13) in the headless UI: facilitator mode with its PIN,
// F3, then by keys alone: sorting changes the row order as the screen shows it, the group and
// session filters keep only their learners, a learner's detail shows their shared reflection
// and only a count of the private ones, a module's item analysis shows the core's figures
// (report/item_analysis.h) with its thresholds; and the table's figures equal the HR export's
// CSV and JSON on the same file (one query layer). The room: tests/common/dashboard_room.h.
#include "../common/csv_rows.h"
#include "../common/dashboard_room.h"
#include "drawn_glyphs.h"
#include "ui_test_support.h"

#include "report/hr_export.h"
#include "i18n/gettext_catalog.h"
#include "i18n/tr.h"
#include "report/item_analysis.h"
#include "ui/shaping/shaped_text.h"
#include "ui/shortcuts.h"
#include "ui/views/dashboard_detail_views.h"
#include "ui/views/dashboard_model.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>

using namespace lectern;
using namespace lectern::test;
namespace keys = lectern::ui::keys;
namespace dash = lectern::test::dashboard;

namespace {

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

struct DashUiRoom {
    TempDir dir;
    fs::path db = dir.path() / "p.db";
    std::shared_ptr<const Course> course;
    std::unique_ptr<ProgressStore> store;
    std::map<std::string, LearnerId> ids;
    DashUiRoom() {
        dash::writeCourse(dir.path() / "course");
        course = loadCourseOk(dir.path() / "course");
        store = openStore(db);
        ids = dash::seed(*store, *course);
    }
};

// A key, then the room service's work it asked for, then the frames that show the result.
void press(UiDriver& d, int key, bool shift = false) {
    d.press(key, false, shift);
    REQUIRE(d.ui().waitRoomIdle(20000));
    d.frames(2);
}

// The location without the table's state ("facilitator-dashboard(sort 0 asc, group 0, session 0)").
std::string where(UiDriver& d) {
    std::string at = d.ui().currentLocation();
    return at.substr(0, at.find('('));
}

// F2, a new facilitator PIN twice, then F3: the dashboard.
void openDashboard(UiDriver& d) {
    enterFacilitatorMode(d);
    press(d, keys::function(3));
    REQUIRE(where(d) == "facilitator-dashboard");
}

// The names in the order the screen shows them (every one must be there).
std::vector<std::string> shownOrder(const std::string& text, std::vector<std::string> names) {
    for (const auto& n : names) {
        INFO(text);
        REQUIRE(has(text, n));
    }
    std::sort(names.begin(), names.end(), [&](const auto& a, const auto& b) { return text.find(a) < text.find(b); });
    return names;
}

const std::vector<std::string> kEveryone = {"Ada Zed", "Bo Young", "Cy Xu", "Dee Wu", "Eve Vo"};

} // namespace

TEST_CASE("dashboard: totals per module; S sorts by the chosen column (again: reversed), as the rows show",
          "[ui][dashboard]") {
    DashUiRoom room;
    UiDriver d(room.course, *room.store);
    openDashboard(d);
    std::string text = d.screenText();
    CHECK(has(text, "Alpha module"));
    CHECK(has(text, "Beta module"));
    CHECK(has(text, "completed 1/5"));  // alpha: Ada; beta: Cy
    CHECK(has(text, "mean 50%"));       // alpha: Ada 100, Bo 0 (Eve tried nothing: no score, not 0)
    CHECK(has(text, "1 failed"));
    CHECK(has(text, "5 learners"));
    CHECK(has(text, "not started"));
    CHECK(has(text, "in progress"));
    CHECK(shownOrder(text, kEveryone) == kEveryone);  // by name at first

    press(d, keys::letter('S'));  // the chosen column is the learner's name: reversed
    CHECK(shownOrder(d.screenText(), kEveryone) ==
          std::vector<std::string>{"Eve Vo", "Dee Wu", "Cy Xu", "Bo Young", "Ada Zed"});

    // Alpha's score column: Learner, Group, Session, Alpha status, Alpha score.
    for (int i = 0; i < 4; ++i) press(d, keys::Right);
    press(d, keys::letter('S'));  // ascending: no score first (by name), then 0%, then 100%
    CHECK(shownOrder(d.screenText(), kEveryone) ==
          std::vector<std::string>{"Cy Xu", "Dee Wu", "Eve Vo", "Bo Young", "Ada Zed"});
    press(d, keys::letter('S'));
    CHECK(shownOrder(d.screenText(), kEveryone) ==
          std::vector<std::string>{"Ada Zed", "Bo Young", "Cy Xu", "Dee Wu", "Eve Vo"});
}

TEST_CASE("dashboard: G and N filter by group and by session; the totals follow", "[ui][dashboard]") {
    DashUiRoom room;
    UiDriver d(room.course, *room.store);
    openDashboard(d);
    press(d, keys::letter('G'));  // groups: Blue, Red
    d.frames(2);
    std::string text = d.screenText();
    CHECK(has(text, "Group: Blue"));
    CHECK(has(text, "Ada Zed"));
    CHECK(has(text, "Cy Xu"));
    CHECK(has(text, "Eve Vo"));
    CHECK_FALSE(has(text, "Bo Young"));
    CHECK_FALSE(has(text, "Dee Wu"));
    CHECK(has(text, "completed 1/3"));
    CHECK(has(text, "3 learners"));

    press(d, keys::letter('N'));  // sessions: Afternoon, Morning
    d.frames(2);
    text = d.screenText();
    CHECK(has(text, "Session: Afternoon"));
    CHECK(has(text, "Cy Xu"));
    CHECK_FALSE(has(text, "Ada Zed"));
    CHECK_FALSE(has(text, "Eve Vo"));

    press(d, keys::letter('G'), true);  // Shift+G: back to every group
    press(d, keys::letter('N'));               // Morning
    d.frames(2);
    text = d.screenText();
    CHECK(has(text, "Group: every group"));
    CHECK(has(text, "Session: Morning"));
    CHECK(shownOrder(text, {"Ada Zed", "Bo Young"}) == std::vector<std::string>{"Ada Zed", "Bo Young"});
    CHECK_FALSE(has(text, "Cy Xu"));
    CHECK_FALSE(has(text, "Dee Wu"));
}

TEST_CASE("dashboard: Enter opens the learner: answers right and wrong, sections, the shared reflection; the private "
          "ones only counted; Esc goes back to the table",
          "[ui][dashboard]") {
    DashUiRoom room;
    UiDriver d(room.course, *room.store);
    openDashboard(d);
    press(d, keys::Home);
    press(d, keys::Enter);  // Ada, first by name
    d.frames(2);
    REQUIRE(where(d) == "facilitator-dashboard-learner");
    std::string text = d.screenText();
    CHECK(has(text, "Ada Zed"));
    CHECK(has(text, "Alpha check, attempt 1"));
    CHECK(has(text, "Alpha check, attempt 2"));
    CHECK(has(text, "Which office decides?  →  Choice B"));
    CHECK(has(text, "wrong"));
    CHECK(has(text, "right"));
    CHECK(has(text, "First part: read"));
    CHECK(has(text, "Only part: not read"));
    CHECK(has(text, dash::kAdaShared));
    CHECK(has(text, "2 private reflections"));
    CHECK_FALSE(has(text, dash::kAdaPrivate));
    CHECK_FALSE(has(text, dash::kAdaPrivate2));

    press(d, keys::Escape);
    d.frames(2);
    CHECK(where(d) == "facilitator-dashboard");  // back to the table, still in facilitator mode
    press(d, keys::Tab);    // Tab walks the rows as Down does
    press(d, keys::Enter);  // Bo
    d.frames(2);
    text = d.screenText();
    CHECK(has(text, "Bo Young"));
    CHECK(has(text, "no private reflections"));
    CHECK_FALSE(has(text, dash::kAdaShared));
}

TEST_CASE("dashboard: I opens the chosen module's item analysis with the core's figures and its thresholds; A: all "
          "attempts",
          "[ui][dashboard]") {
    DashUiRoom room;
    UiDriver d(room.course, *room.store);
    openDashboard(d);
    for (int i = 0; i < 3; ++i) press(d, keys::Right);  // Alpha's status column
    press(d, keys::letter('I'));
    d.frames(2);
    REQUIRE(where(d) == "facilitator-dashboard-items");

    for (bool all : {false, true}) {
        if (all) {
            press(d, keys::letter('A'));
            d.frames(2);
        }
        const std::string text = d.screenText();
        auto loaded = report::loadRoom(room.db.string(), *room.course, {});
        REQUIRE(loaded);
        report::ItemAnalysisOptions options;
        options.allAttempts = all;
        report::ItemAnalysis core = report::itemAnalysis(*loaded, *room.course, options);
        const report::QuizStats& q = core.quizzes[0];
        REQUIRE(q.quizId == "alpha-quiz");
        INFO(text);
        CHECK(has(text, "Item analysis: Alpha module"));
        CHECK(has(text, all ? "All attempts." : "First attempts only."));
        CHECK(has(text, "discrimination is below 30%"));
        CHECK(has(text, "outside 20-90%"));
        CHECK(has(text, "shown only from 10 attempts"));
        CHECK(has(text, std::to_string(q.attempts) + " attempts · mean " + ui::numberLabel(q.mean) + " (" +
                            ui::percentLabel(q.meanPercent) + ") · median " + ui::numberLabel(q.median)));
        CHECK(has(text, "Cronbach's alpha " + ui::numberLabel(q.cronbachAlpha)));
        for (const report::QuestionStats& s : q.questions) {
            CHECK(has(text, "facility " + ui::percentLabel(s.facility) + " · SD " + ui::percentLabel(s.sdPercent) +
                                " · discrimination " + ui::percentLabel(s.discrimination)));
            for (const report::OptionCount& o : s.options)
                CHECK(has(text, o.text + ": " + std::to_string(o.count) + (o.correct ? "  (right)" : "") +
                                    (o.mostChosenWrong ? "  ← most chosen wrong answer" : "")));
        }
        CHECK(q.attempts == (all ? 3 : 2));
        CHECK_FALSE(has(text, "Beta check"));  // the chosen module only
    }
    press(d, keys::Escape);
    d.frames(2);
    CHECK(where(d) == "facilitator-dashboard");
}

TEST_CASE("dashboard and HR export agree: the table's status and score per learner and module equal the CSV read "
          "back and the JSON on the same file",
          "[ui][dashboard][report]") {
    DashUiRoom room;
    room.store->flush(10000);
    auto figures = report::makeRoomFigures(room.db.string(), *room.course, {});
    REQUIRE(figures);
    ui::DashboardModel model;
    model.take(std::make_shared<const report::RoomFigures>(*figures));
    // What the CLI writes: `lectern report --format csv --per-module` and `--format json --per-module`.
    auto records = report::hrRecords(*figures, true);
    auto csv = lectern::test::parseCsv(report::hrCsv(records, true));
    auto json = report::hrJson(records, true);
    REQUIRE(csv.size() >= 2);
    const auto& header = csv[0];
    auto col = [&](const std::string& name) {
        auto it = std::find(header.begin(), header.end(), name);
        REQUIRE(it != header.end());
        return size_t(it - header.begin());
    };
    const size_t nameCol = col("full_name"), moduleCol = col("module_id"), statusCol = col("status"),
                 scoreCol = col("score_percent"), timeCol = col("time_on_task_minutes");
    const auto& jsonRecords = json.is_array() ? json : json["records"];
    int compared = 0;
    for (size_t r = 0; r < model.rowCount(); ++r) {
        for (int c = 0; c < model.columnCount(); ++c) {
            const ui::DashboardColumn& column = model.columns()[size_t(c)];
            if (column.module < 0) continue;
            const std::string& moduleId = model.moduleId(column.module);
            const std::vector<std::string>* row = nullptr;
            for (const auto& line : csv)
                if (line.size() == header.size() && line[nameCol] == model.cell(r, 0) && line[moduleCol] == moduleId)
                    row = &line;
            INFO(model.cell(r, 0) << " / " << moduleId);
            REQUIRE(row);
            const nlohmann::ordered_json* rec = nullptr;
            for (const auto& j : jsonRecords)
                if (j["full_name"] == model.cell(r, 0) && j["module_id"] == moduleId) rec = &j;
            REQUIRE(rec);
            std::string word = (*row)[statusCol];
            std::replace(word.begin(), word.end(), '_', ' ');
            std::string jsonWord = (*rec)["status"].get<std::string>();
            std::replace(jsonWord.begin(), jsonWord.end(), '_', ' ');
            if (column.field == ui::DashboardField::Status) {
                CHECK(model.cell(r, c) == word);
                CHECK(model.cell(r, c) == jsonWord);
                ++compared;
            } else if (column.field == ui::DashboardField::Score) {
                const std::string& cell = model.cell(r, c);
                if ((*row)[scoreCol].empty()) {
                    CHECK(cell == "—");
                    CHECK((*rec)["score_percent"].is_null());
                } else {
                    char expect[16];
                    std::snprintf(expect, sizeof expect, "%.0f%%", std::stod((*row)[scoreCol]));
                    CHECK(cell == expect);
                    CHECK((*rec)["score_percent"].get<double>() == Approx(std::stod((*row)[scoreCol])));
                }
                ++compared;
            } else if (column.field == ui::DashboardField::Time) {
                CHECK(model.cell(r, c) == ui::durationLabel(std::stod((*row)[timeCol]) * 60));
                ++compared;
            }
        }
    }
    CHECK(compared == 5 * 2 * 3);
}

TEST_CASE("dashboard model: the chosen row follows its learner through a sort; keys are clamped; filters cycle "
          "through every choice",
          "[ui][dashboard]") {
    DashUiRoom room;
    auto figures = report::makeRoomFigures(room.db.string(), *room.course, {});
    REQUIRE(figures);
    ui::DashboardModel m;
    m.setChoices({"Blue", "Red"}, {"Afternoon", "Morning"});
    m.take(std::make_shared<const report::RoomFigures>(*figures));
    REQUIRE(m.rowCount() == 5);
    CHECK(m.columnCount() == 3 + 4 * 2);
    m.moveSelection(1);
    CHECK(m.cell(size_t(m.selectedRow()), 0) == "Bo Young");
    m.toggleSort(0);  // reversed: Bo is now 4th
    CHECK(m.selectedRow() == 3);
    CHECK(m.cell(3, 0) == "Bo Young");
    m.moveSelection(-100);
    CHECK(m.selectedRow() == 0);
    m.moveColumn(100);
    CHECK(m.selectedColumn() == m.columnCount() - 1);
    CHECK(m.selectedModule() == 1);
    m.cycleGroup(1);
    CHECK(m.filter().group == "Blue");
    m.cycleGroup(1);
    CHECK(m.filter().group == "Red");
    m.cycleGroup(1);
    CHECK(m.filter().group.empty());
    m.cycleSession(-1);
    CHECK(m.filter().session == "Morning");
}

TEST_CASE("F1 lists the dashboard's keys", "[ui][dashboard]") {
    bool f3 = false, keysListed = false;
    for (const ui::ShortcutEntry& e : ui::shortcutTable()) {
        f3 |= std::string(e.keys) == "F3";
        keysListed |= std::string(e.help).find("In the dashboard") != std::string::npos;
    }
    CHECK(f3);
    CHECK(keysListed);
}

namespace {

// The x span of the glyphs drawn shaped for `text` in one frame (empty when none was).
std::pair<float, float> shapedSpan(UiDriver& d, const std::string& text) {
    return spanOf(glyphsDrawnBy([&] { d.frame(); }), text);
}

} // namespace

// Issue 16: in an Arabic interface the facilitator's screen reads from the right: the panels'
// row starts at the right with "Learners", the filters and the item analysis's own row too, and
// the learner page's own lines end at the right.
TEST_CASE("dashboard: in an Arabic interface the rows of controls and the figures read from the right",
          "[ui][dashboard][i18n][shaping]") {
    if (!ui::shapingAvailable()) {
        WARN("no Noto fonts installed");
        return;
    }
    for (const char* v : {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"}) unsetenv(v);
    BackToEnglish guard;
    DashUiRoom room;
    ui::UiOptions o;
    o.localeDir = LECTERN_LOCALE_DIR;
    o.cliLanguage = "ar";
    REQUIRE(i18n::useUiLanguage("ar", LECTERN_LOCALE_DIR));  // as the shell does before the first frame
    UiDriver d(room.course, *room.store, o, 1200, 800);
    openDashboard(d);
    const float width = ImGui::GetIO().DisplaySize.x;
    auto span = [&](const char* english) { return shapedSpan(d, tr(english)); };
    const auto learners = span("Learners"), leave = span("Leave facilitator mode");
    const auto group = span("Group (G)"), readAgain = span("Read again (F5)");
    REQUIRE(learners.second > 0);
    REQUIRE(leave.second > 0);
    CHECK(learners.second > width - 80);       // the first panel ends at the right
    CHECK(leave.second < learners.first);      // the last control is left of it
    CHECK(group.second > width - 80);          // so does the first filter
    CHECK(readAgain.second < group.first);

    for (int i = 0; i < 3; ++i) press(d, keys::Right);
    press(d, keys::letter('I'));
    d.frames(2);
    REQUIRE(where(d) == "facilitator-dashboard-items");
    const auto back = span("Back to the table (Esc)"), all = span("All attempts (A)");
    CHECK(back.second > width - 80);
    CHECK(all.second < back.first);
    // The learner's page: the interface's own lines end at the right (a right-to-left mark
    // leads them, so a line that starts with an English title still reads from the right).
    press(d, keys::Escape);
    press(d, keys::Enter);
    REQUIRE(where(d) == "facilitator-dashboard-learner");
    const auto reflections = shapedSpan(d, "\u200F" + std::string(tr("Reflections")));
    REQUIRE(reflections.second > 0);
    CHECK(reflections.second > width - 80);
}
