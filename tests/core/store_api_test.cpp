// The ProgressStore contract the UI codes against: commands show at once, are saved, survive
// a restart exactly as shown, and every saved record leaves a log line.
#include "../common/selected_scope.h"
#include "store_test_support.h"

#include <atomic>
#include <chrono>
#include <thread>
#include <nlohmann/json.hpp>

using namespace lectern;
using namespace store_test;

namespace {

const SectionRef kIntro{"history", "intro"};
const SectionRef kPillars{"history", "pillars"};

void submitOneOfEach(ProgressStore& store) {
    store.submit(lectern::test::selectedScope(store), MarkSectionRead{kIntro});
    store.submit(lectern::test::selectedScope(store), AddTimeOnTask{kIntro, 12.5});
    store.submit(lectern::test::selectedScope(store), AddTimeOnTask{kIntro, 7.5});
    store.submit(lectern::test::selectedScope(store), SaveResume{kPillars, 340.0f});
    store.submit(lectern::test::selectedScope(store), RecordQuizAttempt{"history", "check-1", R"({"q1":"b","q2":["a","c"]})", 1, 2, false});
    store.submit(lectern::test::selectedScope(store), RecordQuizAttempt{"history", "check-1", R"({"q1":"a","q2":["a","c"]})", 2, 2, true});
    store.submit(lectern::test::selectedScope(store), SaveReflection{"history", "why-norms", "First thoughts."});
    store.submit(lectern::test::selectedScope(store), SaveReflection{"history", "why-norms", "First thoughts, revised."});
    store.submit(lectern::test::selectedScope(store), SetBookmark{kPillars, true});
    store.submit(lectern::test::selectedScope(store), SetBookmark{kIntro, true});
    store.submit(lectern::test::selectedScope(store), SetBookmark{kIntro, false});
    store.submit(lectern::test::selectedScope(store), SaveNote{kPillars, "Ask about the 2015 report."});
    store.submit(lectern::test::selectedScope(store), SaveSettings{R"({"theme":"dark","fontSize":18})"});
}

void requireOneOfEach(const ProgressSnapshot& s) {
    CHECK(s.sectionsRead == std::set<SectionRef>{kIntro});
    CHECK(s.secondsOnSection.at(kIntro) == Approx(20.0));
    REQUIRE(s.resume);
    CHECK(s.resume->section == kPillars);
    CHECK(s.resume->scrollY == Approx(340.0f));
    REQUIRE(s.attemptCount("history", "check-1") == 2);
    const auto& attempts = s.quizAttempts.at("history/check-1");
    CHECK(attempts[0].number == 1);
    CHECK(attempts[1].number == 2);
    CHECK(attempts[0].responsesJson == R"({"q1":"b","q2":["a","c"]})");
    REQUIRE(s.bestAttempt("history", "check-1"));
    CHECK(s.bestAttempt("history", "check-1")->number == 2);
    CHECK(s.bestAttempt("history", "check-1")->passed);
    CHECK(s.reflectionText("history", "why-norms") == "First thoughts, revised.");
    CHECK(s.reflections.at("history/why-norms").size() == 2);
    CHECK(s.reflections.at("history/why-norms")[0].text == "First thoughts.");
    CHECK(s.bookmarks == std::set<SectionRef>{kPillars});
    CHECK(s.notes.at(kPillars) == "Ask about the 2015 report.");
    CHECK(s.settingsJson == R"({"theme":"dark","fontSize":18})");
    CHECK(s.lastActivityMs > 0);
}

} // namespace

TEST_CASE("store: a new database can be opened and starts empty", "[store]") {
    TempDir dir;
    auto store = openOk(optionsFor(dir));
    CHECK(store->learners().empty());
    CHECK(store->status().state == SaveState::Idle);
    CHECK(store->status().pending == 0);
    CHECK(fs::exists(dir.file("progress.db")));
}

TEST_CASE("store: learners are profiles found again by name", "[store]") {
    TempDir dir;
    auto store = openOk(optionsFor(dir));
    LearnerId amina = store->ensureLearner("Amina");
    LearnerId bo = store->ensureLearner("Bo");
    CHECK(amina != 0);
    CHECK(bo != amina);
    CHECK(store->ensureLearner("Amina") == amina);
    auto list = store->learners();
    REQUIRE(list.size() == 2);
    std::string error;
    REQUIRE(store->selectLearner(amina, "course", error));
    CHECK(store->snapshot()->learnerName == "Amina");
    CHECK_FALSE(store->selectLearner(999, "course", error));
    CHECK_FALSE(error.empty());
}

TEST_CASE("store: a submitted command shows at once and is saved", "[store]") {
    TempDir dir;
    LogSink logs;
    auto options = optionsFor(dir);
    options.log = logs.fn();
    auto store = openOk(options);
    std::atomic<int> changes{0};
    store->setOnChange([&] { ++changes; });
    LearnerId id = store->ensureLearner("Amina");
    std::string error;
    REQUIRE(store->selectLearner(id, "un-cyber", error));

    submitOneOfEach(*store);
    requireOneOfEach(*store->snapshot());  // before any commit could be awaited

    REQUIRE(store->flush(10000));
    SaveStatus status = store->status();
    CHECK(status.state == SaveState::Saved);
    CHECK(status.pending == 0);
    CHECK(status.lastSavedMs > 0);
    // onChange runs on the writer thread right after the commit; flush() may return first.
    for (int i = 0; i < 200 && changes.load() == 0; ++i) std::this_thread::sleep_for(std::chrono::milliseconds(10));
    CHECK(changes.load() >= 1);

    // One event per command, each with its state row written in the same transaction.
    std::string db = options.path;
    CHECK(queryInt(db, "SELECT COUNT(*) FROM events") == 13);
    CHECK(queryInt(db, "SELECT COUNT(*) FROM quiz_attempts") == 2);
    CHECK(queryInt(db, "SELECT COUNT(*) FROM reflection_revisions") == 2);
    // The first attempt failed, the second passed: the verbs of their xAPI statements.
    CHECK(queryText(db, "SELECT verb FROM events WHERE item_id = 'check-1' ORDER BY seq LIMIT 1") ==
          "http://adlnet.gov/expapi/verbs/failed");
    CHECK(queryText(db, "SELECT group_concat(kind) FROM events WHERE item_id = 'check-1'") == "quiz_attempt,quiz_attempt");
    CHECK(queryText(db, "SELECT object_id FROM events WHERE item_id = 'check-1' LIMIT 1") == "un-cyber/history/check-1");
    std::string uuid = queryText(db, "SELECT uuid FROM events LIMIT 1");
    REQUIRE(uuid.size() == 36);
    CHECK(uuid[14] == '4');  // version 4
    CHECK(std::string("89ab").find(uuid[19]) != std::string::npos);

    auto lines = logs.copy();
    int saved = 0;
    for (const auto& line : lines) {
        auto j = nlohmann::json::parse(line);
        if (j["event"] != "saved") continue;
        ++saved;
        CHECK(j["learner"] == id);
        CHECK(j.contains("what"));
        CHECK(j["ids"]["course"] == "un-cyber");
        CHECK(j["ts"].get<std::string>().back() == 'Z');
    }
    // SaveResume may be coalesced, everything else is one line each.
    CHECK(saved == 13);
}

TEST_CASE("store: progress survives closing and reopening, exactly as shown", "[store]") {
    TempDir dir;
    auto options = optionsFor(dir);
    LearnerId id;
    std::shared_ptr<const ProgressSnapshot> before;
    {
        auto store = openOk(options);
        id = store->ensureLearner("Amina");
        std::string error;
        REQUIRE(store->selectLearner(id, "un-cyber", error));
        submitOneOfEach(*store);
        REQUIRE(store->flush(10000));
        before = store->snapshot();
    }
    auto store = openOk(options);
    std::string error;
    REQUIRE(store->selectLearner(id, "un-cyber", error));
    auto after = store->snapshot();
    requireOneOfEach(*after);
    CHECK(after->quizAttempts.at("history/check-1")[1].timeMs == before->quizAttempts.at("history/check-1")[1].timeMs);
    CHECK(after->lastActivityMs == before->lastActivityMs);
    // Another course of the same learner is separate; settings belong to the learner.
    REQUIRE(store->selectLearner(id, "other-course", error));
    CHECK(store->snapshot()->sectionsRead.empty());
    CHECK(store->snapshot()->settingsJson == R"({"theme":"dark","fontSize":18})");
}

TEST_CASE("store: closing the store saves what is still queued", "[store]") {
    TempDir dir;
    auto options = optionsFor(dir);
    LearnerId id;
    {
        auto store = openOk(options);
        id = store->ensureLearner("Bo");
        std::string error;
        REQUIRE(store->selectLearner(id, "c", error));
        for (int i = 0; i < 50; ++i) store->submit(lectern::test::selectedScope(*store), SaveReflection{"m", "r", "draft " + std::to_string(i)});
        // no flush: the destructor must write them
    }
    CHECK(queryInt(options.path, "SELECT COUNT(*) FROM reflection_revisions") == 50);
    CHECK(queryText(options.path, "SELECT text FROM reflection_revisions ORDER BY revision DESC LIMIT 1") == "draft 49");
}

TEST_CASE("store: the event log cannot be rewritten", "[store]") {
    TempDir dir;
    auto options = optionsFor(dir);
    {
        auto store = openOk(options);
        std::string error;
        REQUIRE(store->selectLearner(store->ensureLearner("A"), "c", error));
        store->submit(lectern::test::selectedScope(*store), MarkSectionRead{kIntro});
        REQUIRE(store->flush(5000));
    }
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(options.path.c_str(), &db) == SQLITE_OK);
    CHECK(sqlite3_exec(db, "DELETE FROM events", nullptr, nullptr, nullptr) != SQLITE_OK);
    CHECK(sqlite3_exec(db, "UPDATE events SET verb = 'x'", nullptr, nullptr, nullptr) != SQLITE_OK);
    sqlite3_close(db);
    CHECK(queryInt(options.path, "SELECT COUNT(*) FROM events") == 1);
}

TEST_CASE("store: selecting a learner again keeps commands not yet written", "[store]") {
    TempDir dir;
    auto store = openOk(optionsFor(dir));
    LearnerId a = store->ensureLearner("A");
    LearnerId b = store->ensureLearner("B");
    std::string error;
    REQUIRE(store->selectLearner(a, "c", error));
    for (int i = 0; i < 20; ++i) store->submit(lectern::test::selectedScope(*store), MarkSectionRead{{"m", "s" + std::to_string(i)}});
    REQUIRE(store->selectLearner(b, "c", error));
    REQUIRE(store->selectLearner(a, "c", error));
    CHECK(store->snapshot()->sectionsRead.size() == 20);
    REQUIRE(store->flush(5000));
    REQUIRE(store->selectLearner(a, "c", error));
    CHECK(store->snapshot()->sectionsRead.size() == 20);
}

TEST_CASE("store: submit() returns at once while another program holds the database locked", "[store]") {
    TempDir dir;
    auto options = optionsFor(dir);
    auto store = openOk(options);
    std::string error;
    REQUIRE(store->selectLearner(store->ensureLearner("Amina"), "c", error));

    sqlite3* other = nullptr;
    REQUIRE(sqlite3_open(options.path.c_str(), &other) == SQLITE_OK);
    REQUIRE(sqlite3_exec(other, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) == SQLITE_OK);  // holds the write lock

    // The UI thread is not held up by the lock: the answer shows and waits in the queue.
    store->submit(lectern::test::selectedScope(*store), SaveReflection{"m", "r", "written while locked"});
    CHECK(store->snapshot()->reflectionText("m", "r") == "written while locked");
    CHECK_FALSE(store->flush(300));
    CHECK(store->status().state == SaveState::Saving);
    CHECK(store->status().pending == 1);

    REQUIRE(sqlite3_exec(other, "COMMIT", nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(other);
    REQUIRE(store->flush(10000));
    CHECK(store->status().state == SaveState::Saved);
    CHECK(queryText(options.path, "SELECT text FROM reflection_revisions") == "written while locked");
}

TEST_CASE("store: a burst of commands is saved completely and in order", "[store]") {
    TempDir dir;
    auto options = optionsFor(dir);
    LogSink logs;
    options.log = logs.fn();
    auto store = openOk(options);
    std::string error;
    REQUIRE(store->selectLearner(store->ensureLearner("Amina"), "c", error));
    for (int i = 1; i <= 500; ++i) store->submit(lectern::test::selectedScope(*store), SaveReflection{"m", "r", "revision " + std::to_string(i)});
    REQUIRE(store->flush(30000));
    CHECK(queryInt(options.path, "SELECT COUNT(*) FROM reflection_revisions") == 500);
    // Revision numbers follow the order the learner typed them in.
    CHECK(queryInt(options.path, "SELECT COUNT(*) FROM reflection_revisions WHERE text != 'revision ' || revision") == 0);
    int saved = 0;
    for (const auto& line : logs.copy()) saved += line.find("\"event\":\"saved\"") != std::string::npos;
    CHECK(saved == 500);
}

TEST_CASE("store: a quiz draft survives a restart and ends with the attempt that submits it", "[store]") {
    TempDir dir;
    auto open = [&] {
        auto st = openOk(optionsFor(dir));
        std::string error;
        REQUIRE(st->selectLearner(st->ensureLearner("Amina"), "un-cyber", error));
        return st;
    };
    auto store = open();
    store->submit(lectern::test::selectedScope(*store), SaveQuizDraft{"history", "check-1", R"({"q1":"b"})"});
    store->submit(lectern::test::selectedScope(*store), SaveQuizDraft{"history", "check-1", R"({"q1":"b","q2":["a"]})"});
    REQUIRE(store->flush(5000));
    store.reset();

    store = open();
    auto snap = store->snapshot();
    REQUIRE(snap->quizDrafts.count("history/check-1"));
    CHECK(snap->quizDrafts.at("history/check-1") == R"({"q1":"b","q2":["a"]})");

    store->submit(lectern::test::selectedScope(*store), RecordQuizAttempt{"history", "check-1", R"({"q1":"b","q2":["a"]})", 1, 2, false});
    CHECK(store->snapshot()->quizDrafts.empty());  // at once in memory...
    REQUIRE(store->flush(5000));
    store.reset();
    store = open();
    CHECK(store->snapshot()->quizDrafts.empty());  // ...and in the file, in the same transaction
    CHECK(store->snapshot()->attemptCount("history", "check-1") == 1);
}
