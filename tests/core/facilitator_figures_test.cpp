// The facilitator's figures (report/room_figures.h), the HR export built on them
// (report/hr_export.h) and the item analysis (report/item_analysis.h), on a real progress file
// written by the real store, with profiles and sessions as migration 006 stores them.
#include "../common/csv_rows.h"
#include "../common/selected_scope.h"
#include "report/hr_export.h"
#include "report/item_analysis.h"
#include "report/room_figures.h"
#include "store_test_course.h"
#include "store_test_support.h"

#include <sqlite3.h>

using namespace lectern;
using namespace store_test;
using report::Status;

namespace {

// Module "m": sections s1, s2 and quiz "check" (three single-choice questions, "a" right,
// 1 point each, pass 60%); module "n": section t1, nothing else.
Course roomCourse() {
    Course c = makeCourse("room", {{"m", {"s1", "s2"}, {}, {}}, {"n", {"t1"}, {}, {}}});
    auto m = std::make_shared<Module>(*c.modules[0]);
    Quiz quiz;
    quiz.id = "check";
    quiz.title = "Check";
    quiz.passPercent = 60;
    for (const char* id : {"q1", "q2", "q3"}) {
        Question q;
        q.id = id;
        q.type = QuestionType::Single;
        for (const char* choice : {"a", "b", "c"}) q.choices.push_back({choice, std::string("Choice ") + choice, *choice == 'a'});
        quiz.questions.push_back(q);
    }
    m->quizzes.push_back(quiz);
    c.modules[0] = m;
    return c;
}

void exec(const std::string& path, const std::string& sql) {
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
    char* message = nullptr;
    int rc = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &message);
    std::string text = message ? message : "";
    sqlite3_free(message);
    sqlite3_close(db);
    INFO(text);
    REQUIRE(rc == SQLITE_OK);
}

struct Room {
    TempDir dir;
    StoreOpenOptions options = optionsFor(dir);
    Course course = roomCourse();

    Room() {
        auto store = openOk(options);
        std::string error;
        auto as = [&](const char* name) {
            REQUIRE(store->selectLearner(store->ensureLearner(name), "room", error));
            return lectern::test::selectedScope(*store);
        };
        auto attempt = [&](ProgressScope scope, const std::string& answers) {  // "aab": q1=a, q2=a, q3=b
            double score = 0;
            std::string json = "{";
            for (size_t i = 0; i < 3; ++i) {
                score += answers[i] == 'a';
                json += std::string(i ? "," : "") + "\"q" + std::to_string(i + 1) + "\":\"" + answers[i] + "\"";
            }
            store->submit(scope, RecordQuizAttempt{"m", "check", json + "}", score, 3, score >= 1.8});
        };
        ProgressScope ana = as("Ana");  // passes m, completes n: passed
        for (auto s : {"s1", "s2"}) store->submit(ana, MarkSectionRead{{"m", s}});
        store->submit(ana, MarkSectionRead{{"n", "t1"}});
        store->submit(ana, AddTimeOnTask{{"m", "s1"}, 120});
        attempt(ana, "aab");
        ProgressScope ben = as("Ben");  // two attempts, neither passed: failed
        store->submit(ben, MarkSectionRead{{"m", "s1"}});
        attempt(ben, "bbc");
        attempt(ben, "abc");
        ProgressScope cy = as("Cy");  // reading only: in progress
        store->submit(cy, MarkSectionRead{{"m", "s1"}});
        ProgressScope dee = as("Dee");  // one attempt, all wrong: a score of 0
        attempt(dee, "bbb");
        as("Fay");  // nothing at all
        ProgressScope eve = as("Eve");  // passes m, never opens n: in progress
        for (auto s : {"s1", "s2"}) store->submit(eve, MarkSectionRead{{"m", s}});
        attempt(eve, "aaa");
        REQUIRE(store->flush(10000));
    }
    // Profiles and sessions as `lectern roster import` leaves them (schema 6).
    void addProfiles() {
        exec(options.path,
             "UPDATE learners SET group_name = 'G1' WHERE name IN ('Ana', 'Ben', 'Eve');"
             "UPDATE learners SET group_name = 'G2' WHERE name IN ('Cy', 'Dee', 'Fay');"
             "UPDATE learners SET external_id = 'E-' || name, full_name = name || ' Full' WHERE name <> 'Eve';"
             "UPDATE learners SET full_name = '=Eve()' WHERE name = 'Eve';"
             "INSERT INTO onboarding_sessions(id, name, day, created_ms) VALUES (1, 'Day 1', '2026-12-01', 0), "
             "(2, 'Day 2', '2026-12-02', 0);"
             "INSERT INTO session_members SELECT 1, id, 0 FROM learners WHERE name IN ('Ana', 'Ben');"
             "INSERT INTO session_members SELECT 2, id, 0 FROM learners WHERE name IN ('Ben', 'Cy');");
    }
};

const report::LearnerFigures& learner(const report::RoomFigures& f, const std::string& fullName) {
    for (const auto& l : f.learners)
        if (l.fullName == fullName) return l;
    FAIL("no learner " << fullName);
    return f.learners.front();
}

// The CSV as a spreadsheet reads it; the HR export always starts with a byte-order mark.
std::vector<std::vector<std::string>> parseCsv(const std::string& text) {
    bool bom = false;
    auto rows = lectern::test::parseCsv(text, &bom);
    CHECK(bom);
    return rows;
}

} // namespace

TEST_CASE("room figures: a status, best score, time and completion per learner and module", "[facilitator]") {
    Room room;
    room.addProfiles();
    auto figures = report::makeRoomFigures(room.options.path, room.course, {});
    REQUIRE(figures);
    REQUIRE(figures->learners.size() == 6);

    const auto& ana = learner(*figures, "Ana Full");
    CHECK(ana.modules[0].figures.status == Status::Passed);
    CHECK(ana.modules[1].figures.status == Status::Completed);
    CHECK(ana.course.status == Status::Passed);
    CHECK(*ana.course.scorePercent == Approx(200.0 / 3));
    CHECK(ana.course.secondsOnTask == Approx(120));
    CHECK(ana.course.completedAtMs > 0);
    CHECK(ana.course.completedAtMs == std::max(ana.modules[0].figures.completedAtMs, ana.modules[1].figures.completedAtMs));
    CHECK(ana.course.lastActivityMs >= ana.course.completedAtMs);
    CHECK(ana.externalId == "E-Ana");
    CHECK(ana.group == "G1");
    CHECK(ana.session == "Day 1");

    const auto& ben = learner(*figures, "Ben Full");
    CHECK(ben.modules[0].figures.status == Status::Failed);
    CHECK(ben.course.status == Status::Failed);
    CHECK(*ben.course.scorePercent == Approx(100.0 / 3));  // the better of 0/3 and 1/3
    CHECK(ben.modules[0].figures.attempts == 2);
    CHECK(ben.course.completedAtMs == 0);
    CHECK(ben.session == "Day 2");  // the latest of the learner's sessions

    CHECK(learner(*figures, "Cy Full").course.status == Status::InProgress);
    CHECK_FALSE(learner(*figures, "Cy Full").course.scorePercent);
    const auto& dee = learner(*figures, "Dee Full");
    CHECK(dee.course.status == Status::Failed);
    REQUIRE(dee.course.scorePercent);
    CHECK(*dee.course.scorePercent == 0);
    const auto& fay = learner(*figures, "Fay Full");
    CHECK(fay.course.status == Status::NotStarted);
    CHECK(fay.course.lastActivityMs == 0);
    const auto& eve = learner(*figures, "=Eve()");
    CHECK(eve.modules[0].figures.status == Status::Passed);
    CHECK(eve.modules[1].figures.status == Status::NotStarted);
    CHECK(eve.course.status == Status::InProgress);

    REQUIRE(figures->totals.size() == 2);
    CHECK(figures->totals[0].passed == 2);
    CHECK(figures->totals[0].failed == 2);
    CHECK(figures->totals[0].inProgress == 1);
    CHECK(figures->totals[0].notStarted == 1);
}

TEST_CASE("room figures: a file without profiles (before schema 6 columns are set) still reports", "[facilitator]") {
    Room room;
    auto figures = report::makeRoomFigures(room.options.path, room.course, {});
    REQUIRE(figures);
    CHECK(figures->learners.size() == 6);
    CHECK(learner(*figures, "Ana").externalId.empty());
    CHECK(learner(*figures, "Ana").session.empty());
}

TEST_CASE("room figures: filter by group and session; an unknown one is named with those there are", "[facilitator]") {
    Room room;
    room.addProfiles();
    auto g2 = report::makeRoomFigures(room.options.path, room.course, {"G2", "", ""});
    REQUIRE(g2);
    CHECK(g2->learners.size() == 3);
    auto day1 = report::makeRoomFigures(room.options.path, room.course, {"", "Day 1", ""});
    REQUIRE(day1);
    REQUIRE(day1->learners.size() == 2);
    CHECK(learner(*day1, "Ben Full").session == "Day 1");  // the session asked for
    auto both = report::makeRoomFigures(room.options.path, room.course, {"G2", "Day 2", "2026-12-02"});
    REQUIRE(both);
    CHECK(both->learners.size() == 1);

    auto noSession = report::makeRoomFigures(room.options.path, room.course, {"", "Evening", ""});
    REQUIRE_FALSE(noSession);
    CHECK(noSession.error().code == store::StoreErrorCode::NotFound);
    CHECK(noSession.error().message.find("'Evening'") != std::string::npos);
    CHECK(noSession.error().message.find("'Day 1', 'Day 2'") != std::string::npos);
    auto wrongDay = report::makeRoomFigures(room.options.path, room.course, {"", "Day 1", "2026-12-02"});
    REQUIRE_FALSE(wrongDay);
    auto noGroup = report::makeRoomFigures(room.options.path, room.course, {"G3", "", ""});
    REQUIRE_FALSE(noGroup);
    CHECK(noGroup.error().message.find("'G1', 'G2'") != std::string::npos);
}

TEST_CASE("HR export: the CSV says what the figures say; formulas neutralised, 0 is 0", "[facilitator]") {
    Room room;
    room.addProfiles();
    auto figures = report::makeRoomFigures(room.options.path, room.course, {});
    REQUIRE(figures);
    auto records = report::hrRecords(*figures, false);
    auto rows = parseCsv(report::hrCsv(records, false));
    REQUIRE(rows.size() == 1 + figures->learners.size());
    const std::vector<std::string> header = {"external_id", "full_name", "group", "session", "course_id", "course_title",
                                             "status", "completed_at", "score_percent", "time_on_task_minutes",
                                             "certificate_code"};
    CHECK(rows[0] == header);
    for (size_t i = 0; i < figures->learners.size(); ++i) {
        const auto& l = figures->learners[i];
        const auto& row = rows[i + 1];
        CAPTURE(l.fullName);
        REQUIRE(row.size() == header.size());
        CHECK(row[6] == report::statusWord(l.course.status));
        CHECK(row[8] == (l.course.scorePercent ? row[8] : ""));
        if (l.course.scorePercent) CHECK(std::stod(row[8]) == Approx(*l.course.scorePercent).margin(0.05));
        CHECK(std::stod(row[9]) == Approx(l.course.secondsOnTask / 60).margin(0.05));
        CHECK(row[7].empty() == (l.course.completedAtMs == 0));
    }
    auto rowOf = [&](const std::string& cell) {
        for (const auto& r : rows)
            if (r[1] == cell) return r;
        FAIL("no row for " << cell);
        return rows[0];
    };
    CHECK(rowOf("'=Eve()")[0].empty());             // neutralised; no external id: empty
    CHECK(rowOf("Dee Full")[8] == "0");             // a score of 0 is 0
    CHECK(rowOf("Fay Full")[8].empty());            // no quiz tried: no score
    CHECK(rowOf("Fay Full")[9] == "0");             // no time is 0 minutes
    CHECK(rowOf("Ana Full")[8] == "66.7");
    CHECK(rowOf("Ana Full")[9] == "2");
    CHECK(rowOf("Ana Full")[7].size() == 20);       // 2026-12-02T01:02:03Z
    CHECK(rowOf("Ana Full")[7].back() == 'Z');

    auto perModule = parseCsv(report::hrCsv(report::hrRecords(*figures, true), true));
    CHECK(perModule.size() == 1 + 2 * figures->learners.size());
    CHECK(perModule[0][6] == "module_id");

    auto json = report::hrJson(records, false);
    REQUIRE(json.size() == records.size());
    for (size_t i = 0; i < records.size(); ++i) {
        CHECK(json[i]["status"] == rows[i + 1][6]);
        CHECK(json[i]["time_on_task_minutes"].get<double>() == std::stod(rows[i + 1][9]));
        if (rows[i + 1][8].empty()) CHECK(json[i]["score_percent"].is_null());
        else CHECK(json[i]["score_percent"].get<double>() == std::stod(rows[i + 1][8]));
    }
}

TEST_CASE("HR export: every formula lead is neutralised, and quoting follows RFC 4180", "[facilitator]") {
    CHECK(report::spreadsheetText("=1+1") == "'=1+1");
    CHECK(report::spreadsheetText("+1") == "'+1");
    CHECK(report::spreadsheetText("-1") == "'-1");
    CHECK(report::spreadsheetText("@SUM(A1)") == "'@SUM(A1)");
    CHECK(report::spreadsheetText("\tx") == "'\tx");
    CHECK(report::spreadsheetText("\rx") == "\"'\rx\"");
    CHECK(report::spreadsheetText("=A1,\"B\"") == "\"'=A1,\"\"B\"\"\"");
    CHECK(report::spreadsheetText("Zoë") == "Zoë");
    CHECK(report::spreadsheetText("") == "");
    CHECK(report::isoUtcSeconds(1764637323456) == "2025-12-02T01:02:03Z");
}

TEST_CASE("item analysis: Moodle's definitions on first attempts, worked by hand", "[facilitator]") {
    Room room;
    room.addProfiles();
    auto loaded = report::loadRoom(room.options.path, room.course, {"G1", "", ""});
    REQUIRE(loaded);
    // First attempts of G1: Ana aab (1,1,0), Ben bbc (0,0,0), Eve aaa (1,1,1).
    auto a = report::itemAnalysis(*loaded, room.course, {});
    REQUIRE(a.quizzes.size() == 1);
    const auto& quiz = a.quizzes[0];
    CHECK(quiz.attempts == 3);
    CHECK(*quiz.mean == Approx(5.0 / 3));
    CHECK(*quiz.median == Approx(2));
    CHECK(*quiz.sd == Approx(std::sqrt(7.0 / 3)));
    CHECK(*quiz.cronbachAlpha == Approx(6.0 / 7));  // 3/2 * (1 - (1/3 + 1/3 + 1/3) / (7/3))
    const auto& q1 = quiz.questions[0];
    CHECK(*q1.facility == Approx(200.0 / 3));
    CHECK(*q1.sd == Approx(std::sqrt(1.0 / 3)));
    CHECK(*q1.discrimination == Approx(100 * std::sqrt(3.0) / 2));  // r((1,0,1), (1,0,2))
    CHECK(*quiz.questions[2].discrimination == Approx(50));          // r((0,0,1), (2,0,2))
    CHECK(q1.options[0].count == 2);
    CHECK(q1.options[1].count == 1);
    CHECK(q1.options[1].mostChosenWrong);
    const auto& q3 = quiz.questions[2];
    CHECK(q3.options[1].mostChosenWrong);  // b and c tie: the first
    CHECK_FALSE(q3.options[2].mostChosenWrong);
    CHECK_FALSE(q1.check);  // 3 attempts: below the minimum, nothing is flagged

    report::ItemAnalysisOptions all;
    all.allAttempts = true;
    all.minAttempts = 2;
    auto b = report::itemAnalysis(*loaded, room.course, all);
    CHECK(b.quizzes[0].attempts == 4);  // Ben's second attempt abc counts too
    CHECK(*b.quizzes[0].questions[0].facility == Approx(75));
    CHECK(*b.quizzes[0].questions[2].facility == Approx(25));

    auto json = report::itemAnalysisJson(a);
    CHECK(json["attempts"] == "first");
    CHECK(json["thresholds"]["discriminationBelow"] == 30);
    CHECK(json["quizzes"][0]["questions"][0]["facility"].get<double>() == Approx(66.6667));
    auto csv = parseCsv(report::itemAnalysisCsv(a));
    CHECK(csv.size() == 1 + 3);
    CHECK(report::itemAnalysisText(a).find("facility is outside 20-90%") != std::string::npos);
}

TEST_CASE("item analysis: a question nobody can miss is flagged from the minimum number of attempts", "[facilitator]") {
    Room room;
    room.addProfiles();
    auto loaded = report::loadRoom(room.options.path, room.course, {});
    REQUIRE(loaded);
    report::ItemAnalysisOptions o;
    o.minAttempts = 4;
    auto a = report::itemAnalysis(*loaded, room.course, o);
    // First attempts: Ana aab, Ben bbc, Dee bbb, Eve aaa -> q3 facility 25%, q1 50%.
    const auto& quiz = a.quizzes[0];
    CHECK(quiz.attempts == 4);
    CHECK(*quiz.questions[2].facility == Approx(25));
    o.minFacility = 30;
    auto flagged = report::itemAnalysis(*loaded, room.course, o);
    CHECK(flagged.quizzes[0].questions[2].check);
    REQUIRE_FALSE(flagged.quizzes[0].questions[2].checkReasons.empty());
    CHECK(flagged.quizzes[0].questions[2].checkReasons[0] == "facility 25.0% is below 30%");
    o.minAttempts = 5;
    CHECK_FALSE(report::itemAnalysis(*loaded, room.course, o).quizzes[0].questions[2].check);
}
