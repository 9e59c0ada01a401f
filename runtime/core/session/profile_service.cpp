// Index
//   [SECTION] Worker state and plumbing
//   [SECTION] Start screen and sign-in
//   [SECTION] Reflections
//   [SECTION] Facilitator mode
#include "session/profile_service.h"
#include "i18n/tr.h"

#include "roster/roster_file.h"
#include "session/learner_session.h"
#include "session/profile_auth.h"
#include "session/serial_worker.h"
#include "store/pin_repository.h"
#include "store/shared_settings_repository.h"
#include "store/store_clock.h"
#include "store/store_connection.h"
#include "util/time_format.h"

#include <optional>

namespace lectern::session {

using store::StoreStatus;

//-----------------------------------------------------------------------------
// [SECTION] Worker state and plumbing
//-----------------------------------------------------------------------------

// Touched on the worker thread only.
struct ProfileService::Worker {
    std::optional<store::SqliteDb> db;
    bool facilitatorActive = false;
    int64_t shownSession = 0;
    LearnerId sharedFor = 0;  // whose shared reflections the state holds
};

ProfileService::ProfileService(std::string dbPath, LearnerSession& learners, std::function<void()> onChange)
    : m_dbPath(std::move(dbPath)), m_learners(learners), m_onChange(std::move(onChange)),
      m_workerState(std::make_unique<Worker>()), m_worker(std::make_unique<SerialWorker>()) {}

ProfileService::~ProfileService() { m_worker.reset(); }

ProfileState ProfileService::state() const {
    std::lock_guard lock(m_mutex);
    return m_state;
}

uint64_t ProfileService::serial() const {
    std::lock_guard lock(m_mutex);
    return m_state.serial;
}

bool ProfileService::waitIdle(int timeoutMs) { return m_worker->waitIdle(timeoutMs); }

void ProfileService::publish(const std::function<void(ProfileState&)>& change) {
    {
        std::lock_guard lock(m_mutex);
        change(m_state);
        ++m_state.serial;
    }
    if (m_onChange) m_onChange();
}

namespace {

// Reloads what the start screen and facilitator mode show.
void reload(store::SqliteDb& db, bool facilitator, int64_t shownSession, ProfileState& s, std::string& error) {
    // "Today's session only": the learners of the session held today, when there is one
    // (facilitator mode always lists everybody).
    auto todayOnly = store::SharedSettingsRepository(db).flag(store::kShowTodaysSessionOnly, false);
    s.showTodaysSessionOnly = todayOnly && *todayOnly;
    int64_t listed = shownSession;
    if (!listed && s.showTodaysSessionOnly && !facilitator) {
        auto today = store::SessionRepository(db).onDay(util::localDateMinutes(util::nowMs()).substr(0, 10));
        if (today && !today->empty()) {
            listed = today->front().id;
            s.todaysSession = today->front().name;
        }
    }
    store::LearnerRepository learners(db);
    store::LearnerFilter filter;
    filter.sessionId = listed;
    auto active = learners.list(filter);
    auto archived = facilitator ? learners.list({false, true, 0}) : store::StoreResult<std::vector<store::LearnerProfile>>(
                                                                       std::vector<store::LearnerProfile>{});
    auto sessions = store::SessionRepository(db).list();
    auto allow = store::SharedSettingsRepository(db).flag(store::kAllowNewLearners, true);
    auto pinSet = ProfileAuth(db).facilitatorPinSet();
    if (!active || !archived || !sessions || !allow || !pinSet) {
        error = !active ? active.error().message : !archived ? archived.error().message
                : !sessions ? sessions.error().message : !allow ? allow.error().message : pinSet.error().message;
        return;
    }
    s.profiles = std::move(*active);
    s.keys.clear();
    for (const store::LearnerProfile& p : s.profiles) s.keys.push_back(nameKey(p.displayName()));
    s.archived = std::move(*archived);
    s.sessions = std::move(*sessions);
    s.shownSession = shownSession;
    s.allowNewLearners = *allow;
    s.facilitator.pinSet = *pinSet;
    s.facilitator.active = facilitator;
    s.loaded = true;
}

} // namespace

void ProfileService::post(std::function<void(Worker&)> task) {
    m_worker->post([this, task = std::move(task)] {
        Worker& w = *m_workerState;
        if (!w.db) {
            auto opened = store::openStoreConnection(m_dbPath);
            if (!opened) {
                publish([&](ProfileState& s) { s.message = opened.error().message; });
                return;
            }
            w.db.emplace(std::move(*opened));
        }
        task(w);
        ProfileState fresh;
        std::string error;
        reload(*w.db, w.facilitatorActive, w.shownSession, fresh, error);
        publish([&](ProfileState& s) {
            if (!error.empty()) {
                s.message = error;
                return;
            }
            s.loaded = true;
            s.profiles = std::move(fresh.profiles);
            s.keys = std::move(fresh.keys);
            s.archived = std::move(fresh.archived);
            s.sessions = std::move(fresh.sessions);
            s.shownSession = fresh.shownSession;
            s.allowNewLearners = fresh.allowNewLearners;
            s.showTodaysSessionOnly = fresh.showTodaysSessionOnly;
            s.todaysSession = fresh.todaysSession;
            s.facilitator.pinSet = fresh.facilitator.pinSet;
            s.facilitator.active = fresh.facilitator.active;
        });
    });
}

//-----------------------------------------------------------------------------
// [SECTION] Start screen and sign-in
//-----------------------------------------------------------------------------

void ProfileService::refresh() {
    post([](Worker&) {});
}

void ProfileService::showOnlySession(int64_t sessionId) {
    post([sessionId](Worker& w) { w.shownSession = sessionId; });
}

namespace {

void setAuth(ProfileState& s, AuthPhase phase, LearnerId learner, const PinCheck* check = nullptr) {
    s.auth = {};
    s.auth.phase = phase;
    s.auth.learner = learner;
    if (check) {
        s.auth.attemptsBeforeWait = check->attemptsBeforeWait;
        s.auth.waitUntilMs = check->waitUntilMs;
    }
}

} // namespace

void ProfileService::signIn(LearnerId learner, Pin pin) {
    const bool withPin = pin.size() > 0;
    publish([&](ProfileState& s) {
        setAuth(s, withPin ? AuthPhase::Checking : AuthPhase::Idle, learner);
        s.message.clear();
    });
    post([this, learner, pin = std::make_shared<Pin>(std::move(pin))](Worker& w) {
        store::LearnerRepository learners(*w.db);
        auto profile = learners.find(learner);
        if (!profile || !*profile || (*profile)->archived()) {
            publish([&](ProfileState& s) {
                setAuth(s, AuthPhase::Failed, learner);
                s.message = !profile ? profile.error().message : tr("This learner is not on the list any more.");
            });
            return;
        }
        ProfileAuth auth(*w.db);
        if (!(*profile)->hasPin) {
            publish([&](ProfileState& s) { setAuth(s, AuthPhase::ChoosePin, learner); });
            return;
        }
        if (pin->size() == 0) {
            auto wait = auth.learnerWaitUntil(learner);
            publish([&](ProfileState& s) {
                setAuth(s, wait && *wait ? AuthPhase::Waiting : AuthPhase::EnterPin, learner);
                if (wait) s.auth.waitUntilMs = *wait;
            });
            return;
        }
        PinCheck check = auth.checkLearnerPin(learner, *pin);
        AuthPhase phase = AuthPhase::Failed;
        switch (check.outcome) {
        case PinOutcome::Right: phase = AuthPhase::SignedIn; break;
        case PinOutcome::Wrong: phase = check.waitUntilMs ? AuthPhase::Waiting : AuthPhase::WrongPin; break;
        case PinOutcome::Waiting: phase = AuthPhase::Waiting; break;
        case PinOutcome::NoPinSet: phase = AuthPhase::ChoosePin; break;
        case PinOutcome::Failed: phase = AuthPhase::Failed; break;
        }
        if (phase == AuthPhase::SignedIn) {
            m_learners.signInChecked(learner);
            w.sharedFor = 0;
        }
        publish([&](ProfileState& s) {
            setAuth(s, phase, learner, &check);
            if (phase == AuthPhase::Failed) s.message = check.error.message;
            if (phase == AuthPhase::SignedIn) s.sharedReflections.clear();
        });
        if (phase == AuthPhase::SignedIn) {
            auto shared = store::ReflectionSharingRepository(*w.db).shared(learner, m_learners.courseId());
            if (shared) {
                w.sharedFor = learner;
                publish([&](ProfileState& s) { s.sharedReflections = std::move(*shared); });
            }
        }
    });
}

void ProfileService::setOwnPin(LearnerId learner, Pin pin) {
    publish([&](ProfileState& s) { setAuth(s, AuthPhase::Checking, learner); });
    post([this, learner, pin = std::make_shared<Pin>(std::move(pin))](Worker& w) {
        // Only a learner without a PIN sets one here: otherwise anyone could replace it.
        auto record = store::PinRepository(*w.db).load(store::PinOwner::of(learner));
        StoreStatus status = !record ? StoreStatus(record.error())
                             : record->exists
                                 ? StoreStatus(store::StoreError{store::StoreErrorCode::Internal,
                                                                 tr("This learner already has a PIN.")})
                                 : ProfileAuth(*w.db).setLearnerPin(learner, *pin, store::Actor::Learner);
        if (status) m_learners.signInChecked(learner);
        publish([&](ProfileState& s) {
            setAuth(s, status ? AuthPhase::SignedIn : AuthPhase::Failed, learner);
            if (!status) s.message = status.error().message;
            s.sharedReflections.clear();
        });
        w.sharedFor = status ? learner : 0;
    });
}

void ProfileService::skipPin(LearnerId learner) {
    post([this, learner](Worker& w) {
        auto record = store::PinRepository(*w.db).load(store::PinOwner::of(learner));
        auto profile = store::LearnerRepository(*w.db).find(learner);
        // After the facilitator's reset the learner must choose a new PIN: no skipping it.
        const bool resetPending = profile && *profile && (*profile)->pinResetPending;
        const bool free = record && !record->exists && !resetPending;
        if (free) m_learners.signInChecked(learner);
        publish([&](ProfileState& s) {
            setAuth(s, free ? AuthPhase::SignedIn : AuthPhase::Failed, learner);
            if (!free)
                s.message = !record        ? record.error().message
                            : resetPending ? tr("The facilitator reset this PIN: choose a new one to sign in.")
                                           : tr("This learner has a PIN: type it to sign in.");
            s.sharedReflections.clear();
        });
        w.sharedFor = free ? learner : 0;
        if (free) {
            auto shared = store::ReflectionSharingRepository(*w.db).shared(learner, m_learners.courseId());
            if (shared) publish([&](ProfileState& s) { s.sharedReflections = std::move(*shared); });
        }
    });
}

void ProfileService::createLearner(std::string fullName, std::string group) {
    post([this, fullName = std::move(fullName), group = std::move(group)](Worker& w) {
        auto allowed = store::SharedSettingsRepository(*w.db).flag(store::kAllowNewLearners, true);
        if (!w.facilitatorActive && (!allowed || !*allowed)) {
            publish([](ProfileState& s) { s.message = tr("Only the facilitator can add learners on this machine."); });
            return;
        }
        const store::Actor actor = w.facilitatorActive ? store::Actor::Facilitator : store::Actor::Learner;
        StoreStatus status = store::inTransaction(*w.db, [&]() -> StoreStatus {
            const int64_t now = store::nowMs();
            auto id = store::LearnerRepository(*w.db).create({fullName, group, ""}, now);
            if (!id) return id.error();
            auto e = store::ProfileEventRepository(*w.db).append(store::ProfileEventKind::Created, actor, *id, now);
            if (!e) return e.error();
            return store::done();
        });
        if (!status) publish([&](ProfileState& s) { s.message = status.error().message; });
    });
}

void ProfileService::startNewLearner(std::string fullName) {
    fullName.erase(0, fullName.find_first_not_of(" \t"));
    fullName.erase(fullName.find_last_not_of(" \t") + 1);
    publish([](ProfileState& s) {
        setAuth(s, AuthPhase::Checking, 0);
        s.message.clear();
    });
    post([this, fullName = std::move(fullName)](Worker& w) {
        auto allowed = store::SharedSettingsRepository(*w.db).flag(store::kAllowNewLearners, true);
        if (fullName.empty() || !allowed || !*allowed) {
            publish([&](ProfileState& s) {
                setAuth(s, AuthPhase::Failed, 0);
                s.message = fullName.empty() ? std::string(tr("Type your name first."))
                            : !allowed         ? allowed.error().message
                                               : std::string(tr("Only the facilitator can add learners on this machine."));
            });
            return;
        }
        LearnerId created = 0;
        StoreStatus status = store::inTransaction(*w.db, [&]() -> StoreStatus {
            const int64_t now = store::nowMs();
            auto id = store::LearnerRepository(*w.db).create({fullName, "", ""}, now);
            if (!id) return id.error();
            auto e = store::ProfileEventRepository(*w.db).append(store::ProfileEventKind::Created, store::Actor::Learner, *id, now);
            if (!e) return e.error();
            created = *id;
            return store::done();
        });
        publish([&](ProfileState& s) {
            setAuth(s, status ? AuthPhase::ChoosePin : AuthPhase::Failed, status ? created : 0);
            if (!status) s.message = status.error().message;
        });
    });
}

//-----------------------------------------------------------------------------
// [SECTION] Reflections
//-----------------------------------------------------------------------------

void ProfileService::setReflectionShared(ProgressScope scope, std::string moduleId, std::string reflectionId, bool shared) {
    post([this, scope = std::move(scope), moduleId = std::move(moduleId), reflectionId = std::move(reflectionId),
          shared](Worker& w) {
        // Only the signed-in learner shares their own reflections.
        if (!scope.valid() || m_learners.scope().learner != scope.learner) {
            publish([](ProfileState& s) { s.message = tr("Sign in to share your reflections."); });
            return;
        }
        store::ReflectionSharingRepository sharing(*w.db);
        auto changed = sharing.setShared(scope.learner, {scope.courseId, moduleId, reflectionId}, shared, store::nowMs());
        auto now = sharing.shared(scope.learner, scope.courseId);
        publish([&](ProfileState& s) {
            if (!changed) s.message = changed.error().message;
            if (now) s.sharedReflections = std::move(*now);
        });
    });
}

void ProfileService::loadSharedReflections(ProgressScope scope) {
    post([this, scope = std::move(scope)](Worker& w) {
        if (!scope.valid()) return;
        auto shared = store::ReflectionSharingRepository(*w.db).shared(scope.learner, scope.courseId);
        w.sharedFor = scope.learner;
        publish([&](ProfileState& s) {
            if (shared) s.sharedReflections = std::move(*shared);
            else s.message = shared.error().message;
        });
    });
}

//-----------------------------------------------------------------------------
// [SECTION] Facilitator mode
//-----------------------------------------------------------------------------

namespace {
// Translated where used (a message shown on screen).
const char* kFacilitatorOnly = N_("Open facilitator mode first (with the facilitator PIN).");
}

void ProfileService::setFacilitatorPin(Pin pin) {
    publish([](ProfileState& s) { s.facilitator.phase = AuthPhase::Checking; });
    post([this, pin = std::make_shared<Pin>(std::move(pin))](Worker& w) {
        ProfileAuth auth(*w.db);
        auto set = auth.facilitatorPinSet();
        StoreStatus status = !set ? StoreStatus(set.error())
                             : *set ? StoreStatus(store::StoreError{store::StoreErrorCode::Internal,
                                                                    tr("The facilitator PIN is already set; enter it to open facilitator mode.")})
                                    : auth.setFacilitatorPin(*pin, store::Actor::Facilitator);
        if (status) w.facilitatorActive = true;
        publish([&](ProfileState& s) {
            s.facilitator.phase = status ? AuthPhase::SignedIn : AuthPhase::Failed;
            if (!status) s.message = status.error().message;
        });
    });
}

void ProfileService::enterFacilitatorMode(Pin pin) {
    publish([](ProfileState& s) {
        s.facilitator.phase = AuthPhase::Checking;
        s.message.clear();
    });
    post([this, pin = std::make_shared<Pin>(std::move(pin))](Worker& w) {
        PinCheck check = ProfileAuth(*w.db).checkFacilitatorPin(*pin);
        w.facilitatorActive = check.outcome == PinOutcome::Right;
        publish([&](ProfileState& s) {
            FacilitatorState& f = s.facilitator;
            f.attemptsBeforeWait = check.attemptsBeforeWait;
            f.waitUntilMs = check.waitUntilMs;
            switch (check.outcome) {
            case PinOutcome::Right: f.phase = AuthPhase::SignedIn; break;
            case PinOutcome::Wrong: f.phase = check.waitUntilMs ? AuthPhase::Waiting : AuthPhase::WrongPin; break;
            case PinOutcome::Waiting: f.phase = AuthPhase::Waiting; break;
            case PinOutcome::NoPinSet: f.phase = AuthPhase::ChoosePin; break;
            case PinOutcome::Failed:
                f.phase = AuthPhase::Failed;
                s.message = check.error.message;
                break;
            }
        });
    });
}

void ProfileService::leaveFacilitatorMode() {
    publish([](ProfileState& s) {
        s.facilitator.active = false;
        s.facilitator.phase = AuthPhase::Idle;
        s.archived.clear();
    });
    post([](Worker& w) { w.facilitatorActive = false; });
}

namespace {

// Runs `change` (a StoreStatus in its own transaction with its event) when facilitator mode
// is open; publishes the failure otherwise.
template <typename Change>
StoreStatus asFacilitator(bool active, Change&& change) {
    if (!active) return store::StoreError{store::StoreErrorCode::Internal, tr(kFacilitatorOnly)};
    return change();
}

StoreStatus withEvent(store::SqliteDb& db, store::ProfileEventKind kind, LearnerId learner,
                      const std::function<StoreStatus(int64_t)>& body) {
    return store::inTransaction(db, [&]() -> StoreStatus {
        const int64_t now = store::nowMs();
        if (StoreStatus s = body(now); !s) return s;
        auto e = store::ProfileEventRepository(db).append(kind, store::Actor::Facilitator, learner, now);
        if (!e) return e.error();
        return store::done();
    });
}

} // namespace

void ProfileService::resetLearnerPin(LearnerId learner, Pin newPin) {
    post([this, learner, newPin = std::make_shared<Pin>(std::move(newPin))](Worker& w) {
        StoreStatus status = asFacilitator(w.facilitatorActive, [&] {
            return ProfileAuth(*w.db).resetLearnerPin(learner, newPin->size() ? newPin.get() : nullptr);
        });
        if (!status) publish([&](ProfileState& s) { s.message = status.error().message; });
    });
}

void ProfileService::archive(LearnerId learner) {
    post([this, learner](Worker& w) {
        StoreStatus status = asFacilitator(w.facilitatorActive, [&] {
            return withEvent(*w.db, store::ProfileEventKind::Archived, learner,
                             [&](int64_t now) { return store::LearnerRepository(*w.db).archive(learner, now); });
        });
        if (!status) publish([&](ProfileState& s) { s.message = status.error().message; });
    });
}

void ProfileService::restore(LearnerId learner) {
    post([this, learner](Worker& w) {
        StoreStatus status = asFacilitator(w.facilitatorActive, [&] {
            return withEvent(*w.db, store::ProfileEventKind::Restored, learner,
                             [&](int64_t) { return store::LearnerRepository(*w.db).restore(learner); });
        });
        if (!status) publish([&](ProfileState& s) { s.message = status.error().message; });
    });
}

void ProfileService::updateLearner(LearnerId learner, std::string fullName, std::string group) {
    post([this, learner, fullName = std::move(fullName), group = std::move(group)](Worker& w) {
        StoreStatus status = asFacilitator(w.facilitatorActive, [&] {
            return withEvent(*w.db, store::ProfileEventKind::Updated, learner,
                             [&](int64_t) { return store::LearnerRepository(*w.db).update(learner, fullName, group); });
        });
        if (!status) publish([&](ProfileState& s) { s.message = status.error().message; });
    });
}

void ProfileService::setAllowNewLearners(bool allow) {
    post([this, allow](Worker& w) {
        StoreStatus status = asFacilitator(w.facilitatorActive, [&] {
            return store::SharedSettingsRepository(*w.db).set(store::kAllowNewLearners, allow ? "1" : "0", store::nowMs());
        });
        if (!status) publish([&](ProfileState& s) { s.message = status.error().message; });
    });
}

void ProfileService::setShowTodaysSessionOnly(bool only) {
    post([this, only](Worker& w) {
        StoreStatus status = asFacilitator(w.facilitatorActive, [&] {
            return store::SharedSettingsRepository(*w.db).set(store::kShowTodaysSessionOnly, only ? "1" : "0", store::nowMs());
        });
        if (!status) publish([&](ProfileState& s) { s.message = status.error().message; });
    });
}

void ProfileService::importRoster(std::string csvPath, roster::ImportOptions options) {
    post([this, csvPath = std::move(csvPath), options = std::move(options)](Worker& w) mutable {
        if (!w.facilitatorActive) {
            publish([](ProfileState& s) { s.message = tr(kFacilitatorOnly); });
            return;
        }
        options.actor = store::Actor::Facilitator;
        roster::Roster roster;
        roster::readRoster(csvPath, roster);
        if (!roster.ok()) {
            publish([&](ProfileState& s) {
                s.importErrors = roster.errors;
                s.lastImport = {};
                const int errors = static_cast<int>(roster.errors.size());
                s.message = formatText(trn("Nothing was imported: the roster has %d error.",
                                           "Nothing was imported: the roster has %d errors.", errors),
                                       errors);
            });
            return;
        }
        auto summary = roster::importRoster(*w.db, roster, options);
        publish([&](ProfileState& s) {
            s.importErrors.clear();
            if (summary) {
                s.lastImport = *summary;
                s.message.clear();
            } else {
                s.lastImport = {};
                s.message = summary.error().message;
            }
        });
    });
}

} // namespace lectern::session
