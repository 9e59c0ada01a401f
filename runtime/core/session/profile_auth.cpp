// Index
//   [SECTION] Hashing (libsodium argon2id)
//   [SECTION] Checking a PIN, with the lockout
//   [SECTION] Setting and resetting PINs
#include "session/profile_auth.h"

#include "i18n/tr.h"
#include "store/store_clock.h"
#include "store/store_connection.h"

#include <algorithm>
#include <atomic>
#include <sodium.h>

namespace lectern::session {

using store::PinOwner;
using store::PinRecord;
using store::StoreError;
using store::StoreErrorCode;
using store::StoreStatus;

//-----------------------------------------------------------------------------
// [SECTION] Hashing (libsodium argon2id)
//-----------------------------------------------------------------------------

namespace {

bool sodiumReady() {
    static const bool ready = sodium_init() >= 0;
    return ready;
}

// The memory limit hashes are made with now: INTERACTIVE until an allocation failed, then
// the lower limit that worked (so a hash made with it is not renewed at every sign-in).
std::atomic<size_t>& achievableMemLimit() {
    static std::atomic<size_t> limit{crypto_pwhash_MEMLIMIT_INTERACTIVE};
    return limit;
}

} // namespace

int64_t waitAfterFailures(int failures) {
    if (failures <= kFreeAttempts) return 0;
    int64_t wait = kFirstWaitMs;
    for (int i = kFreeAttempts + 1; i < failures && wait < kLongestWaitMs; ++i) wait *= 2;
    return std::min(wait, kLongestWaitMs);
}

PinHashLimits preferredPinLimits() { return {crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE}; }

std::optional<std::string> hashPin(const Pin& pin, PinHashLimits* usedLimits) {
    if (!sodiumReady() || !pin.valid()) return std::nullopt;
    char out[crypto_pwhash_STRBYTES];
    const unsigned long long ops = crypto_pwhash_OPSLIMIT_INTERACTIVE;
    for (size_t mem = achievableMemLimit().load(); mem >= crypto_pwhash_MEMLIMIT_MIN; mem /= 2) {
        if (crypto_pwhash_str(out, pin.data(), pin.size(), ops, mem) == 0) {
            achievableMemLimit().store(mem);
            if (usedLimits) *usedLimits = {ops, mem};
            return std::string(out);
        }
    }
    return std::nullopt;
}

std::optional<std::string> hashPinWithLimits(const Pin& pin, PinHashLimits limits) {
    if (!sodiumReady() || !pin.valid()) return std::nullopt;
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, pin.data(), pin.size(), limits.opsLimit, limits.memLimit) != 0) return std::nullopt;
    return std::string(out);
}

bool pinMatches(const Pin& pin, const std::string& hash) {
    if (!sodiumReady() || !pin.valid() || hash.empty()) return false;
    return crypto_pwhash_str_verify(hash.c_str(), pin.data(), pin.size()) == 0;
}

bool pinNeedsRehash(const std::string& hash) {
    if (!sodiumReady()) return false;
    // != 0: other limits (1) or not an argon2id string this libsodium reads (-1).
    return crypto_pwhash_str_needs_rehash(hash.c_str(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                                          achievableMemLimit().load()) != 0;
}

//-----------------------------------------------------------------------------
// [SECTION] Checking a PIN, with the lockout
//-----------------------------------------------------------------------------

ProfileAuth::ProfileAuth(store::SqliteDb& db, std::function<int64_t()> clock)
    : m_db(db), m_clock(clock ? std::move(clock) : std::function<int64_t()>([] { return store::nowMs(); })) {}

namespace {

// The end of the wait a record stands for at `now`: never longer than its rule allows, so a
// clock set back does not lock anyone out for days.
int64_t waitEnd(const PinRecord& r, int64_t now) {
    if (r.lockedUntilMs <= now) return 0;
    return std::min(r.lockedUntilMs, now + waitAfterFailures(r.failures));
}

PinCheck failed(StoreError e) {
    PinCheck c;
    c.outcome = PinOutcome::Failed;
    c.error = std::move(e);
    return c;
}

} // namespace

PinCheck ProfileAuth::check(PinOwner owner, const Pin& pin) {
    store::PinRepository pins(m_db);
    auto record = pins.load(owner);
    if (!record) return failed(record.error());
    PinCheck result;
    if (!record->exists) {
        result.outcome = PinOutcome::NoPinSet;
        return result;
    }
    if (int64_t until = waitEnd(*record, m_clock()); until != 0) {
        result.outcome = PinOutcome::Waiting;
        result.waitUntilMs = until;
        return result;
    }
    // The slow part runs outside any transaction; the count is then updated from what is on
    // disk by then (another process may have counted a wrong PIN meanwhile).
    const bool right = pinMatches(pin, record->hash);
    const bool renew = right && pinNeedsRehash(record->hash);
    std::optional<std::string> renewed = renew ? hashPin(pin) : std::nullopt;

    StoreStatus saved = store::inTransaction(m_db, [&]() -> StoreStatus {
        auto now = pins.load(owner);
        if (!now) return now.error();
        const int64_t t = m_clock();
        if (right) {
            result.outcome = PinOutcome::Right;
            if (renewed) {
                if (StoreStatus s = pins.saveHash(owner, *renewed, t); !s) return s;
                store::ProfileEventRepository events(m_db);
                auto e = events.append(store::ProfileEventKind::PinRehashed, store::Actor::Learner, owner.learner, t);
                if (!e) return e.error();
                result.rehashed = true;
            } else if (now->failures != 0 || now->lockedUntilMs != 0) {
                return pins.saveFailures(owner, 0, 0);
            }
            return store::done();
        }
        const int failures = now->failures + 1;
        const int64_t wait = waitAfterFailures(failures);
        result.outcome = PinOutcome::Wrong;
        result.attemptsBeforeWait = std::max(0, kFreeAttempts + 1 - failures);
        result.waitUntilMs = wait ? t + wait : 0;
        return pins.saveFailures(owner, failures, result.waitUntilMs);
    });
    if (!saved) return failed(saved.error());
    return result;
}

PinCheck ProfileAuth::checkLearnerPin(LearnerId learner, const Pin& pin) {
    if (learner <= 0) return failed({StoreErrorCode::NotFound, tr("There is no such learner.")});
    return check(PinOwner::of(learner), pin);
}

PinCheck ProfileAuth::checkFacilitatorPin(const Pin& pin) { return check(PinOwner::facilitator(), pin); }

store::StoreResult<int64_t> ProfileAuth::learnerWaitUntil(LearnerId learner) {
    store::PinRepository pins(m_db);
    auto record = pins.load(PinOwner::of(learner));
    if (!record) return record.error();
    return waitEnd(*record, m_clock());
}

store::StoreResult<bool> ProfileAuth::facilitatorPinSet() {
    store::PinRepository pins(m_db);
    auto record = pins.load(PinOwner::facilitator());
    if (!record) return record.error();
    return record->exists;
}

//-----------------------------------------------------------------------------
// [SECTION] Setting and resetting PINs
//-----------------------------------------------------------------------------

namespace {
StoreError notAPin() {
    return {StoreErrorCode::Internal, tr("A PIN is 4 to 6 digits (0 to 9).")};
}
StoreError cannotHash() {
    return {StoreErrorCode::Internal,
            tr("This computer could not set aside the memory needed to protect the PIN. Close other programs and try "
               "again.")};
}
} // namespace

StoreStatus ProfileAuth::storeHash(PinOwner owner, const Pin& pin, store::ProfileEventKind kind, store::Actor actor) {
    if (!pin.valid()) return notAPin();
    std::optional<std::string> hash = hashPin(pin);
    if (!hash) return cannotHash();
    return store::inTransaction(m_db, [&]() -> StoreStatus {
        const int64_t t = m_clock();
        store::PinRepository pins(m_db);
        if (StoreStatus s = pins.saveHash(owner, *hash, t); !s) return s;
        store::ProfileEventRepository events(m_db);
        auto e = events.append(kind, actor, owner.learner, t, kind == store::ProfileEventKind::PinReset ? R"({"pin":"new"})" : "{}");
        if (!e) return e.error();
        return store::done();
    });
}

StoreStatus ProfileAuth::setLearnerPin(LearnerId learner, const Pin& pin, store::Actor actor) {
    return storeHash(PinOwner::of(learner), pin, store::ProfileEventKind::PinSet, actor);
}

StoreStatus ProfileAuth::resetLearnerPin(LearnerId learner, const Pin* newPin) {
    if (newPin) return storeHash(PinOwner::of(learner), *newPin, store::ProfileEventKind::PinReset, store::Actor::Facilitator);
    return store::inTransaction(m_db, [&]() -> StoreStatus {
        const int64_t t = m_clock();
        store::PinRepository pins(m_db);
        if (StoreStatus s = pins.saveHash(PinOwner::of(learner), "", t); !s) return s;
        store::ProfileEventRepository events(m_db);
        auto e = events.append(store::ProfileEventKind::PinReset, store::Actor::Facilitator, learner, t, R"({"pin":"none"})");
        if (!e) return e.error();
        return store::done();
    });
}

StoreStatus ProfileAuth::setFacilitatorPin(const Pin& pin, store::Actor actor) {
    return storeHash(PinOwner::facilitator(), pin, store::ProfileEventKind::FacilitatorPinSet, actor);
}

} // namespace lectern::session
