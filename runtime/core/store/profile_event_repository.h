// ProfileEventRepository: the append-only log of what happened to profiles and privacy
// (profile_events, schema v6): created, updated, archived, restored, PIN set or reset,
// facilitator PIN set, reflection shared or unshared. Callers append in the same transaction
// as the change. `detail` is JSON the caller builds; it never holds a PIN, hash or digit.
#pragma once
#include "store/progress.h"
#include "store/sqlite_db.h"
#include "store/store_error.h"

#include <string>
#include <vector>

namespace lectern::store {

enum class ProfileEventKind {
    Created, Updated, Archived, Restored,
    PinSet,             // by the learner (first sign-in, change) or by a roster
    PinReset,           // by the facilitator: a new PIN or none
    PinRehashed,        // the hash was renewed at sign-in (new limits)
    FacilitatorPinSet,
    JoinedSession,
    ReflectionShared, ReflectionUnshared,
    CertificateIssued,  // detail {"code": ...}; the certificate is in certificates (schema v7)
};
const char* profileEventKindName(ProfileEventKind kind);  // "pin_reset", ...

enum class Actor { Learner, Facilitator, CommandLine };
const char* actorName(Actor actor);  // "learner", "facilitator", "command_line"

struct ProfileEvent {
    int64_t seq = 0;
    std::string uuid;
    LearnerId learner = 0;  // 0: the facilitator's own PIN
    std::string kind;
    std::string actor;
    std::string courseId, moduleId, itemId;  // a reflection's, when shared or unshared
    std::string detailJson = "{}";
    int64_t timeMs = 0;
};

class ProfileEventRepository {
public:
    explicit ProfileEventRepository(SqliteDb& db) : m_db(db) {}

    // Returns the new event's seq.
    StoreResult<int64_t> append(ProfileEventKind kind, Actor actor, LearnerId learner, int64_t nowMs,
                                const std::string& detailJson = "{}", const std::string& courseId = {},
                                const std::string& moduleId = {}, const std::string& itemId = {});
    // Oldest first; learner 0: every event.
    StoreResult<std::vector<ProfileEvent>> list(LearnerId learner = 0);

private:
    SqliteDb& m_db;
};

} // namespace lectern::store
