// Merging machines offline: bundles imported in any order, any number of times, give the same
// events and the same state; learners are matched by UUID, never by name.
#include "sync_test_support.h"

#include "report/progress_report.h"
#include "store/read/progress_reader.h"
#include "store_test_course.h"

#include <algorithm>
#include <array>

using namespace lectern;
using namespace sync_test;

namespace {

// What a facilitator reads in `lectern report`, by learner name (local ids differ by file).
std::string reportOf(const std::string& path) {
    Course course = store_test::makeCourse(kCourse, {{"m1", {"s1", "s2", "s3"}, {"q1"}, {"r1"}}});
    auto reader = store::read::ProgressReader::open(path);
    REQUIRE(reader);
    auto progress = reader->progress(course);
    REQUIRE(progress);
    std::vector<std::string> lines;
    for (const auto& p : *progress) {
        std::string line = p.learner.name + " " + p.learner.uuid.value_or("") + " " + std::to_string(p.learner.lastActivityMs);
        for (const auto& m : p.modules) {
            line += " " + m.moduleId + ":" + statusName(m.status) + ":" + std::to_string(m.sectionsRead) + ":" +
                    std::to_string(m.secondsOnTask) + ":" + std::to_string(m.reflectionsWritten);
            for (const auto& q : m.quizzes)
                line += ":" + q.quizId + "=" + std::to_string(q.attempts) + "/" + std::to_string(q.bestScore.value_or(-1)) +
                        (q.passed ? "P" : "F");
        }
        lines.push_back(line);
    }
    std::sort(lines.begin(), lines.end());
    std::string out;
    for (const auto& l : lines) out += l + "\n";
    return out;
}

} // namespace

TEST_CASE("sync: three machines' bundles merged in all six orders, twice, give one result", "[sync]") {
    TempDir dir;
    // 200 learners per machine: 180 of its own, 20 who sat at all three (same UUID).
    std::array<std::string, 3> bundles;
    int64_t totalEvents = 0;
    for (int m = 0; m < 3; ++m) {
        std::vector<Person> people;
        for (int i = 0; i < 180; ++i) people.push_back({"m" + std::to_string(m) + " learner " + std::to_string(i), ""});
        for (int j = 0; j < 20; ++j) people.push_back({"shared " + std::to_string(j), fixedUuid(j)});
        const std::string path = dir.file("machine" + std::to_string(m) + ".db");
        recordMachine(path, people, m, 3 + m);
        bundles[size_t(m)] = exportBundle(path);
        totalEvents += store_test::queryInt(path, "SELECT COUNT(*) FROM events");
    }
    REQUIRE(totalEvents >= 3 * 200 * 3);

    std::array<int, 3> order = {0, 1, 2};
    std::string firstEvents, firstState, firstReport;
    int orders = 0;
    do {
        const std::string path = dir.file("merged" + std::to_string(orders) + ".db");
        int64_t newEvents = 0;
        for (int round = 0; round < 2; ++round) {
            for (int m : order) {
                auto summary = importBytes(path, bundles[size_t(m)]);
                INFO("order " << order[0] << order[1] << order[2] << " round " << round << ": "
                              << (summary ? "" : summary.error().message));
                REQUIRE(summary);
                CHECK(summary->refused == 0);
                if (round == 1) {
                    CHECK(summary->newEvents == 0);  // the second import of a bundle adds nothing
                    CHECK(summary->line().rfind("0 new, ", 0) == 0);
                }
                newEvents += summary->newEvents;
                CHECK(summary->notes.empty());
            }
        }
        CHECK(newEvents == totalEvents);
        CHECK(store_test::queryInt(path, "SELECT COUNT(*) FROM learners") == 3 * 180 + 20);
        const std::string events = eventDump(path), state = stateDump(path, false), report = reportOf(path);
        if (orders == 0) {
            firstEvents = events;
            firstState = state;
            firstReport = report;
            // The shared learners' attempts from three machines are numbered together.
            CHECK(store_test::queryInt(path, "SELECT MAX(number) FROM quiz_attempts") >= 2);
        } else {
            INFO("order " << order[0] << order[1] << order[2]);
            CHECK(events == firstEvents);
            CHECK(state == firstState);
            CHECK(report == firstReport);
        }
        CHECK(store_test::queryText(path, "PRAGMA integrity_check") == "ok");
        ++orders;
    } while (std::next_permutation(order.begin(), order.end()));
    CHECK(orders == 6);
}

TEST_CASE("sync: an exported bundle carries every column, the statement byte for byte", "[sync]") {
    TempDir dir;
    const std::string from = dir.file("from.db"), to = dir.file("to.db");
    recordMachine(from, {{"Amina", ""}, {"Bo", ""}}, 1, 10);
    REQUIRE(store_test::queryInt(from, "SELECT COUNT(*) FROM events WHERE statement IS NULL") == 0);
    auto summary = importBytes(to, exportBundle(from));
    REQUIRE(summary);
    CHECK(summary->line() == "20 new, 0 already present, 0 refused");
    CHECK(eventDump(to) == eventDump(from));
    CHECK(store_test::dumpTable(to, "learners", "uuid,name,external_id,created_ms") ==
          store_test::dumpTable(from, "learners", "uuid,name,external_id,created_ms"));
}

TEST_CASE("sync: two learners named Amina with different UUIDs stay two, and the facilitator is told", "[sync]") {
    TempDir dir;
    const std::string a = dir.file("a.db"), b = dir.file("b.db"), merged = dir.file("merged.db");
    recordMachine(a, {{"Amina", fixedUuid(1)}}, 0, 3);
    recordMachine(b, {{"Amina", fixedUuid(2)}}, 1, 3);
    auto first = importBytes(merged, exportBundle(a));
    REQUIRE(first);
    CHECK(first->notes.empty());
    auto second = importBytes(merged, exportBundle(b));
    REQUIRE(second);
    REQUIRE(second->notes.size() == 1);
    CHECK(second->notes[0].find("\"Amina (2)\"") != std::string::npos);
    CHECK(store_test::dumpTable(merged, "learners", "uuid,name") ==
          "'" + fixedUuid(1) + "'\x1f'Amina'\n'" + fixedUuid(2) + "'\x1f'Amina (2)'");
    // Each kept their own records.
    CHECK(store_test::queryInt(merged, "SELECT COUNT(DISTINCT learner_id) FROM events") == 2);
    // The same bundle again: the same learner (by UUID), no new name, no note.
    auto again = importBytes(merged, exportBundle(b));
    REQUIRE(again);
    CHECK(again->notes.empty());
    CHECK(again->line() == "0 new, 3 already present, 0 refused");
    CHECK(store_test::queryInt(merged, "SELECT COUNT(*) FROM learners") == 2);
}

TEST_CASE("sync: an event this machine holds for another learner, or cannot read, is refused", "[sync]") {
    TempDir dir;
    const std::string from = dir.file("from.db"), to = dir.file("to.db");
    recordMachine(from, {{"Amina", fixedUuid(1)}, {"Bo", fixedUuid(2)}}, 0, 3);
    REQUIRE(importBytes(to, exportBundle(from)));
    auto bundle = sync::parseBundle(exportBundle(from));
    REQUIRE(bundle);
    // The same event ids now claimed by the other learner, and one event of a kind from the future.
    for (sync::BundleEvent& e : bundle->events) e.learnerUuid = e.learnerUuid == fixedUuid(1) ? fixedUuid(2) : fixedUuid(1);
    sync::BundleEvent future = bundle->events.front();
    future.uuid = fixedUuid(99);
    future.kind = "teleported";
    bundle->events.push_back(future);
    bundle->manifest = {};
    auto bytes = sync::renderBundle(*bundle, nullptr);
    REQUIRE(bytes);
    const std::string before = eventDump(to) + stateDump(to, true);
    auto summary = importBytes(to, *bytes);
    REQUIRE(summary);
    CHECK(summary->line() == "0 new, 0 already present, 7 refused");
    CHECK(eventDump(to) + stateDump(to, true) == before);
}
