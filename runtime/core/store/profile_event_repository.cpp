#include "store/profile_event_repository.h"

#include "store/statements.h"
#include "store/store_connection.h"
#include "store/uuid.h"

#include <sqlite3.h>

namespace lectern::store {

const char* profileEventKindName(ProfileEventKind kind) {
    switch (kind) {
    case ProfileEventKind::Created: return "created";
    case ProfileEventKind::Updated: return "updated";
    case ProfileEventKind::Archived: return "archived";
    case ProfileEventKind::Restored: return "restored";
    case ProfileEventKind::PinSet: return "pin_set";
    case ProfileEventKind::PinReset: return "pin_reset";
    case ProfileEventKind::PinRehashed: return "pin_rehashed";
    case ProfileEventKind::FacilitatorPinSet: return "facilitator_pin_set";
    case ProfileEventKind::JoinedSession: return "joined_session";
    case ProfileEventKind::ReflectionShared: return "reflection_shared";
    case ProfileEventKind::ReflectionUnshared: return "reflection_unshared";
    case ProfileEventKind::CertificateIssued: return "certificate_issued";
    }
    return "unknown";
}

const char* actorName(Actor actor) {
    switch (actor) {
    case Actor::Learner: return "learner";
    case Actor::Facilitator: return "facilitator";
    case Actor::CommandLine: return "command_line";
    }
    return "unknown";
}

StoreResult<int64_t> ProfileEventRepository::append(ProfileEventKind kind, Actor actor, LearnerId learner, int64_t nowMs,
                                                     const std::string& detailJson, const std::string& courseId,
                                                     const std::string& moduleId, const std::string& itemId) {
    SqliteStmt s(m_db, statementIn("profiles.sql", "insert_profile_event"));
    s.bind(1, makeUuidV4());
    if (learner == 0) s.bindNull(2); else s.bind(2, learner);
    s.bind(3, std::string_view(profileEventKindName(kind))).bind(4, std::string_view(actorName(actor)));
    s.bind(5, courseId).bind(6, moduleId).bind(7, itemId).bind(8, detailJson).bind(9, nowMs);
    if (s.step() != SQLITE_DONE) return lastError(m_db, "Could not record what changed");
    return m_db.lastInsertRowId();
}

StoreResult<std::vector<ProfileEvent>> ProfileEventRepository::list(LearnerId learner) {
    SqliteStmt s(m_db, statementIn("profiles.sql", "list_profile_events"));
    s.bind(1, learner);
    std::vector<ProfileEvent> out;
    int rc;
    while ((rc = s.step()) == SQLITE_ROW) {
        ProfileEvent e;
        e.seq = s.columnInt(0);
        e.uuid = s.columnText(1);
        e.learner = s.columnInt(2);
        e.kind = s.columnText(3);
        e.actor = s.columnText(4);
        e.courseId = s.columnText(5);
        e.moduleId = s.columnText(6);
        e.itemId = s.columnText(7);
        e.detailJson = s.columnText(8);
        e.timeMs = s.columnInt(9);
        out.push_back(std::move(e));
    }
    if (rc != SQLITE_DONE) return lastError(m_db, "Could not read the profile events");
    return out;
}

} // namespace lectern::store
