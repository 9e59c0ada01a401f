// LearnerSession: who is studying, for one course. It owns the decision (made once, here):
//   --learner NAME, else the only profile on this machine, else (no profile yet) a new one
//   named after the system user, else the learner list ("Who is studying?").
// Nobody is opened past their PIN: a learner with a PIN (named by --learner, the only one, or
// signIn/signInByName) is not signed in; the state names them in pinRequired and the start
// screen asks for the PIN through ProfileService, which alone signs in after a right PIN
// (signInChecked). An archived learner is refused with a message, and a new name only creates
// a profile while the facilitator allows new learners (store::kAllowNewLearners).
// Signing in (by name, creating the profile if needed, or by id), signing out and listing
// learners run on the session's worker, never on the caller's (UI) thread: the call returns
// at once, the result shows in state() (serial bumps) and onChange wakes the event loop.
//
// Every command carries its ProgressScope: scope() is the signed-in learner and course; a
// widget keeps the scope it was editing for, so its late save still lands in that learner's
// record after someone else signed in (ProgressStore::submit).
#pragma once
#include "store/progress_store.h"

#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace lectern::session {

class SerialWorker;

// The start-up rule's inputs.
struct LearnerChoice {
    std::string requestedName;  // --learner; empty: none asked for
    std::string userName;       // $USER: the name of a first profile; empty: ask instead
};

enum class SessionPhase {
    Starting,         // the start-up rule is being applied
    ChoosingLearner,  // nobody signed in: the UI shows the learner list
    SigningIn,        // a sign-in is running on the worker
    SignedIn,
};

struct SessionState {
    SessionPhase phase = SessionPhase::Starting;
    ProgressScope scope;               // the signed-in learner and course (learner 0 when none)
    std::string learnerName;
    std::vector<LearnerInfo> learners; // most recently active first; for the learner list
    bool learnersLoaded = false;
    std::string error;                 // the last sign-in that failed: what to do
    LearnerId pinRequired = 0;         // a chosen learner who has a PIN: ask for it (ProfileService)
    uint64_t serial = 0;               // bumps on every change
};

class LearnerSession {
public:
    // `onChange` runs on the worker after every change (the shell posts an empty GLFW event).
    LearnerSession(ProgressStore& store, std::string courseId, std::function<void()> onChange = {});
    ~LearnerSession();  // finishes the task in progress
    LearnerSession(const LearnerSession&) = delete;
    LearnerSession& operator=(const LearnerSession&) = delete;

    void start(LearnerChoice choice);
    void signIn(LearnerId id);
    void signInByName(std::string name);  // creates the profile when there is none of that name
    // Back to the learner list (and the sitting ends). Save the signed-out learner's pending edits first (their
    // commands carry their scope, so a late one is still theirs, but the list is shown at once).
    void signOut();
    void refreshLearners();

    SessionState state() const;
    uint64_t serial() const;
    ProgressScope scope() const;
    // The signed-in learner's progress; null while nobody is signed in.
    std::shared_ptr<const ProgressSnapshot> snapshot() const;

    // Queues a command for `scope` (never blocks on disk).
    void submit(const ProgressScope& scope, ProgressCommand command) { m_store.submit(scope, std::move(command)); }
    ProgressStore& store() { return m_store; }
    const std::string& courseId() const { return m_courseId; }

    // Blocks until every request so far has been handled. Tests and the shell's close only.
    bool waitIdle(int timeoutMs);

private:
    friend class ProfileService;
    // After ProfileService checked the PIN (or that there is none): no gate.
    void signInChecked(LearnerId id);
    void post(std::function<void()> task);
    void beginSignIn(uint64_t& ticket);
    // Worker side. `checked`: the PIN was checked by ProfileService.
    void selectOnWorker(uint64_t ticket, LearnerId id, std::string name, bool checked);
    // Back to the list with `error`, asking for `pinFor`'s PIN when set.
    void refuseOnWorker(uint64_t ticket, std::string error, LearnerId pinFor);
    void loadLearnersOnWorker();
    void changed();
    // A sitting (cmi5 session) runs from a sign-in to the sign-out, the next sign-in or the
    // session's end: initialized and terminated statements with its duration around it.
    void openSitting(const ProgressScope& scope);
    void closeSitting();

    ProgressStore& m_store;
    const std::string m_courseId;
    std::function<void()> m_onChange;
    mutable std::mutex m_mutex;
    SessionState m_state;
    uint64_t m_ticket = 0;  // the latest sign-in or sign-out request: older results are dropped
    std::unique_ptr<SerialWorker> m_worker;
    struct Sitting {
        ProgressScope scope;
        std::string id;
        std::chrono::steady_clock::time_point began;
    };
    std::mutex m_sittingMutex;
    std::optional<Sitting> m_sitting;  // guarded by m_sittingMutex
};

} // namespace lectern::session
