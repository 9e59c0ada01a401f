// The writer keeps each event's xAPI statements as rendered once (events.statement), the
// result column holds no JSON object as a response, and the log never holds a learner's text.
#include "xapi_test_course.h"

#include "store/command_writer.h"
#include "store_test_support.h"
#include "../common/selected_scope.h"
#include "xapi/statement.h"
#include "xapi/vocabulary.h"

using namespace lectern;
using namespace store_test;
using nlohmann::json;

namespace {

std::vector<std::vector<std::string>> rows(const std::string& path, const std::string& sql) {
    std::vector<std::vector<std::string>> out;
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
    sqlite3_stmt* stmt = nullptr;
    REQUIRE(sqlite3_prepare_v2(db, sql.c_str(), -1, &stmt, nullptr) == SQLITE_OK);
    while (sqlite3_step(stmt) == SQLITE_ROW) {
        std::vector<std::string> row;
        for (int i = 0; i < sqlite3_column_count(stmt); ++i) {
            const unsigned char* t = sqlite3_column_text(stmt, i);
            row.push_back(t ? reinterpret_cast<const char*>(t) : "<null>");
        }
        out.push_back(row);
    }
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    return out;
}

} // namespace

TEST_CASE("store: each event keeps the statements it was rendered into, byte for byte", "[store][xapi]") {
    TempDir dir;
    auto course = xapi_test::everyBlockCourse(dir.path() / "course");
    auto options = optionsFor(dir);
    LogSink log;
    options.log = log.fn();
    auto store = openOk(options);
    auto context = std::make_shared<const xapi::StatementContext>(xapi::contextFor(course));
    store->setStatementContext(context);
    LearnerId amina = store->ensureLearner("Amina Diallo");
    std::string error;
    REQUIRE(store->selectLearner(amina, course->id, error));
    const std::string secret = "My private doubts about the treaty";
    store->submit(test::selectedScope(*store), RecordQuizAttempt{"every-block", "every-quiz", R"({"q-single":"yes","q-short":")" + secret + R"("})", 3, 11, false});
    store->submit(test::selectedScope(*store), SaveReflection{"every-block", "every-reflection", secret});
    store->submit(test::selectedScope(*store), SaveNote{{"every-block", "prose"}, secret});
    store->submit(test::selectedScope(*store), SaveResume{{"every-block", "prose"}, 300});
    REQUIRE(store->flush(10000));

    const std::string learnerUuid = queryText(options.path, "SELECT uuid FROM learners WHERE name = 'Amina Diallo'");
    auto events = rows(options.path,
                       "SELECT uuid, learner_id, course_id, module_id, item_id, kind, verb, result, ts_ms, statement FROM events ORDER BY seq");
    REQUIRE(events.size() == 4);
    for (const auto& e : events) {
        INFO(e[9]);
        REQUIRE(e[9] != "<null>");
        std::vector<std::string> statements = xapi::splitStatements(e[9]);
        json first = json::parse(statements.at(0));
        CHECK(first["id"] == e[0]);
        CHECK(first["actor"]["account"]["name"] == learnerUuid);
        CHECK(first["actor"]["account"]["homePage"] == "https://learners.lectern.example");
        CHECK(e[9].find("Amina") == std::string::npos);
        // The result column is the statement's result: never a JSON object as response.
        json result = json::parse(e[7]);
        CHECK(first["result"] == result);
        if (result.contains("response")) CHECK(result["response"].is_string());
        // The same mapping over the stored row gives the stored text again.
        xapi::EventRecord row{e[0], learnerUuid, e[2], e[3], e[4], e[5], e[6], e[7], std::stoll(e[8])};
        CHECK(xapi::joinStatements(xapi::renderStatements(row, *context)) == e[9]);
    }
    CHECK(events[0][5] == "quiz_attempt");
    CHECK(events[0][6] == xapi::vocab::failed);
    CHECK(xapi::splitStatements(events[0][9]).size() == 3);  // the quiz and its two answers
    CHECK(json::parse(events[0][7])["extensions"][xapi::vocab::responsesExtension]["q-short"] == secret);

    // The log says what was saved, never what it said.
    for (const std::string& line : log.copy()) {
        INFO(line);
        CHECK(line.find("private doubts") == std::string::npos);
    }
}

TEST_CASE("store: without the course at hand an event is stored without statements", "[store][xapi]") {
    TempDir dir;
    auto options = optionsFor(dir);
    auto store = openOk(options);
    std::string error;
    REQUIRE(store->selectLearner(store->ensureLearner("Bo"), "some-course", error));
    store->submit(test::selectedScope(*store), MarkSectionRead{{"m1", "s1"}});
    // A context for another course is not used either.
    store->setStatementContext(std::make_shared<const xapi::StatementContext>(xapi::contextForId("other-course")));
    store->submit(test::selectedScope(*store), MarkSectionRead{{"m1", "s2"}});
    REQUIRE(store->flush(5000));
    CHECK(queryInt(options.path, "SELECT COUNT(*) FROM events WHERE statement IS NULL AND kind = 'section_read'") == 2);
}

TEST_CASE("store: the log line of an unsaved record names it, never its text", "[store][xapi]") {
    const std::string secret = "the words a learner typed";
    for (ProgressCommand command : std::vector<ProgressCommand>{
             SaveReflection{"m1", "r1", secret}, SaveNote{{"m1", "s1"}, secret},
             RecordQuizAttempt{"m1", "q1", json{{"q-short", secret}}.dump(), 0, 1, false},
             SaveQuizDraft{"m1", "q1", json{{"q-short", secret}}.dump()}, SaveSettings{json{{"name", secret}}.dump()}}) {
        store::QueuedCommand q{command, 7, "course", "9b2e4c1d-7a3f-4e5b-8c6d-1f0a2b3c4d5e", 1795000000000};
        std::string line = store::unsavedLogLine(q, "disk full");
        INFO(line);
        CHECK(line.find(secret) == std::string::npos);
        json parsed = json::parse(line);
        CHECK(parsed["event"] == "unsaved");
        CHECK(parsed["what"] == store::shapeOf(command).what);
        CHECK(parsed["ids"]["event"] == q.uuid);
        CHECK(parsed["reason"] == "disk full");
    }
}
