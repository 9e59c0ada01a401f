// ProgressStore: the one door to the learner database.
//
// Thread model: open(), learners(), ensureLearner() and selectLearner() touch SQLite on the
// caller's thread: never call them on the UI thread (a debug build aborts, see
// platform/thread_role.h); the app calls them through session/learner_session.h. Every write
// goes through a single writer thread with a queue; submit() never blocks on disk.
// snapshot() is cheap (a shared_ptr copy under a mutex) and is what the UI draws from.
// onChange is called from the writer thread after each commit or failure: the app shell
// uses it to wake the event loop (glfwPostEmptyEvent).
#pragma once
#include "store/progress.h"
#include "store/store_error.h"

#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace lectern::xapi {
struct StatementContext;
}

namespace lectern {

struct StoreOpenOptions {
    std::string path;                 // the SQLite file; its folder is created if missing
    std::string backupDir;            // default: <folder of path>/backups
    int backupEveryMinutes = 10;      // of activity
    int backupsKept = 5;
    std::function<void(const std::string& jsonLine)> log;  // one JSON line per saved record
};

// What open() found and did, for the learner to read (e.g. "your progress file was damaged;
// restored the backup of 14:02").
struct StoreOpenReport {
    bool ok = false;
    std::string error;                 // when !ok: what is wrong and what to do
    store::StoreErrorCode errorCode = store::StoreErrorCode::Internal;  // when !ok: what kind of failure
    std::vector<std::string> notices;  // recoveries, migrations: shown once to the learner
};

struct LearnerInfo {
    LearnerId id = 0;
    std::string name;
    int64_t lastActivityMs = 0;
};

// What a sign-in must know about a learner before opening their record (schema v6): the
// session layer never opens a learner with a PIN or an archived one without ProfileService.
struct LearnerGate {
    LearnerId id = 0;          // 0: no learner of that name or id
    bool archived = false;
    bool hasPin = false;
    bool pinResetPending = false;  // reset by the facilitator: a new PIN is chosen before anything opens
    bool allowNewLearners = true;  // the shared setting (store/shared_settings_repository.h)
};

class ProgressStore {
public:
    static std::unique_ptr<ProgressStore> open(const StoreOpenOptions& options, StoreOpenReport& report);
    virtual ~ProgressStore() = default;

    // Learners (profiles on a shared machine). Synchronous, off the UI thread.
    virtual std::vector<LearnerInfo> learners() = 0;
    virtual LearnerId ensureLearner(const std::string& name) = 0;
    // The learner `id`, or (id 0) the one whose profile name is `name`, archived ones included.
    virtual LearnerGate learnerGate(LearnerId id, const std::string& name) = 0;
    // The database file (session/profile_service.h opens its own connection to it).
    virtual const std::string& path() const = 0;

    // Selects the learner and course the snapshot is about; loads their progress (and
    // re-applies their commands still queued).
    virtual bool selectLearner(LearnerId learner, const std::string& courseId, std::string& error) = 0;

    // Queues the command for the writer thread, saved for `scope` whoever is selected by then;
    // applied to the snapshot at once when `scope` is the selected learner and course.
    // No SQLite, no disk: safe on the UI thread. A scope without a learner is refused.
    virtual void submit(const ProgressScope& scope, ProgressCommand command) = 0;

    virtual std::shared_ptr<const ProgressSnapshot> snapshot() const = 0;
    virtual SaveStatus status() const = 0;

    // Retry failed writes now (the store also retries by itself with a back-off).
    virtual void retry() = 0;

    // Blocks until the queue is empty or the timeout passes. Returns true when all is saved.
    virtual bool flush(int timeoutMs) = 0;

    virtual void setOnChange(std::function<void()> callback) = 0;

    // The course the writer renders each event's xAPI statements with (xapi/statement.h):
    // commands submitted for that course from now on carry it. Without it (or for another
    // course) an event is stored without its statement, rendered from the row when read.
    virtual void setStatementContext(std::shared_ptr<const xapi::StatementContext> context) = 0;

    // The learner's open sitting (cmi5 session id; empty: none): every command submitted for
    // them from now on carries it into its statements. session/learner_session.h sets it.
    virtual void setSitting(LearnerId learner, std::string sessionId) = 0;
};

} // namespace lectern
