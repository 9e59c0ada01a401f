// The start screen's and facilitator mode's door (session/profile_service.h), driven the way
// the UI drives it: every call from the (marked) UI thread, results read from state(). PINs,
// the lockout across a restart, PIN resets, archive/restore, and sharing a reflection.
#include "onboard_test_support.h"

#include "platform/thread_role.h"
#include "session/learner_session.h"
#include "session/profile_service.h"
#include "store/profile_event_repository.h"

#include "util/time_format.h"

#include <atomic>

using namespace lectern;
using namespace lectern::session;
using namespace onboard_test;

namespace {

std::atomic<int> g_uiThreadSqlite{0};
void countUiThreadSqlite(const char*) { ++g_uiThreadSqlite; }

// A store, a learner session and the profile service on one database: one run of the app.
struct App {
    std::unique_ptr<ProgressStore> store;
    std::unique_ptr<LearnerSession> learners;
    std::unique_ptr<ProfileService> profiles;
    explicit App(const StoreOpenOptions& options) {
        store = openOk(options);
        learners = std::make_unique<LearnerSession>(*store, "course");
        profiles = std::make_unique<ProfileService>(options.path, *learners);
    }
    ~App() {
        profiles.reset();
        learners.reset();
        if (store) store->flush(5000);
    }
    // Waits for the service and then for the learner session it may have asked to sign in.
    ProfileState settle() {
        REQUIRE(profiles->waitIdle(20000));
        REQUIRE(learners->waitIdle(20000));
        return profiles->state();
    }
    // Calls `f` as the UI thread would.
    template <typename F>
    ProfileState fromUi(F&& f) {
        {
            UiThreadScope ui;
            f(*profiles);
        }
        return settle();
    }
    LearnerId idOf(const std::string& name) {
        for (const auto& p : profiles->state().profiles)
            if (p.displayName() == name) return p.id;
        for (const auto& p : profiles->state().archived)
            if (p.displayName() == name) return p.id;
        return 0;
    }
};

// Counts SQLite calls made on the UI thread while it lives (there must be none).
struct ViolationCounter {
    ThreadRoleViolationHandler previous;
    ViolationCounter() : previous(setThreadRoleViolationHandler(countUiThreadSqlite)) { g_uiThreadSqlite = 0; }
    ~ViolationCounter() { setThreadRoleViolationHandler(previous); }
};

// A database whose roster holds Ann (PIN 2468) and Bo (no PIN).
struct Room {
    TempDir dir;
    StoreOpenOptions options = optionsFor(dir);
    ViolationCounter violations;
    Room() {
        { auto s = openOk(options); }
        auto db = connect(options.path);
        importOk(db, writeFile(dir, "room.csv", "external_id,full_name,group,pin\nE1,Ann,Ops,2468\nE2,Bo,Ops,\n"));
    }
};

} // namespace

TEST_CASE("profile service: PIN sign-in off the UI thread; five wrong PINs make a wait that a restart keeps",
          "[session][profiles][pin]") {
    Room room;
    const StoreOpenOptions& options = room.options;
    LearnerId ann = 0;
    {
        App app(options);
        ProfileState s = app.fromUi([](ProfileService& p) { p.refresh(); });
        REQUIRE(s.loaded);
        REQUIRE(s.profiles.size() == 2);
        ann = app.idOf("Ann");
        CHECK(s.profiles[0].hasPin);
        CHECK_FALSE(s.profiles[1].hasPin);

        CHECK(app.fromUi([&](ProfileService& p) { p.signIn(ann, {}); }).auth.phase == AuthPhase::EnterPin);
        for (int i = 1; i <= 4; ++i) {
            s = app.fromUi([&](ProfileService& p) { p.signIn(ann, Pin::fromDigits("1111")); });
            CHECK(s.auth.phase == AuthPhase::WrongPin);
            CHECK(s.auth.attemptsBeforeWait == 5 - i);
        }
        s = app.fromUi([&](ProfileService& p) { p.signIn(ann, Pin::fromDigits("1111")); });
        CHECK(s.auth.phase == AuthPhase::Waiting);
        CHECK(s.auth.waitUntilMs > util::nowMs() + 25'000);
        s = app.fromUi([&](ProfileService& p) { p.signIn(ann, Pin::fromDigits("2468")); });
        CHECK(s.auth.phase == AuthPhase::Waiting);  // not even checked
        CHECK_FALSE(app.learners->scope().valid());
    }
    {
        App restarted(options);
        restarted.fromUi([](ProfileService& p) { p.refresh(); });
        ProfileState s = restarted.fromUi([&](ProfileService& p) { p.signIn(ann, {}); });
        CHECK(s.auth.phase == AuthPhase::Waiting);
        CHECK(s.auth.waitUntilMs > util::nowMs() + 20'000);
    }
    CHECK(g_uiThreadSqlite == 0);
}

TEST_CASE("profile service: a learner without a PIN chooses one at first sign-in; only the signed-in learner shares "
          "their reflection, and each change is an event",
          "[session][profiles][privacy]") {
    Room room;
    const StoreOpenOptions& options = room.options;
    App app(options);
    app.fromUi([](ProfileService& p) { p.refresh(); });
    const LearnerId bo = app.idOf("Bo"), ann = app.idOf("Ann");
    CHECK(app.fromUi([&](ProfileService& p) { p.signIn(bo, {}); }).auth.phase == AuthPhase::ChoosePin);
    ProfileState s = app.fromUi([&](ProfileService& p) { p.setOwnPin(bo, Pin::fromDigits("1357")); });
    CHECK(s.auth.phase == AuthPhase::SignedIn);
    CHECK(app.learners->scope().learner == bo);
    // Setting a PIN is only for a learner who has none: Ann's cannot be replaced this way.
    CHECK(app.fromUi([&](ProfileService& p) { p.setOwnPin(ann, Pin::fromDigits("0000")); }).auth.phase == AuthPhase::Failed);
    CHECK(app.learners->scope().learner == bo);

    const ProgressScope scope = app.learners->scope();
    s = app.fromUi([&](ProfileService& p) { p.setReflectionShared(scope, "m1", "r1", true); });
    CHECK(s.sharedReflections.count({"course", "m1", "r1"}) == 1);
    s = app.fromUi([&](ProfileService& p) { p.setReflectionShared(scope, "m1", "r1", true); });  // no change, no event
    s = app.fromUi([&](ProfileService& p) { p.setReflectionShared(scope, "m1", "r1", false); });
    CHECK(s.sharedReflections.empty());
    // Another learner's reflection cannot be shared from Bo's session.
    s = app.fromUi([&](ProfileService& p) { p.setReflectionShared({ann, "course"}, "m1", "r1", true); });
    CHECK(s.message == "Sign in to share your reflections.");
    CHECK(queryText(options.path, "SELECT group_concat(kind || ':' || module_id || '/' || item_id, ' ') FROM profile_events "
                                  "WHERE kind LIKE 'reflection%'") == "reflection_shared:m1/r1 reflection_unshared:m1/r1");
    CHECK(queryInt(options.path, "SELECT COUNT(*) FROM reflection_sharing WHERE learner_id = " + std::to_string(ann)) == 0);
    CHECK(queryInt(options.path, "SELECT is_shared FROM reflection_sharing WHERE learner_id = " + std::to_string(bo)) == 0);
    CHECK(g_uiThreadSqlite == 0);
}

TEST_CASE("profile service: facilitator mode resets a PIN, archives and restores; an archived learner's records stay",
          "[session][profiles][facilitator]") {
    Room room;
    const StoreOpenOptions& options = room.options;
    App app(options);
    ProfileState s = app.fromUi([](ProfileService& p) { p.refresh(); });
    const LearnerId ann = app.idOf("Ann");
    CHECK_FALSE(s.facilitator.pinSet);

    // Ann writes a reflection; her record must survive archiving.
    app.store->submit({ann, "course"}, SaveReflection{"m1", "r1", "what I learned"});
    REQUIRE(app.store->flush(5000));

    // Facilitator-only actions are refused outside facilitator mode.
    s = app.fromUi([&](ProfileService& p) { p.archive(ann); });
    CHECK(s.message == "Open facilitator mode first (with the facilitator PIN).");
    CHECK(s.profiles.size() == 2);

    CHECK(app.fromUi([](ProfileService& p) { p.enterFacilitatorMode(Pin::fromDigits("9999")); }).facilitator.phase ==
          AuthPhase::ChoosePin);
    s = app.fromUi([](ProfileService& p) { p.setFacilitatorPin(Pin::fromDigits("909090")); });
    CHECK(s.facilitator.pinSet);
    CHECK(s.facilitator.active);
    s = app.fromUi([](ProfileService& p) { p.leaveFacilitatorMode(); });
    CHECK_FALSE(s.facilitator.active);
    CHECK(app.fromUi([](ProfileService& p) { p.enterFacilitatorMode(Pin::fromDigits("111111")); }).facilitator.phase ==
          AuthPhase::WrongPin);
    s = app.fromUi([](ProfileService& p) { p.enterFacilitatorMode(Pin::fromDigits("909090")); });
    CHECK(s.facilitator.active);

    s = app.fromUi([&](ProfileService& p) { p.resetLearnerPin(ann, Pin::fromDigits("4444")); });
    CHECK(s.message.empty());
    CHECK(app.fromUi([&](ProfileService& p) { p.signIn(ann, Pin::fromDigits("4444")); }).auth.phase == AuthPhase::SignedIn);
    app.learners->signOut();
    app.settle();
    REQUIRE(app.store->flush(10000));  // the sittings' initialized / terminated are saved too

    const int64_t revisions = queryInt(options.path, "SELECT COUNT(*) FROM reflection_revisions");
    const int64_t events = queryInt(options.path, "SELECT COUNT(*) FROM events");
    REQUIRE(revisions == 1);
    s = app.fromUi([&](ProfileService& p) { p.archive(ann); });
    CHECK(s.profiles.size() == 1);
    REQUIRE(s.archived.size() == 1);
    CHECK(s.archived[0].displayName() == "Ann");
    CHECK(queryInt(options.path, "SELECT COUNT(*) FROM reflection_revisions") == revisions);
    CHECK(queryInt(options.path, "SELECT COUNT(*) FROM events") == events);
    CHECK(queryInt(options.path, "SELECT COUNT(*) FROM learners") == 2);
    CHECK(app.store->learners().size() == 1);  // the learner session's list leaves Ann out too
    CHECK(app.fromUi([&](ProfileService& p) { p.signIn(ann, Pin::fromDigits("4444")); }).auth.phase == AuthPhase::Failed);

    s = app.fromUi([&](ProfileService& p) { p.restore(ann); });
    CHECK(s.profiles.size() == 2);
    CHECK(s.archived.empty());
    CHECK(app.fromUi([&](ProfileService& p) { p.signIn(ann, Pin::fromDigits("4444")); }).auth.phase == AuthPhase::SignedIn);
    auto snap = app.learners->snapshot();
    REQUIRE(snap);
    CHECK(snap->reflectionText("m1", "r1") == "what I learned");
    CHECK(queryText(options.path, "SELECT group_concat(kind, ' ') FROM profile_events WHERE learner_id = " +
                                      std::to_string(ann) + " AND actor = 'facilitator'") == "pin_reset archived restored");

    // New learners from the start screen follow the shared setting.
    app.fromUi([](ProfileService& p) { p.setAllowNewLearners(false); });
    app.fromUi([](ProfileService& p) { p.leaveFacilitatorMode(); });
    s = app.fromUi([](ProfileService& p) { p.createLearner("Cy", "Ops"); });
    CHECK_FALSE(s.allowNewLearners);
    CHECK(s.message == "Only the facilitator can add learners on this machine.");
    CHECK(s.profiles.size() == 2);
    CHECK(g_uiThreadSqlite == 0);
}

TEST_CASE("profile service: after the facilitator resets a PIN the learner must choose a new one: no skipping, no "
          "opening without it",
          "[session][profiles][facilitator]") {
    Room room;
    App app(room.options);
    app.fromUi([](ProfileService& p) { p.refresh(); });
    const LearnerId ann = app.idOf("Ann");
    REQUIRE(app.fromUi([&](ProfileService& p) { p.signIn(ann, Pin::fromDigits("2468")); }).auth.phase ==
            AuthPhase::SignedIn);
    app.store->submit({ann, "course"}, SaveReflection{"m1", "r1", "worked here before"});
    REQUIRE(app.store->flush(5000));
    app.learners->signOut();
    app.settle();

    app.fromUi([](ProfileService& p) { p.setFacilitatorPin(Pin::fromDigits("909090")); });
    app.fromUi([&](ProfileService& p) { p.resetLearnerPin(ann, {}); });
    ProfileState s = app.fromUi([](ProfileService& p) { p.leaveFacilitatorMode(); });
    const store::LearnerProfile* profile = nullptr;
    for (const auto& p : s.profiles)
        if (p.id == ann) profile = &p;
    REQUIRE(profile);
    CHECK(profile->pinResetPending);  // the start screen asks for a new PIN, without "Skip"

    s = app.fromUi([&](ProfileService& p) { p.signIn(ann, {}); });
    CHECK(s.auth.phase == AuthPhase::ChoosePin);
    s = app.fromUi([&](ProfileService& p) { p.skipPin(ann); });
    CHECK(s.auth.phase == AuthPhase::Failed);
    CHECK(s.message == "The facilitator reset this PIN: choose a new one to sign in.");
    CHECK_FALSE(app.learners->scope().valid());
    // Nor does the session open her by name (--learner, the only learner...): it stops for the PIN.
    app.learners->signInByName("Ann");
    app.settle();
    CHECK_FALSE(app.learners->scope().valid());
    CHECK(app.learners->state().pinRequired == ann);

    s = app.fromUi([&](ProfileService& p) { p.setOwnPin(ann, Pin::fromDigits("1357")); });
    CHECK(s.auth.phase == AuthPhase::SignedIn);
    CHECK(app.learners->scope().valid());
}
