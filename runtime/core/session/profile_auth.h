// ProfileAuth: PIN checks for learners and the facilitator (synchronous: call it on a worker,
// never on the UI thread; session/profile_service.h is the asynchronous door the UI uses).
//
// A PIN is stored only as an argon2id hash (libsodium crypto_pwhash_str) at
// OPSLIMIT_INTERACTIVE / MEMLIMIT_INTERACTIVE; when the machine cannot allocate that memory
// the limit is halved down to MEMLIMIT_MIN. A hash made with other limits is renewed on the
// next right PIN (crypto_pwhash_str_needs_rehash).
//
// Lockout: wrong PINs 1 to 4 cost nothing; the 5th starts a 30 s wait, every further wrong
// PIN doubles it (60 s, 120 s, ... at most 1 hour). A right PIN ends it. The count and the
// end of the wait are in the database, so closing the app does not shorten the wait. While a
// wait runs the PIN is not even checked. A wait longer than its rule allows (the clock was set
// back) is shortened to the rule.
//
// Nothing here logs. A PIN lives only in a Pin (wiped on destruction); the hash input buffer
// inside libsodium is its own.
#pragma once
#include "session/pin.h"
#include "store/pin_repository.h"
#include "store/profile_event_repository.h"
#include "store/sqlite_db.h"
#include "store/store_error.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>

namespace lectern::session {

constexpr int kFreeAttempts = 4;               // wrong PINs before the first wait
constexpr int64_t kFirstWaitMs = 30'000;
constexpr int64_t kLongestWaitMs = 3'600'000;

// The wait after `failures` wrong PINs in a row (0 while failures < 5).
int64_t waitAfterFailures(int failures);

struct PinHashLimits {
    unsigned long long opsLimit = 0;
    size_t memLimit = 0;
};
// The limits new hashes are made with (INTERACTIVE), before any fallback.
PinHashLimits preferredPinLimits();

// The argon2id string for `pin` (the fallback to less memory included), or nullopt when even
// MEMLIMIT_MIN cannot be allocated. `usedLimits` (optional) tells which limits were used.
std::optional<std::string> hashPin(const Pin& pin, PinHashLimits* usedLimits = nullptr);
// The same at exactly `limits` (no fallback): tests and tests/bench/pin_bench.cpp.
std::optional<std::string> hashPinWithLimits(const Pin& pin, PinHashLimits limits);
bool pinMatches(const Pin& pin, const std::string& hash);
// True when `hash` was made with other limits than the preferred ones (or is not argon2id).
bool pinNeedsRehash(const std::string& hash);

enum class PinOutcome {
    Right,         // the PIN matched (or the learner has none: see noPinSet)
    Wrong,         // counted; attemptsBeforeWait says how many are left before a wait
    Waiting,       // a wait runs: not checked, not counted; waitUntilMs says until when
    NoPinSet,      // the learner (or facilitator) has no PIN: ask to set one
    Failed,        // the database or the hash could not be used: see error
};

struct PinCheck {
    PinOutcome outcome = PinOutcome::Failed;
    int64_t waitUntilMs = 0;      // Wrong (when this one started a wait) and Waiting
    int attemptsBeforeWait = 0;   // Wrong: wrong PINs left before a wait (0: a wait started)
    bool rehashed = false;        // Right: the stored hash was renewed
    store::StoreError error;      // Failed
};

class ProfileAuth {
public:
    // `clock`: epoch ms (tests move it); default util::nowMs.
    explicit ProfileAuth(store::SqliteDb& db, std::function<int64_t()> clock = {});

    // Learners.
    PinCheck checkLearnerPin(LearnerId learner, const Pin& pin);
    // The learner sets their own PIN (first sign-in, or a change after a right PIN).
    store::StoreStatus setLearnerPin(LearnerId learner, const Pin& pin, store::Actor actor);
    // The facilitator gives the learner a new PIN, or none (then the learner sets one at the
    // next sign-in); the wait ends. Recorded as a pin_reset event.
    store::StoreStatus resetLearnerPin(LearnerId learner, const Pin* newPin);
    // The wait a learner would see now (0: none).
    store::StoreResult<int64_t> learnerWaitUntil(LearnerId learner);

    // The facilitator.
    store::StoreResult<bool> facilitatorPinSet();
    store::StoreStatus setFacilitatorPin(const Pin& pin, store::Actor actor);
    PinCheck checkFacilitatorPin(const Pin& pin);

private:
    PinCheck check(store::PinOwner owner, const Pin& pin);
    store::StoreStatus storeHash(store::PinOwner owner, const Pin& pin, store::ProfileEventKind kind, store::Actor actor);

    store::SqliteDb& m_db;
    std::function<int64_t()> m_clock;
};

} // namespace lectern::session
