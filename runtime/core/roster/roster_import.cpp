// Index
//   [SECTION] Plan: what each row would change
//   [SECTION] Apply: one transaction
#include "roster/roster_import.h"

#include "i18n/tr.h"

#include "session/profile_auth.h"
#include "store/learner_repository.h"
#include "store/pin_repository.h"
#include "store/session_repository.h"
#include "store/store_clock.h"
#include "store/store_connection.h"

#include <nlohmann/json.hpp>
#include <sodium.h>

namespace lectern::roster {

using store::StoreError;
using store::StoreErrorCode;
using store::StoreStatus;

std::string ImportSummary::line() const {
    // Shown in facilitator mode's roster panel ("Imported: %s"): translated.
    return formatText(tr("%d new, %d updated, %d unchanged"), added, updated, unchanged);
}

//-----------------------------------------------------------------------------
// [SECTION] Plan: what each row would change
//-----------------------------------------------------------------------------

namespace {

struct Planned {
    const RosterEntry* entry = nullptr;
    LearnerId learner = 0;  // 0: new
    bool changesProfile = false;
    bool setsPin = false;
    std::string pinHash;    // filled before the transaction
    bool joinsSession = false;
};

} // namespace

store::StoreResult<ImportSummary> importRoster(store::SqliteDb& db, const Roster& roster, const ImportOptions& options) {
    if (!roster.ok()) return StoreError{StoreErrorCode::Internal, "The roster has errors; nothing was imported."};
    const bool withSession = !options.sessionName.empty();

    store::LearnerRepository learners(db);
    store::PinRepository pins(db);
    store::SessionRepository sessions(db);
    std::optional<store::OnboardingSession> session;
    if (withSession) {
        auto found = sessions.find(options.sessionName, options.sessionDay);
        if (!found) return found.error();
        session = *found;
    }

    ImportSummary summary;
    std::vector<Planned> plan;
    for (const RosterEntry& e : roster.entries) {
        Planned p;
        p.entry = &e;
        auto existing = learners.findByExternalId(e.externalId);
        if (!existing) return existing.error();
        if (*existing) {
            const store::LearnerProfile& l = **existing;
            p.learner = l.id;
            p.changesProfile = l.displayName() != e.fullName || l.group != e.group;
            if (e.pinCell == PinCell::Set) {
                auto record = pins.load(store::PinOwner::of(l.id));
                if (!record) return record.error();
                // The same PIN again is no change (checked against the hash: slow, but a
                // re-import must not touch anything).
                session::Pin pin = session::Pin::fromDigits(e.pin);
                p.setsPin = !record->exists || !session::pinMatches(pin, record->hash);
            }
            if (session) {
                auto member = sessions.isMember(session->id, l.id);
                if (!member) return member.error();
                p.joinsSession = !*member;
            } else {
                p.joinsSession = withSession;  // the session is created by this import
            }
        } else {
            p.changesProfile = true;
            p.setsPin = e.pinCell == PinCell::Set;
            p.joinsSession = withSession;
        }
        if (p.learner == 0)
            ++summary.added;
        else if (p.changesProfile || p.setsPin)
            ++summary.updated;
        else
            ++summary.unchanged;
        if (p.joinsSession) ++summary.joinedSession;
        plan.push_back(std::move(p));
    }
    if (options.dryRun) return summary;

    //-------------------------------------------------------------------------
    // [SECTION] Apply: one transaction
    //-------------------------------------------------------------------------

    // Hashing is slow (argon2id): done before the write lock is taken.
    for (Planned& p : plan) {
        if (!p.setsPin) continue;
        session::Pin pin = session::Pin::fromDigits(p.entry->pin);
        std::optional<std::string> hash = session::hashPin(pin);
        if (!hash)
            return StoreError{StoreErrorCode::Internal,
                              "This computer could not set aside the memory needed to protect the PINs; nothing was "
                              "imported. Close other programs and try again."};
        p.pinHash = std::move(*hash);
    }

    const int64_t now = store::nowMs();
    store::ProfileEventRepository events(db);
    StoreStatus applied = store::inTransaction(db, [&]() -> StoreStatus {
        int64_t sessionId = session ? session->id : 0;
        if (withSession && sessionId == 0) {
            auto created = sessions.findOrCreate(options.sessionName, options.sessionDay, now);
            if (!created) return created.error();
            sessionId = *created;
        }
        for (Planned& p : plan) {
            const RosterEntry& e = *p.entry;
            if (p.learner == 0) {
                auto id = learners.create({e.fullName, e.group, e.externalId}, now);
                if (!id) {
                    if (id.error().code == StoreErrorCode::Internal)
                        return StoreError{StoreErrorCode::Internal,
                                          roster.file + ":" + std::to_string(e.row) + ": " + id.error().message +
                                              " (did another import add this external_id meanwhile? Import again.)"};
                    return id.error();
                }
                p.learner = *id;
                auto ev = events.append(store::ProfileEventKind::Created, options.actor, p.learner, now,
                                        nlohmann::json{{"source", "roster"}}.dump());
                if (!ev) return ev.error();
            } else if (p.changesProfile) {
                if (StoreStatus s = learners.update(p.learner, e.fullName, e.group); !s) return s;
                auto ev = events.append(store::ProfileEventKind::Updated, options.actor, p.learner, now,
                                        nlohmann::json{{"source", "roster"}}.dump());
                if (!ev) return ev.error();
            }
            if (p.setsPin) {
                if (StoreStatus s = pins.saveHash(store::PinOwner::of(p.learner), p.pinHash, now); !s) return s;
                auto ev = events.append(store::ProfileEventKind::PinSet, options.actor, p.learner, now,
                                        nlohmann::json{{"source", "roster"}}.dump());
                if (!ev) return ev.error();
            }
            if (sessionId != 0) {
                auto added = sessions.addMember(sessionId, p.learner, now);
                if (!added) return added.error();
                if (*added) {
                    auto ev = events.append(store::ProfileEventKind::JoinedSession, options.actor, p.learner, now,
                                            nlohmann::json{{"session", options.sessionName}, {"day", options.sessionDay}}.dump());
                    if (!ev) return ev.error();
                }
            }
        }
        return store::done();
    });
    for (Planned& p : plan)
        if (!p.pinHash.empty()) sodium_memzero(p.pinHash.data(), p.pinHash.size());
    if (!applied) return applied.error();
    return summary;
}

} // namespace lectern::roster
