// LearnerRepository: the learners table as profiles (schema v6): names, group, external id,
// archive/restore. Runs on the caller's thread against an open connection: never the UI thread
// (every entry point asserts it). The UI reaches it through session/profile_service.h.
// PINs are not here (store/pin_repository.h); what happened is recorded by the caller in
// store/profile_event_repository.h, in the same transaction.
#pragma once
#include "store/progress.h"
#include "store/sqlite_db.h"
#include "store/store_error.h"

#include <optional>
#include <string>
#include <vector>

namespace lectern::store {

struct LearnerProfile {
    LearnerId id = 0;
    std::string uuid;
    std::string name;        // the unique profile name (learners.name): --learner, reports
    std::string fullName;    // as given (a roster's full_name); may repeat between learners
    std::string externalId;  // empty: none
    std::string group;       // empty: none
    bool hasPin = false;
    int64_t archivedMs = 0;  // 0: active
    int64_t lastActivityMs = 0;
    int64_t createdMs = 0;
    // The facilitator reset the PIN and none was chosen since: the next sign-in must choose one.
    bool pinResetPending = false;

    // What the start screen shows: the full name, else the profile name.
    const std::string& displayName() const { return fullName.empty() ? name : fullName; }
    bool archived() const { return archivedMs != 0; }
};

struct LearnerFilter {
    bool includeArchived = false;
    bool onlyArchived = false;  // the facilitator's "restore" list
    int64_t sessionId = 0;      // 0: every learner; else only that session's members
};

struct NewLearner {
    std::string fullName;    // required (any text: stored as given, never evaluated)
    std::string group;
    std::string externalId;  // empty: none; else unique
};

class LearnerRepository {
public:
    explicit LearnerRepository(SqliteDb& db) : m_db(db) {}

    // Sorted by group, then display name (byte order; the UI sorts for the reader's language).
    StoreResult<std::vector<LearnerProfile>> list(const LearnerFilter& filter = {});
    StoreResult<std::optional<LearnerProfile>> find(LearnerId id);
    StoreResult<std::optional<LearnerProfile>> findByExternalId(const std::string& externalId);
    StoreResult<std::optional<LearnerProfile>> findByName(const std::string& name);  // the profile name

    // A new active learner. The profile name is the full name, or "full name (external id)"
    // (then "... 2", "... 3") when another learner already has it.
    StoreResult<LearnerId> create(const NewLearner& learner, int64_t nowMs);
    // A new full name (the profile name follows it when free) and/or group.
    StoreStatus update(LearnerId id, const std::string& fullName, const std::string& group);
    // Archived learners leave the lists; every record stays. restore() brings them back.
    StoreStatus archive(LearnerId id, int64_t nowMs);
    StoreStatus restore(LearnerId id);

private:
    StoreResult<std::string> freeProfileName(const std::string& fullName, const std::string& externalId, LearnerId self);
    StoreError failure(const char* what) const;

    SqliteDb& m_db;
};

} // namespace lectern::store
