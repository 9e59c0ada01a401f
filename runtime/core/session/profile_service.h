// ProfileService: the asynchronous door of the start screen, the PIN entry and facilitator
// mode. Every call returns at once; the work (SQLite, argon2id hashing) runs on the service's
// own worker, and the result shows in state() (serial bumps; onChange wakes the event loop),
// like LearnerSession. The UI thread never waits on it.
//
// The start screen:                 state().profiles (active learners; of one session when
//                                   showOnlySession() is set), grouped by the UI and filtered
//                                   with matchesQuery(state().keys[i], queryWords(typed))
// Sign-in:  signIn(id, {})          a name was chosen: phase EnterPin (or Waiting) when the
//                                   learner has a PIN, ChoosePin when not; nothing counted.
//           signIn(id, pin)         checks the PIN (phase Checking → SignedIn, or WrongPin /
//                                   Waiting with auth.waitUntilMs); on a right PIN it calls
//                                   LearnerSession::signIn(id). A learner without a PIN:
//                                   signIn(id, {}) → phase ChoosePin; then setOwnPin(id, pin)
//                                   or skipPin(id) (signs in without one).
// Sign-out: LearnerSession::signOut(), then refresh().
// Facilitator mode:                 state().facilitator.pinSet false → setFacilitatorPin(pin);
//                                   enterFacilitatorMode(pin) → facilitator.active; the
//                                   facilitator-only calls below are refused (an error in
//                                   state().message) unless it is active.
// Reflections:                      setReflectionShared(scope, module, reflection, on) by the
//                                   signed-in learner; sharedReflections in the state.
//
// Messages in state().message are sentences for the screen; none contains a PIN or a digit.
#pragma once
#include "roster/roster_import.h"
#include "session/name_filter.h"
#include "session/pin.h"
#include "store/learner_repository.h"
#include "store/reflection_sharing_repository.h"
#include "store/session_repository.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <set>
#include <string>
#include <vector>

namespace lectern::session {

class LearnerSession;
class SerialWorker;

enum class AuthPhase {
    Idle,       // nothing asked
    EnterPin,   // signIn(id, {}) found a PIN: ask for it, then signIn(id, pin)
    Checking,   // a PIN is being checked (show "Checking…"; takes about a tenth of a second)
    WrongPin,   // auth.attemptsBeforeWait left before a wait
    Waiting,    // auth.waitUntilMs: count down, then let them try again
    ChoosePin,  // the learner has no PIN: offer to set one (or skip)
    SignedIn,   // handed to LearnerSession::signIn
    Failed,     // message says why (database error)
};

struct AuthState {
    AuthPhase phase = AuthPhase::Idle;
    LearnerId learner = 0;        // whom the phase is about
    int attemptsBeforeWait = 0;
    int64_t waitUntilMs = 0;      // epoch ms
};

struct FacilitatorState {
    bool pinSet = false;          // false: facilitator mode asks to set the PIN first
    bool active = false;          // facilitator mode is open
    AuthPhase phase = AuthPhase::Idle;  // of entering the mode (Checking, WrongPin, Waiting)
    int attemptsBeforeWait = 0;
    int64_t waitUntilMs = 0;
};

struct ProfileState {
    bool loaded = false;
    std::vector<store::LearnerProfile> profiles;         // active (of the shown session, if any)
    std::vector<NameKey> keys;                           // keys[i]: profiles[i]'s display name, folded
    std::vector<store::LearnerProfile> archived;         // facilitator mode only
    std::vector<store::OnboardingSession> sessions;      // newest first
    int64_t shownSession = 0;                            // 0: every learner of the machine
    bool allowNewLearners = true;                        // the shared setting
    bool showTodaysSessionOnly = false;                  // the shared setting
    std::string todaysSession;                           // its name, when it applies now
    AuthState auth;
    FacilitatorState facilitator;
    std::set<store::ReflectionKey> sharedReflections;    // the signed-in learner's, this course
    roster::ImportSummary lastImport;                    // after importRoster
    std::vector<std::string> importErrors;               // "FILE:ROW: error: WHAT"
    std::string message;                                 // the last failure, for the screen
    uint64_t serial = 0;
};

class ProfileService {
public:
    // `dbPath`: the database the ProgressStore opened (and migrated). `learners` signs in.
    ProfileService(std::string dbPath, LearnerSession& learners, std::function<void()> onChange = {});
    ~ProfileService();  // finishes the task in progress
    ProfileService(const ProfileService&) = delete;
    ProfileService& operator=(const ProfileService&) = delete;

    ProfileState state() const;
    uint64_t serial() const;
    const std::string& dbPath() const { return m_dbPath; }

    // The start screen.
    void refresh();
    void showOnlySession(int64_t sessionId);  // 0: every learner
    void signIn(LearnerId learner, Pin pin);   // an empty Pin: "this learner has none"
    void setOwnPin(LearnerId learner, Pin pin); // after ChoosePin; then signs in
    void skipPin(LearnerId learner);            // after ChoosePin; signs in without one
    void createLearner(std::string fullName, std::string group);  // when allowNewLearners
    // The start screen's "New learner": creates them (when allowNewLearners) and goes on as
    // signIn(id, {}) would for a learner without a PIN (phase ChoosePin, auth.learner the new id).
    void startNewLearner(std::string fullName);

    // The signed-in learner's reflections (every change is an event).
    void setReflectionShared(ProgressScope scope, std::string moduleId, std::string reflectionId, bool shared);
    // Loads sharedReflections for `scope` (the learner signed in without a PIN check here).
    void loadSharedReflections(ProgressScope scope);

    // Facilitator mode.
    void setFacilitatorPin(Pin pin);      // only while none is set (the command line can always)
    void enterFacilitatorMode(Pin pin);
    void leaveFacilitatorMode();
    void resetLearnerPin(LearnerId learner, Pin newPin);  // an empty Pin: none (set at next sign-in)
    void archive(LearnerId learner);
    void restore(LearnerId learner);
    void updateLearner(LearnerId learner, std::string fullName, std::string group);
    void setAllowNewLearners(bool allow);
    void setShowTodaysSessionOnly(bool only);
    void importRoster(std::string csvPath, roster::ImportOptions options);

    // Blocks until every request so far has been handled. Tests and the shell's close only.
    bool waitIdle(int timeoutMs);

private:
    struct Worker;
    void post(std::function<void(Worker&)> task);
    void publish(const std::function<void(ProfileState&)>& change);

    const std::string m_dbPath;
    LearnerSession& m_learners;
    std::function<void()> m_onChange;
    mutable std::mutex m_mutex;
    ProfileState m_state;
    std::unique_ptr<Worker> m_workerState;  // the connection; touched on the worker only
    std::unique_ptr<SerialWorker> m_worker;
};

} // namespace lectern::session
