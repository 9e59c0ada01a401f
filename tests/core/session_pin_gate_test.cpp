// The session layer never opens a learner past their PIN: --learner, the only profile and a
// typed name all stop at the start screen (pinRequired) for a learner with a PIN; an archived
// learner is refused with a message; a new name needs the facilitator's "allow new learners".
// Only ProfileService, after a right PIN, signs such a learner in.
#include "onboard_test_support.h"

#include "platform/thread_role.h"
#include "session/learner_session.h"
#include "session/profile_auth.h"
#include "session/profile_service.h"
#include "store/learner_repository.h"
#include "store/shared_settings_repository.h"

using namespace lectern;
using namespace lectern::session;
using namespace onboard_test;

namespace {

SessionState settled(LearnerSession& s) {
    REQUIRE(s.waitIdle(10000));
    return s.state();
}

// A database holding Ann (PIN 2468) and, when asked, Bo (no PIN) and archived Cy.
struct Machine {
    TempDir dir;
    StoreOpenOptions options = optionsFor(dir);
    LearnerId ann = 0, bo = 0, cy = 0;
    explicit Machine(bool withOthers) {
        { auto s = openOk(options); }
        auto db = connect(options.path);
        store::LearnerRepository repo(db);
        ann = *repo.create({"Ann", "", ""}, 1);
        REQUIRE(ProfileAuth(db).setLearnerPin(ann, Pin::fromDigits("2468"), store::Actor::Learner));
        if (withOthers) {
            bo = *repo.create({"Bo", "", ""}, 1);
            cy = *repo.create({"Cy", "", ""}, 1);
            REQUIRE(repo.archive(cy, 2));
        }
    }
    void setAllowNew(bool allow) {
        auto db = connect(options.path);
        REQUIRE(store::SharedSettingsRepository(db).set(store::kAllowNewLearners, allow ? "1" : "0", 3));
    }
};

} // namespace

TEST_CASE("session gate: the only learner, with a PIN, is not signed in at start: the start screen asks for it",
          "[session][pin]") {
    Machine m(false);
    auto store = openOk(m.options);
    LearnerSession s(*store, "c");
    s.start({"", "someone"});
    SessionState st = settled(s);
    CHECK(st.phase == SessionPhase::ChoosingLearner);
    CHECK(st.pinRequired == m.ann);
    CHECK_FALSE(s.scope().valid());
    CHECK(s.snapshot() == nullptr);
}

TEST_CASE("session gate: --learner naming a learner with a PIN preselects them; an archived one is refused",
          "[session][pin]") {
    Machine m(true);
    auto store = openOk(m.options);
    {
        LearnerSession s(*store, "c");
        s.start({"Ann", ""});
        SessionState st = settled(s);
        CHECK(st.phase == SessionPhase::ChoosingLearner);
        CHECK(st.pinRequired == m.ann);
        CHECK_FALSE(s.scope().valid());
    }
    {
        LearnerSession s(*store, "c");
        s.start({"Cy", ""});
        SessionState st = settled(s);
        CHECK(st.phase == SessionPhase::ChoosingLearner);
        CHECK(st.pinRequired == 0);
        CHECK(st.error.find("archived") != std::string::npos);
        CHECK_FALSE(s.scope().valid());
        // The archived learner stays archived, and off the list.
        for (const LearnerInfo& l : st.learners) CHECK(l.name != "Cy");
    }
    {
        LearnerSession s(*store, "c");
        s.start({"Bo", ""});  // no PIN: opened as before
        SessionState st = settled(s);
        CHECK(st.phase == SessionPhase::SignedIn);
        CHECK(st.learnerName == "Bo");
    }
}

TEST_CASE("session gate: signIn and signInByName stop at a PIN and at an archived learner", "[session][pin]") {
    Machine m(true);
    auto store = openOk(m.options);
    LearnerSession s(*store, "c");
    s.start({"", ""});
    REQUIRE(settled(s).phase == SessionPhase::ChoosingLearner);

    s.signIn(m.ann);
    SessionState st = settled(s);
    CHECK(st.phase == SessionPhase::ChoosingLearner);
    CHECK(st.pinRequired == m.ann);
    CHECK_FALSE(s.scope().valid());

    s.signInByName("Ann");
    st = settled(s);
    CHECK(st.phase == SessionPhase::ChoosingLearner);
    CHECK(st.pinRequired == m.ann);
    CHECK_FALSE(s.scope().valid());

    s.signIn(m.cy);
    st = settled(s);
    CHECK(st.phase == SessionPhase::ChoosingLearner);
    CHECK(st.error.find("archived") != std::string::npos);

    s.signInByName("Cy");
    st = settled(s);
    CHECK(st.phase == SessionPhase::ChoosingLearner);
    CHECK(st.error.find("archived") != std::string::npos);
    CHECK_FALSE(s.scope().valid());

    s.signIn(m.bo);
    st = settled(s);
    CHECK(st.phase == SessionPhase::SignedIn);
    CHECK(st.pinRequired == 0);
}

TEST_CASE("session gate: a new name creates a learner only while the facilitator allows new learners",
          "[session][pin]") {
    Machine m(false);
    m.setAllowNew(false);
    auto store = openOk(m.options);
    LearnerSession s(*store, "c");
    s.start({"Newcomer", ""});
    SessionState st = settled(s);
    CHECK(st.phase == SessionPhase::ChoosingLearner);
    CHECK(st.error.find("only the facilitator can add learners") != std::string::npos);
    s.signInByName("Another");
    st = settled(s);
    CHECK(st.phase == SessionPhase::ChoosingLearner);
    CHECK_FALSE(s.scope().valid());
    CHECK(store->learners().size() == 1);  // Ann alone: nobody was created

    m.setAllowNew(true);
    s.signInByName("Another");
    st = settled(s);
    CHECK(st.phase == SessionPhase::SignedIn);
    CHECK(st.learnerName == "Another");
}

TEST_CASE("session gate: ProfileService signs a learner with a PIN in after the right PIN only", "[session][pin]") {
    Machine m(false);
    auto store = openOk(m.options);
    LearnerSession s(*store, "c");
    ProfileService profiles(m.options.path, s);
    s.start({"Ann", ""});
    REQUIRE(settled(s).pinRequired == m.ann);
    {
        UiThreadScope ui;
        profiles.signIn(m.ann, Pin::fromDigits("1111"));
    }
    REQUIRE(profiles.waitIdle(20000));
    CHECK(profiles.state().auth.phase == AuthPhase::WrongPin);
    CHECK_FALSE(settled(s).scope.valid());
    {
        UiThreadScope ui;
        profiles.signIn(m.ann, Pin::fromDigits("2468"));
    }
    REQUIRE(profiles.waitIdle(20000));
    SessionState st = settled(s);
    CHECK(st.phase == SessionPhase::SignedIn);
    CHECK(st.scope.learner == m.ann);
}
