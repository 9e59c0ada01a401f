// PINs: argon2id hashes only, the lockout that doubles and survives a restart, re-hashing,
// facilitator PIN, resets recorded as events; and no PIN in clear in the database or its WAL.
#include "onboard_test_support.h"

#include "session/pin.h"
#include "session/profile_auth.h"
#include "store/learner_repository.h"
#include "store/pin_repository.h"
#include "store/profile_event_repository.h"

#include <random>
#include <set>

using namespace lectern;
using namespace lectern::session;
using namespace onboard_test;

namespace {

LearnerId addLearner(store::SqliteDb& db, const std::string& name) {
    auto id = store::LearnerRepository(db).create({name, "", ""}, 1);
    REQUIRE(id.ok());
    return *id;
}

struct FakeClock {
    int64_t now = 1'800'000'000'000;
    std::function<int64_t()> fn() {
        return [this] { return now; };
    }
};

} // namespace

TEST_CASE("pin: 4 to 6 ASCII digits only; a Pin wipes itself", "[pin]") {
    for (const char* ok : {"0000", "12345", "987654"}) CHECK(isValidPin(ok));
    for (const char* bad : {"", "123", "1234567", "12a4", " 1234", "1234 ", "١٢٣٤", "+123", "12.4"}) {
        INFO(bad);
        CHECK_FALSE(isValidPin(bad));
        CHECK_FALSE(Pin::fromDigits(bad).valid());
    }
    Pin p;
    for (char c : std::string("1234567")) p.append(c);
    CHECK(p.size() == 6);
    CHECK_FALSE(p.append('x'));
    p.removeLast();
    CHECK(p.size() == 5);
    Pin moved = std::move(p);
    CHECK(p.size() == 0);
    CHECK(std::string(p.data(), 6) == std::string(6, '\0'));
    CHECK(moved.valid());
}

TEST_CASE("pin: stored as an argon2id hash at the interactive limits; a right PIN matches, a wrong one does not", "[pin]") {
    Pin pin = Pin::fromDigits("4821");
    PinHashLimits used;
    auto hash = hashPin(pin, &used);
    REQUIRE(hash);
    CHECK(hash->rfind("$argon2id$", 0) == 0);
    CHECK(hash->find("4821") == std::string::npos);
    CHECK(used.opsLimit == preferredPinLimits().opsLimit);
    CHECK(used.memLimit == preferredPinLimits().memLimit);
    CHECK(pinMatches(pin, *hash));
    CHECK_FALSE(pinMatches(Pin::fromDigits("4822"), *hash));
    CHECK_FALSE(pinNeedsRehash(*hash));
    // A hash made with other (lower) limits is renewed.
    auto weak = hashPinWithLimits(pin, {1, 8192});
    REQUIRE(weak);
    CHECK(pinMatches(pin, *weak));
    CHECK(pinNeedsRehash(*weak));
}

TEST_CASE("pin: after 5 wrong PINs a 30 s wait, then 60 s, doubling; the wait survives reopening the database", "[pin][lockout]") {
    CHECK(waitAfterFailures(4) == 0);
    CHECK(waitAfterFailures(5) == 30'000);
    CHECK(waitAfterFailures(6) == 60'000);
    CHECK(waitAfterFailures(7) == 120'000);
    CHECK(waitAfterFailures(40) == kLongestWaitMs);

    TempDir dir;
    const std::string path = freshDatabase(dir);
    FakeClock clock;
    LearnerId ann;
    {
        auto db = connect(path);
        ann = addLearner(db, "Ann");
        ProfileAuth auth(db, clock.fn());
        REQUIRE(auth.setLearnerPin(ann, Pin::fromDigits("2468"), store::Actor::Learner).ok());
        for (int i = 1; i <= 4; ++i) {
            PinCheck c = auth.checkLearnerPin(ann, Pin::fromDigits("1111"));
            CHECK(c.outcome == PinOutcome::Wrong);
            CHECK(c.attemptsBeforeWait == 5 - i);
            CHECK(c.waitUntilMs == 0);
        }
        PinCheck fifth = auth.checkLearnerPin(ann, Pin::fromDigits("1111"));
        CHECK(fifth.outcome == PinOutcome::Wrong);
        CHECK(fifth.waitUntilMs == clock.now + 30'000);
        // While waiting even the right PIN is not checked.
        clock.now += 10'000;
        PinCheck during = auth.checkLearnerPin(ann, Pin::fromDigits("2468"));
        CHECK(during.outcome == PinOutcome::Waiting);
        CHECK(during.waitUntilMs == clock.now + 20'000);
    }
    {
        // The app was closed and opened again: the wait is still there, and the next wrong PIN doubles it.
        auto db = connect(path);
        ProfileAuth auth(db, clock.fn());
        CHECK(auth.checkLearnerPin(ann, Pin::fromDigits("2468")).outcome == PinOutcome::Waiting);
        CHECK(*auth.learnerWaitUntil(ann) == clock.now + 20'000);
        clock.now += 20'000;
        PinCheck sixth = auth.checkLearnerPin(ann, Pin::fromDigits("1111"));
        CHECK(sixth.outcome == PinOutcome::Wrong);
        CHECK(sixth.waitUntilMs == clock.now + 60'000);
    }
    {
        auto db = connect(path);
        ProfileAuth auth(db, clock.fn());
        CHECK(auth.checkLearnerPin(ann, Pin::fromDigits("2468")).outcome == PinOutcome::Waiting);
        clock.now += 60'000;
        CHECK(auth.checkLearnerPin(ann, Pin::fromDigits("1111")).waitUntilMs == clock.now + 120'000);
        clock.now += 120'000;
        CHECK(auth.checkLearnerPin(ann, Pin::fromDigits("2468")).outcome == PinOutcome::Right);
        // A right PIN ends it all: the next wrong one is the first again.
        PinCheck again = auth.checkLearnerPin(ann, Pin::fromDigits("1111"));
        CHECK(again.attemptsBeforeWait == 4);
        CHECK(again.waitUntilMs == 0);
    }
    // The clock set back a day does not lock Ann out for a day.
    {
        auto db = connect(path);
        ProfileAuth auth(db, clock.fn());
        for (int i = 0; i < 3; ++i) (void)auth.checkLearnerPin(ann, Pin::fromDigits("1111"));
        REQUIRE(auth.checkLearnerPin(ann, Pin::fromDigits("1111")).waitUntilMs == clock.now + 30'000);  // 5 in a row
        clock.now -= 86'400'000;
        CHECK(*auth.learnerWaitUntil(ann) == clock.now + 30'000);
    }
}

TEST_CASE("pin: a right PIN renews a hash made with other limits", "[pin]") {
    TempDir dir;
    const std::string path = freshDatabase(dir);
    auto db = connect(path);
    LearnerId bo = addLearner(db, "Bo");
    auto weak = hashPinWithLimits(Pin::fromDigits("13579"), {1, 8192});
    REQUIRE(weak);
    REQUIRE(store::PinRepository(db).saveHash(store::PinOwner::of(bo), *weak, 1).ok());
    ProfileAuth auth(db);
    CHECK(auth.checkLearnerPin(bo, Pin::fromDigits("97531")).outcome == PinOutcome::Wrong);
    CHECK(queryText(path, "SELECT pin_hash FROM learners WHERE name = 'Bo'") == *weak);  // a wrong PIN renews nothing
    PinCheck right = auth.checkLearnerPin(bo, Pin::fromDigits("13579"));
    CHECK(right.outcome == PinOutcome::Right);
    CHECK(right.rehashed);
    const std::string renewed = queryText(path, "SELECT pin_hash FROM learners WHERE name = 'Bo'");
    CHECK(renewed != *weak);
    CHECK_FALSE(pinNeedsRehash(renewed));
    CHECK(auth.checkLearnerPin(bo, Pin::fromDigits("13579")).outcome == PinOutcome::Right);
    CHECK(queryInt(path, "SELECT pin_failures FROM learners WHERE name = 'Bo'") == 0);
}

TEST_CASE("pin: the facilitator PIN is set once, checked with the same lockout; a reset of a learner's PIN is an event",
          "[pin][facilitator]") {
    TempDir dir;
    const std::string path = freshDatabase(dir);
    auto db = connect(path);
    ProfileAuth auth(db);
    CHECK_FALSE(*auth.facilitatorPinSet());
    CHECK(auth.checkFacilitatorPin(Pin::fromDigits("0000")).outcome == PinOutcome::NoPinSet);
    REQUIRE(auth.setFacilitatorPin(Pin::fromDigits("909090"), store::Actor::CommandLine).ok());
    CHECK(*auth.facilitatorPinSet());
    CHECK(auth.checkFacilitatorPin(Pin::fromDigits("909090")).outcome == PinOutcome::Right);
    for (int i = 0; i < 4; ++i) CHECK(auth.checkFacilitatorPin(Pin::fromDigits("123456")).outcome == PinOutcome::Wrong);
    CHECK(auth.checkFacilitatorPin(Pin::fromDigits("123456")).waitUntilMs > 0);
    CHECK(auth.checkFacilitatorPin(Pin::fromDigits("909090")).outcome == PinOutcome::Waiting);

    LearnerId cy = addLearner(db, "Cy");
    REQUIRE(auth.setLearnerPin(cy, Pin::fromDigits("1212"), store::Actor::Learner).ok());
    for (int i = 0; i < 5; ++i) (void)auth.checkLearnerPin(cy, Pin::fromDigits("0000"));
    REQUIRE(auth.checkLearnerPin(cy, Pin::fromDigits("1212")).outcome == PinOutcome::Waiting);
    Pin fresh = Pin::fromDigits("3434");
    REQUIRE(auth.resetLearnerPin(cy, &fresh).ok());
    CHECK(auth.checkLearnerPin(cy, Pin::fromDigits("3434")).outcome == PinOutcome::Right);  // the wait ended too
    REQUIRE(auth.resetLearnerPin(cy, nullptr).ok());
    CHECK(auth.checkLearnerPin(cy, Pin::fromDigits("3434")).outcome == PinOutcome::NoPinSet);

    auto events = store::ProfileEventRepository(db).list(cy);
    REQUIRE(events.ok());
    std::vector<std::string> kinds;
    for (const auto& e : *events) kinds.push_back(e.kind + "/" + e.actor);
    CHECK(kinds == std::vector<std::string>{"pin_set/learner", "pin_reset/facilitator", "pin_reset/facilitator"});
    CHECK(events->at(1).detailJson == R"({"pin":"new"})");
    CHECK(events->at(2).detailJson == R"({"pin":"none"})");
    CHECK(queryText(path, "SELECT kind || '/' || actor FROM profile_events WHERE learner_id IS NULL") ==
          "facilitator_pin_set/command_line");
    // Events are append-only.
    sqlite3* raw = nullptr;
    REQUIRE(sqlite3_open(path.c_str(), &raw) == SQLITE_OK);
    CHECK(sqlite3_exec(raw, "DELETE FROM profile_events", nullptr, nullptr, nullptr) != SQLITE_OK);
    CHECK(sqlite3_exec(raw, "DELETE FROM learners", nullptr, nullptr, nullptr) != SQLITE_OK);
    sqlite3_close(raw);
}

TEST_CASE("pin: the database and its WAL never hold a PIN in clear (200 learners with 6-digit PINs)", "[pin][privacy]") {
    TempDir dir;
    const std::string path = freshDatabase(dir);
    std::mt19937 rng(20261201);
    std::set<std::string> pins;
    while (pins.size() < 200) pins.insert(std::to_string(100000 + rng() % 900000));
    std::string csv = "external_id,full_name,group,pin\n";
    int i = 0;
    for (const std::string& pin : pins) {
        ++i;
        csv += "E" + std::to_string(i) + ",Learner " + std::to_string(i) + ",G," + pin + "\n";
    }
    const std::string rosterPath = writeFile(dir, "pins.csv", csv);

    // The text the database legitimately holds that may contain six digits by chance (random
    // salts and hashes, UUIDs) is blanked before the search; a PIN anywhere else is a leak.
    auto searchable = [&](std::string bytes, sqlite3* db) {
        for (const char* query : {"SELECT pin_hash FROM learners WHERE pin_hash IS NOT NULL", "SELECT uuid FROM learners",
                                  "SELECT uuid FROM profile_events"}) {
            sqlite3_stmt* stmt = nullptr;
            REQUIRE(sqlite3_prepare_v2(db, query, -1, &stmt, nullptr) == SQLITE_OK);
            while (sqlite3_step(stmt) == SQLITE_ROW) {
                std::string known = reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0));
                for (size_t at = bytes.find(known); at != std::string::npos; at = bytes.find(known, at + 1))
                    bytes.replace(at, known.size(), known.size(), '#');
            }
            sqlite3_finalize(stmt);
        }
        return bytes;
    };
    auto leaks = [&](const std::string& bytes) {
        std::vector<std::string> found;
        for (const std::string& pin : pins)
            if (bytes.find(pin) != std::string::npos) found.push_back(pin);
        return found;
    };

    {
        auto db = connect(path);
        CHECK(importOk(db, rosterPath).added == 200);
        // While the connection is open the records are in the -wal.
        REQUIRE(fs::exists(path + "-wal"));
        REQUIRE(fs::file_size(path + "-wal") > 0);
        CHECK(queryInt(db.handle(), "SELECT COUNT(*) FROM learners WHERE pin_hash LIKE '$argon2id$%'") == 200);
        const std::string wal = searchable(readBytes(path + "-wal"), db.handle());
        const std::string main = searchable(readBytes(path), db.handle());
        CHECK(leaks(wal).empty());
        CHECK(leaks(main).empty());
    }
    auto db = connect(path);
    CHECK(leaks(searchable(readBytes(path), db.handle())).empty());
    // And the search would find one: a PIN written in clear is found.
    CHECK_FALSE(leaks(searchable(readBytes(rosterPath), db.handle())).empty());
}
