// Index
//   [SECTION] Requests (any thread)
//   [SECTION] Worker
//   [SECTION] Sittings
#include "session/learner_session.h"

#include "session/serial_worker.h"
#include "store/uuid.h"

namespace lectern::session {

LearnerSession::LearnerSession(ProgressStore& store, std::string courseId, std::function<void()> onChange)
    : m_store(store), m_courseId(std::move(courseId)), m_onChange(std::move(onChange)),
      m_worker(std::make_unique<SerialWorker>()) {}

LearnerSession::~LearnerSession() {
    m_worker.reset();
    closeSitting();  // closing the app ends the sitting (the store, still open, saves it)
}

//-----------------------------------------------------------------------------
// [SECTION] Requests (any thread)
//-----------------------------------------------------------------------------

void LearnerSession::post(std::function<void()> task) { m_worker->post(std::move(task)); }

void LearnerSession::start(LearnerChoice choice) {
    uint64_t ticket;
    {
        std::lock_guard lock(m_mutex);
        ticket = ++m_ticket;
        m_state.phase = SessionPhase::Starting;
        ++m_state.serial;
    }
    post([this, ticket, choice = std::move(choice)] {
        std::vector<LearnerInfo> known = m_store.learners();
        std::string name = choice.requestedName;
        // The only learner: opened at once unless they have a PIN (the gate then asks for it).
        if (name.empty() && known.size() == 1) name = known.front().name;
        if (name.empty() && known.empty()) name = choice.userName;
        if (name.empty()) {
            {
                std::lock_guard lock(m_mutex);
                if (ticket != m_ticket) return;
                m_state.phase = SessionPhase::ChoosingLearner;
                m_state.learners = std::move(known);
                m_state.learnersLoaded = true;
                ++m_state.serial;
            }
            changed();
            return;
        }
        selectOnWorker(ticket, 0, name, false);
    });
}

void LearnerSession::beginSignIn(uint64_t& ticket) {
    ticket = ++m_ticket;
    m_state.phase = SessionPhase::SigningIn;
    m_state.error.clear();
    m_state.pinRequired = 0;
    ++m_state.serial;
}

void LearnerSession::signIn(LearnerId id) {
    uint64_t ticket;
    {
        std::lock_guard lock(m_mutex);
        beginSignIn(ticket);
    }
    post([this, ticket, id] { selectOnWorker(ticket, id, {}, false); });
}

void LearnerSession::signInChecked(LearnerId id) {
    uint64_t ticket;
    {
        std::lock_guard lock(m_mutex);
        beginSignIn(ticket);
    }
    post([this, ticket, id] { selectOnWorker(ticket, id, {}, true); });
}

void LearnerSession::signInByName(std::string name) {
    name.erase(0, name.find_first_not_of(" \t"));
    name.erase(name.find_last_not_of(" \t") + 1);
    uint64_t ticket;
    {
        std::lock_guard lock(m_mutex);
        if (name.empty()) {
            m_state.error = "Type a name first.";
            ++m_state.serial;
            return;
        }
        beginSignIn(ticket);
    }
    post([this, ticket, name = std::move(name)] { selectOnWorker(ticket, 0, name, false); });
}

void LearnerSession::signOut() {
    closeSitting();
    {
        std::lock_guard lock(m_mutex);
        ++m_ticket;  // a sign-in still running is not shown
        m_state.phase = SessionPhase::ChoosingLearner;
        m_state.scope = {};
        m_state.learnerName.clear();
        m_state.error.clear();
        m_state.pinRequired = 0;
        m_state.learnersLoaded = false;
        ++m_state.serial;
    }
    refreshLearners();
}

void LearnerSession::refreshLearners() {
    post([this] { loadLearnersOnWorker(); });
}

SessionState LearnerSession::state() const {
    std::lock_guard lock(m_mutex);
    return m_state;
}

uint64_t LearnerSession::serial() const {
    std::lock_guard lock(m_mutex);
    return m_state.serial;
}

ProgressScope LearnerSession::scope() const {
    std::lock_guard lock(m_mutex);
    return m_state.scope;
}

std::shared_ptr<const ProgressSnapshot> LearnerSession::snapshot() const {
    ProgressScope signedIn = scope();
    if (!signedIn.valid()) return nullptr;
    auto snap = m_store.snapshot();
    // The store may already hold the next learner's progress (a sign-in just finished on the
    // worker): it is shown once the state says so.
    if (!snap || snap->learner != signedIn.learner || snap->courseId != signedIn.courseId) return nullptr;
    return snap;
}

bool LearnerSession::waitIdle(int timeoutMs) { return m_worker->waitIdle(timeoutMs); }

//-----------------------------------------------------------------------------
// [SECTION] Worker
//-----------------------------------------------------------------------------

void LearnerSession::refuseOnWorker(uint64_t ticket, std::string error, LearnerId pinFor) {
    std::vector<LearnerInfo> known = m_store.learners();
    {
        std::lock_guard lock(m_mutex);
        if (ticket != m_ticket) return;
        m_state.phase = SessionPhase::ChoosingLearner;
        m_state.scope = {};
        m_state.learnerName.clear();
        m_state.error = std::move(error);
        m_state.pinRequired = pinFor;
        m_state.learners = std::move(known);
        m_state.learnersLoaded = true;
        ++m_state.serial;
    }
    changed();
}

void LearnerSession::selectOnWorker(uint64_t ticket, LearnerId id, std::string name, bool checked) {
    {
        std::lock_guard lock(m_mutex);
        if (ticket != m_ticket) return;  // signed out or another sign-in asked since
    }
    if (!checked) {
        // The gate: a PIN is asked for, an archived learner stays closed, a new name needs the
        // facilitator's leave. Names are the learner's own text, shown back to them only.
        const LearnerGate gate = m_store.learnerGate(id, name);
        const std::string who = name.empty() ? std::string("This learner") : "\"" + name + "\"";
        if (id != 0 && gate.id == 0) return refuseOnWorker(ticket, "This learner is not on this machine any more.", 0);
        if (gate.archived)
            return refuseOnWorker(ticket, who + " is archived: the facilitator can restore them in facilitator mode.", 0);
        if (gate.hasPin || gate.pinResetPending) return refuseOnWorker(ticket, {}, gate.id);
        if (gate.id == 0 && !gate.allowNewLearners)
            return refuseOnWorker(ticket,
                                  "There is no learner " + who + " here, and only the facilitator can add learners "
                                  "on this machine: choose your name in the list.",
                                  0);
        if (gate.id) id = gate.id;
    }
    std::string error;
    if (id == 0 && !name.empty()) {
        id = m_store.ensureLearner(name);
        if (id == 0) error = "Could not create the learner \"" + name + "\": " + m_store.status().lastError;
    }
    bool ok = id != 0 && m_store.selectLearner(id, m_courseId, error);
    std::string shownName;
    if (ok) {
        auto snap = m_store.snapshot();
        shownName = snap ? snap->learnerName : name;
    }
    std::vector<LearnerInfo> known;
    if (!ok) known = m_store.learners();
    if (ok) openSitting({id, m_courseId});  // before the UI can submit anything for this learner
    {
        std::unique_lock lock(m_mutex);
        if (ticket != m_ticket) {
            lock.unlock();
            if (ok) closeSitting();  // signed out (or someone else chosen) meanwhile
            return;
        }
        if (ok) {
            m_state.phase = SessionPhase::SignedIn;
            m_state.scope = {id, m_courseId};
            m_state.learnerName = shownName;
            m_state.error.clear();
        } else {
            m_state.phase = SessionPhase::ChoosingLearner;
            m_state.scope = {};
            m_state.error = "Could not open this learner's progress: " + error;
            m_state.learners = std::move(known);
            m_state.learnersLoaded = true;
        }
        ++m_state.serial;
    }
    changed();
}

void LearnerSession::loadLearnersOnWorker() {
    std::vector<LearnerInfo> known = m_store.learners();
    {
        std::lock_guard lock(m_mutex);
        m_state.learners = std::move(known);
        m_state.learnersLoaded = true;
        ++m_state.serial;
    }
    changed();
}

void LearnerSession::changed() {
    if (m_onChange) m_onChange();
}

//-----------------------------------------------------------------------------
// [SECTION] Sittings
//-----------------------------------------------------------------------------

void LearnerSession::openSitting(const ProgressScope& scope) {
    closeSitting();  // the learner before, when someone signs in without signing out
    std::lock_guard lock(m_sittingMutex);
    m_sitting = Sitting{scope, store::makeUuidV4(), std::chrono::steady_clock::now()};
    m_store.setSitting(scope.learner, m_sitting->id);
    m_store.submit(scope, StartSitting{m_sitting->id});
}

void LearnerSession::closeSitting() {
    std::lock_guard lock(m_sittingMutex);
    if (!m_sitting) return;
    const std::chrono::duration<double> lasted = std::chrono::steady_clock::now() - m_sitting->began;
    m_store.submit(m_sitting->scope, EndSitting{m_sitting->id, lasted.count()});  // still in the sitting
    m_store.setSitting(m_sitting->scope.learner, {});
    m_sitting.reset();
}

} // namespace lectern::session
