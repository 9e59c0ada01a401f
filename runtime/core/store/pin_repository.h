// PinRepository: where PIN hashes and lockouts are kept, for a learner (columns of learners)
// and for the facilitator (the one-row facilitator table). Only hashes pass through here
// (argon2id strings from session/profile_auth.h), never a PIN. Off the UI thread.
#pragma once
#include "store/progress.h"
#include "store/sqlite_db.h"
#include "store/store_error.h"

#include <string>

namespace lectern::store {

// Whose PIN: a learner (id > 0) or the facilitator (id 0).
struct PinOwner {
    LearnerId learner = 0;
    static PinOwner facilitator() { return {}; }
    static PinOwner of(LearnerId id) { return {id}; }
    bool isFacilitator() const { return learner == 0; }
};

struct PinRecord {
    bool exists = false;          // false: the learner has no PIN / the facilitator PIN was never set
    std::string hash;             // crypto_pwhash_str output ("$argon2id$v=19$m=...")
    int failures = 0;             // wrong PINs since the last right one
    int64_t lockedUntilMs = 0;    // epoch ms; 0: no wait
};

class PinRepository {
public:
    explicit PinRepository(SqliteDb& db) : m_db(db) {}

    // NotFound when the learner does not exist (a missing PIN is exists = false).
    StoreResult<PinRecord> load(PinOwner owner);
    // Writes the hash (empty: removes the PIN) and resets failures and the wait.
    StoreStatus saveHash(PinOwner owner, const std::string& hash, int64_t nowMs);
    // Writes failures and the end of the wait only.
    StoreStatus saveFailures(PinOwner owner, int failures, int64_t lockedUntilMs);

private:
    SqliteDb& m_db;
};

} // namespace lectern::store
