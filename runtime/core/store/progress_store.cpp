// The SQLite-backed ProgressStore (store/progress_store.h).
//
// Locks: m_dbMutex guards the connection; m_mutex guards queue, snapshot, status and callback.
// Order is always m_dbMutex then m_mutex. The writer pops a command only while holding both,
// so selectLearner (load + re-apply what is still queued) never counts a command twice.
//
// Index
//   [SECTION] Class
//   [SECTION] Open, learners
//   [SECTION] Submit, snapshot, status
//   [SECTION] Writer thread
#include "i18n/tr.h"
#include "store/learner_repository.h"
#include "store/progress_store.h"
#include "store/shared_settings_repository.h"

#include "platform/thread_role.h"
#include "store/command_writer.h"
#include "store/database_open.h"
#include "store/save_errors.h"
#include "store/snapshot_state.h"
#include "store/store_backup.h"
#include "store/store_clock.h"
#include "store/text_draft_recovery.h"
#include "store/disk_reserve.h"
#include "store/file_identity.h"
#include "store/unsaved_learners.h"
#include "store/unsaved_file.h"
#include "store/uuid.h"

#include <algorithm>
#include <cassert>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <filesystem>
#include <map>
#include <mutex>
#include <sqlite3.h>
#include <thread>

namespace lectern {

using namespace lectern::store;

//-----------------------------------------------------------------------------
// [SECTION] Class
//-----------------------------------------------------------------------------

namespace {

constexpr int kFirstRetryMs = 500;
constexpr int kMaxRetryMs = 30000;
constexpr int kAttemptsWhenClosing = 3;
// Commands committed together when the queue has backed up: one fsync for all of them.
constexpr size_t kMaxBatch = 64;

class SqliteProgressStore final : public ProgressStore {
public:
    // `carriedOver`: commands from an earlier session's unsaved file still to be written.
    SqliteProgressStore(const StoreOpenOptions& options, SqliteDb db, FileIdentity opened,
                        std::vector<QueuedCommand> carriedOver)
        : m_options(options), m_backupDir(backupDirFor(options)), m_db(std::move(db)), m_opened(opened),
          m_queue(carriedOver.begin(), carriedOver.end()), m_snapshot(std::make_shared<ProgressSnapshot>()),
          m_unsavedFileInUse(!carriedOver.empty()), m_lastBackupMs(nowMs()) {
        m_status.pending = m_queue.size();
        if (!m_queue.empty()) m_status.state = SaveState::Saving;
        std::string noRoom;  // without a reserve the store still works; the unsaved file may then not fit
        m_reserve.keep(options.path, store::kDiskReserveBytes, noRoom);
        m_writer = std::thread([this] { writerLoop(); });
    }

    ~SqliteProgressStore() override {
        {
            std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_wake.notify_all();
        m_writer.join();
    }

    std::vector<LearnerInfo> learners() override;
    LearnerId ensureLearner(const std::string& name) override;
    LearnerGate learnerGate(LearnerId id, const std::string& name) override;
    const std::string& path() const override { return m_options.path; }
    bool selectLearner(LearnerId learner, const std::string& courseId, std::string& error) override;
    void submit(const ProgressScope& scope, ProgressCommand command) override;
    std::shared_ptr<const ProgressSnapshot> snapshot() const override {
        std::lock_guard lock(m_mutex);
        return m_snapshot;
    }
    SaveStatus status() const override {
        std::lock_guard lock(m_mutex);
        return m_status;
    }
    void retry() override {
        {
            std::lock_guard lock(m_mutex);
            m_retryNow = true;
        }
        m_wake.notify_all();
    }
    bool flush(int timeoutMs) override {
        std::unique_lock lock(m_mutex);
        return m_drained.wait_for(lock, std::chrono::milliseconds(std::max(timeoutMs, 0)),
                                  [this] { return m_queue.empty(); });
    }
    void setOnChange(std::function<void()> callback) override {
        std::lock_guard lock(m_mutex);
        m_onChange = std::move(callback);
    }
    void setStatementContext(std::shared_ptr<const xapi::StatementContext> context) override {
        std::lock_guard lock(m_mutex);
        m_statementContext = std::move(context);
    }
    void setSitting(LearnerId learner, std::string sessionId) override {
        std::lock_guard lock(m_mutex);
        if (sessionId.empty()) m_sittings.erase(learner);
        else m_sittings[learner] = std::move(sessionId);
    }

private:
    void writerLoop();
    bool takeNext(std::vector<QueuedCommand>& out, size_t limit);
    void stopWritingReplacedFile();
    void keepQueueAside();
    void afterCommit(const WriteResult& result);
    void afterFailure(const WriteResult& result);
    void maybeBackup();
    void notifyChange();
    void log(const std::string& line) const {
        if (m_options.log) m_options.log(line);
    }

    const StoreOpenOptions m_options;
    const std::string m_backupDir;
    std::map<LearnerId, std::string> m_sittings;  // guarded by m_mutex: each learner's open sitting

    std::mutex m_dbMutex;
    SqliteDb m_db;
    const FileIdentity m_opened;  // the file m_db opened, to notice it being replaced

    mutable std::mutex m_mutex;
    std::condition_variable m_wake;     // the writer: work, retry or stop
    std::condition_variable m_drained;  // flush(): the queue became empty
    std::deque<QueuedCommand> m_queue;  // front = being written
    std::shared_ptr<const ProgressSnapshot> m_snapshot;
    SaveStatus m_status;
    std::function<void()> m_onChange;
    bool m_stop = false;
    bool m_retryNow = false;
    LearnerId m_learner = 0;
    std::string m_courseId;
    std::shared_ptr<const xapi::StatementContext> m_statementContext;
    bool m_unsavedFileInUse = false;  // <db>.unsaved.jsonl holds commands still in m_queue
    store::DiskReserve m_reserve;     // released only to write the unsaved file

    int64_t m_lastBackupMs = 0;  // writer thread only
    bool m_replaced = false;     // writer thread only: the file on disk is no longer m_db's
    std::thread m_writer;
};

//-----------------------------------------------------------------------------
// [SECTION] Open, learners
//-----------------------------------------------------------------------------

std::vector<LearnerInfo> SqliteProgressStore::learners() {
    assertNotUiThread("ProgressStore::learners");
    std::lock_guard dbLock(m_dbMutex);
    std::vector<LearnerInfo> out;
    // Archived learners (schema v6, store/learner_repository.h) leave every list; their records stay.
    SqliteStmt stmt(m_db, "SELECT id, name, last_activity_ms FROM learners WHERE archived_ms IS NULL "
                          "ORDER BY last_activity_ms DESC, name");
    while (stmt.step() == SQLITE_ROW) out.push_back({stmt.columnInt(0), stmt.columnText(1), stmt.columnInt(2)});
    return out;
}

LearnerId SqliteProgressStore::ensureLearner(const std::string& name) {
    assertNotUiThread("ProgressStore::ensureLearner");
    assert(!name.empty() && "ensureLearner: a learner needs a name");
    if (name.empty()) return 0;
    std::lock_guard dbLock(m_dbMutex);
    SqliteStmt insert(m_db, "INSERT INTO learners(name, created_ms) VALUES(?, ?) ON CONFLICT(name) DO NOTHING");
    insert.bind(1, name).bind(2, nowMs());
    if (insert.step() != SQLITE_DONE) {
        std::string message = describeSaveFailure(m_db.extendedErrorCode(), m_db.errorMessage(), m_options.path);
        std::lock_guard lock(m_mutex);
        m_status.lastError = message;
        // Fall through: the learner may already exist even though the insert failed (disk full).
    }
    SqliteStmt find(m_db, "SELECT id FROM learners WHERE name = ?");
    find.bind(1, name);
    return find.step() == SQLITE_ROW ? find.columnInt(0) : 0;
}

LearnerGate SqliteProgressStore::learnerGate(LearnerId id, const std::string& name) {
    assertNotUiThread("ProgressStore::learnerGate");
    std::lock_guard dbLock(m_dbMutex);
    LearnerGate gate;
    // The same reading of a learner as the start screen's (store/learner_repository.h).
    store::LearnerRepository learners(m_db);
    auto found = id ? learners.find(id) : learners.findByName(name);
    if (found && *found) {
        const store::LearnerProfile& p = **found;
        gate.id = p.id;
        gate.archived = p.archived();
        gate.hasPin = p.hasPin;
        gate.pinResetPending = p.pinResetPending;
    }
    SqliteStmt allow(m_db, "SELECT value FROM shared_settings WHERE key = ?");
    allow.bind(1, std::string(store::kAllowNewLearners));
    if (allow.step() == SQLITE_ROW) gate.allowNewLearners = allow.columnText(0) == "1";  // as SharedSettingsRepository::flag
    return gate;
}

bool SqliteProgressStore::selectLearner(LearnerId learner, const std::string& courseId, std::string& error) {
    assertNotUiThread("ProgressStore::selectLearner");
    std::lock_guard dbLock(m_dbMutex);
    auto fresh = std::make_shared<ProgressSnapshot>();
    if (!loadSnapshot(m_db, learner, courseId, *fresh, error)) return false;
    {
        // Best effort: the enrolment is also written with the learner's first saved record.
        SqliteStmt enrol(m_db, "INSERT INTO enrolments(learner_id, course_id, enrolled_ms) VALUES(?,?,?) "
                               "ON CONFLICT DO NOTHING");
        enrol.bind(1, learner).bind(2, courseId).bind(3, nowMs());
        enrol.step();
    }
    std::lock_guard lock(m_mutex);
    for (const QueuedCommand& q : m_queue)
        if (q.learner == learner && q.courseId == courseId) applyToSnapshot(*fresh, q.command, q.timeMs);
    m_learner = learner;
    m_courseId = courseId;
    m_snapshot = std::move(fresh);
    return true;
}

//-----------------------------------------------------------------------------
// [SECTION] Submit, snapshot, status
//-----------------------------------------------------------------------------

void SqliteProgressStore::submit(const ProgressScope& scope, ProgressCommand command) {
    assert(scope.valid() && "submit(): a command needs the learner and course it belongs to");
    if (!scope.valid()) return;
    QueuedCommand q;
    q.learner = scope.learner;
    q.courseId = scope.courseId;
    {
        std::lock_guard lock(m_mutex);
        if (m_statementContext && m_statementContext->courseId == scope.courseId) q.context = m_statementContext;
        if (auto sitting = m_sittings.find(scope.learner); sitting != m_sittings.end()) q.sessionId = sitting->second;
    }
    q.command = std::move(command);
    q.uuid = makeUuidV4();
    q.timeMs = nowMs();
    // The snapshot is copied and changed outside the lock, so the writer thread (which takes
    // the lock after every commit) never makes the UI thread wait for a copy.
    std::shared_ptr<const ProgressSnapshot> base;
    const bool shows = changesSnapshot(q.command);
    if (shows) {
        std::lock_guard lock(m_mutex);
        if (m_learner == q.learner && m_courseId == q.courseId) base = m_snapshot;
    }
    std::shared_ptr<ProgressSnapshot> next;
    if (base) {
        next = std::make_shared<ProgressSnapshot>(*base);
        applyToSnapshot(*next, q.command, q.timeMs);
    }
    {
        std::lock_guard lock(m_mutex);
        const bool shown = shows && m_learner == q.learner && m_courseId == q.courseId;
        if (shown && m_snapshot != base) {
            // Another thread selected or changed the snapshot meanwhile: apply to the new one.
            next = std::make_shared<ProgressSnapshot>(*m_snapshot);
            applyToSnapshot(*next, q.command, q.timeMs);
        }
        // A command for a learner not shown (an edit made before someone else signed in) is
        // only queued: it is saved to its own learner and shown when they sign in again.
        if (shown && next) m_snapshot = std::move(next);
        m_queue.push_back(std::move(q));
        m_status.pending = m_queue.size();
        if (m_status.state != SaveState::Failed) m_status.state = SaveState::Saving;
    }
    m_wake.notify_all();
}

//-----------------------------------------------------------------------------
// [SECTION] Writer thread
//-----------------------------------------------------------------------------

// Whether `later` makes `earlier` pointless to write: a resume point is a position, not the
// learner's work, and a newer one replaces it; a text draft is replaced by a newer draft of
// the same text or by the revision (or note) saved from it.
static bool supersedes(const QueuedCommand& later, const QueuedCommand& earlier) {
    if (later.learner != earlier.learner || later.courseId != earlier.courseId) return false;
    if (std::holds_alternative<SaveResume>(earlier.command)) return std::holds_alternative<SaveResume>(later.command);
    const auto* draft = std::get_if<KeepTextDraft>(&earlier.command);
    if (!draft) return false;
    if (const auto* d = std::get_if<KeepTextDraft>(&later.command))
        return d->of == draft->of && d->moduleId == draft->moduleId && d->itemId == draft->itemId;
    if (const auto* r = std::get_if<SaveReflection>(&later.command))
        return draft->of == DraftOf::Reflection && r->moduleId == draft->moduleId && r->reflectionId == draft->itemId;
    if (const auto* n = std::get_if<SaveNote>(&later.command))
        return draft->of == DraftOf::Note && n->section.moduleId == draft->moduleId && n->section.sectionId == draft->itemId;
    return false;
}

// Copies the next commands to write (at most `limit`, from the front) into `out`. A command
// superseded by a later one in the queue (see supersedes) is dropped unwritten. Returns false
// when there is nothing to write.
bool SqliteProgressStore::takeNext(std::vector<QueuedCommand>& out, size_t limit) {
    std::lock_guard lock(m_mutex);
    while (m_queue.size() > 1) {
        const QueuedCommand& front = m_queue.front();
        if (!std::holds_alternative<SaveResume>(front.command) && !std::holds_alternative<KeepTextDraft>(front.command)) break;
        bool superseded = std::any_of(m_queue.begin() + 1, m_queue.end(),
                                      [&](const QueuedCommand& later) { return supersedes(later, front); });
        if (!superseded) break;
        m_queue.pop_front();
        m_status.pending = m_queue.size();
    }
    out.assign(m_queue.begin(), m_queue.begin() + std::ptrdiff_t(std::min(limit, m_queue.size())));
    return !out.empty();
}

void SqliteProgressStore::writerLoop() {
    int retryMs = kFirstRetryMs;
    int attemptsWhileClosing = 0;
    size_t batchLimit = kMaxBatch;
    std::vector<QueuedCommand> batch;
    for (;;) {
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stop || !m_queue.empty(); });
            if (m_queue.empty()) break;  // stopping with nothing left
        }
        if (m_replaced) {
            // Nothing more goes into a file that is not the learner's any longer: the queue is
            // kept in the unsaved file, rewritten as it grows, and saved at the next start.
            keepQueueAside();
            std::unique_lock lock(m_mutex);
            if (m_stop) {
                m_queue.clear();
                m_status.pending = 0;
                m_drained.notify_all();
                break;
            }
            const size_t seen = m_queue.size();
            m_wake.wait(lock, [&] { return m_stop || m_queue.size() != seen; });
            continue;
        }
        if (!takeNext(batch, batchLimit)) continue;

        WriteResult result;
        bool replaced = false;
        {
            std::lock_guard dbLock(m_dbMutex);
            result = writeCommands(m_db, batch);
            // One check per write, after it: a batch written (or failing) while the file was
            // being replaced went into the old inode, so it counts as not saved and stays queued.
            replaced = progressFileWasReplaced(m_db, m_opened, m_options.path);
            if (replaced) stopWritingReplacedFile();
            if (result.ok && !replaced) {
                std::lock_guard lock(m_mutex);
                m_queue.erase(m_queue.begin(), m_queue.begin() + std::ptrdiff_t(batch.size()));
                m_status.pending = m_queue.size();
                m_status.state = m_queue.empty() ? SaveState::Saved : SaveState::Saving;
                m_status.lastError.clear();
                m_status.lastSavedMs = nowMs();
                if (m_queue.empty() && m_unsavedFileInUse) {
                    // Everything carried over from the unsaved file is in the database now.
                    std::string ignored;
                    if (writeUnsavedFile(m_options.path, {}, ignored)) m_unsavedFileInUse = false;
                }
            }
        }
        if (replaced) continue;  // the queue goes aside at the top of the loop
        if (result.ok) {
            retryMs = kFirstRetryMs;
            batchLimit = kMaxBatch;
            afterCommit(result);
            continue;
        }
        if (batch.size() > 1) {
            // Find out which command fails, one at a time, before telling the learner anything.
            batchLimit = 1;
            continue;
        }

        afterFailure(result);
        std::unique_lock lock(m_mutex);
        if (m_stop) {
            // Closing: a few quick attempts, then the unsaved commands go to the log and to
            // <db>.unsaved.jsonl (a few bytes may fit where a transaction did not), which the
            // next open() saves.
            if (++attemptsWhileClosing < kAttemptsWhenClosing) {
                lock.unlock();
                std::this_thread::sleep_for(std::chrono::milliseconds(200));
                continue;
            }
            for (const QueuedCommand& left : m_queue) log(unsavedLogLine(left, m_status.lastError));
            std::string error;
            std::vector<QueuedCommand> left(m_queue.begin(), m_queue.end());
            lock.unlock();  // the lock order is m_dbMutex, then m_mutex
            {
                std::lock_guard dbLock(m_dbMutex);
                labelLearners(m_db, left);
            }
            lock.lock();
            m_reserve.release();  // its blocks are the room the unsaved file needs on a full disk
            bool kept = writeUnsavedFile(m_options.path, left, error);
            log(std::string("{\"event\":\"") + (kept ? "unsaved_kept" : "unsaved_not_kept") + "\",\"count\":" +
                std::to_string(left.size()) + ",\"ts\":\"" + isoUtc(nowMs()) + "\"}");
            m_queue.clear();
            m_status.pending = 0;
            m_drained.notify_all();
            break;
        }
        m_wake.wait_for(lock, std::chrono::milliseconds(retryMs), [this] { return m_retryNow || m_stop; });
        m_retryNow = false;
        retryMs = std::min(retryMs * 2, kMaxRetryMs);
    }
}

// The file on disk is no longer the one open: stops for good (m_dbMutex held). A verified
// copy of the file Lectern had open goes to the backups (it holds everything saved before the
// replacement); keepQueueAside() then tells the learner.
void SqliteProgressStore::stopWritingReplacedFile() {
    m_replaced = true;
    std::string error;
    makeBackup(m_db, m_options.path, m_backupDir, m_options.backupsKept + 1, error);
    // The old file's WAL is still at <db>-wal, and SQLite will not checkpoint a moved file on
    // close: left there, the next start would replay its pages over the new file (the other
    // machine's records gone). Empty it into the old inode now, so it can harm nothing.
    std::string ignored;
    m_db.exec("PRAGMA wal_checkpoint(TRUNCATE)", ignored);
    log("{\"event\":\"file_replaced\",\"ts\":\"" + isoUtc(nowMs()) + "\"}");
}

void SqliteProgressStore::keepQueueAside() {
    std::vector<QueuedCommand> left;
    {
        std::lock_guard lock(m_mutex);
        left.assign(m_queue.begin(), m_queue.end());
    }
    std::string error;
    {
        std::lock_guard dbLock(m_dbMutex);  // the old file still answers who learner N is
        labelLearners(m_db, left);
    }
    const bool kept = writeUnsavedFile(m_options.path, left, error);
    const std::string keptIn = kept ? unsavedFilePath(m_options.path) : "this window only (" + error + ")";
    {
        std::lock_guard lock(m_mutex);
        m_status.state = SaveState::Failed;
        m_status.pending = m_queue.size();
        m_status.lastError = describeReplacedFile(m_options.path, keptIn);
        m_unsavedFileInUse = !left.empty();
    }
    notifyChange();
}

void SqliteProgressStore::afterCommit(const WriteResult& result) {
    for (const std::string& line : result.logLines) log(line);
    {
        std::lock_guard lock(m_mutex);
        if (m_queue.empty()) m_drained.notify_all();
    }
    notifyChange();
    maybeBackup();  // after the UI has heard "saved": a backup never delays that
}

void SqliteProgressStore::afterFailure(const WriteResult& result) {
    size_t pending;
    {
        std::lock_guard lock(m_mutex);
        m_status.state = SaveState::Failed;
        m_status.lastError = describeSaveFailure(result.code, result.message, m_options.path);
        pending = m_queue.size();
    }
    log(failureLogLine(result.code, result.message, pending));
    notifyChange();
}

void SqliteProgressStore::maybeBackup() {
    if (m_options.backupEveryMinutes <= 0) return;
    int64_t now = nowMs();
    if (now - m_lastBackupMs < int64_t(m_options.backupEveryMinutes) * 60000) return;
    m_lastBackupMs = now;  // also after a failure: try again after the next interval, not per commit
    std::string error, made;
    bool ok;
    {
        std::lock_guard dbLock(m_dbMutex);
        ok = makeBackup(m_db, m_options.path, m_backupDir, m_options.backupsKept, error, &made);
    }
    if (ok) log("{\"event\":\"backup\",\"ts\":\"" + isoUtc(now) + "\"}");
    else log("{\"event\":\"backup_failed\",\"ts\":\"" + isoUtc(now) + "\"}");
}

void SqliteProgressStore::notifyChange() {
    std::function<void()> callback;
    {
        std::lock_guard lock(m_mutex);
        callback = m_onChange;
    }
    if (callback) callback();
}

} // namespace

// Commands an earlier session could not save before it closed: save them now, before anything
// else, or carry them over into the new store's queue.
static std::vector<QueuedCommand> replayUnsavedFile(const StoreOpenOptions& options, SqliteDb& db,
                                                    StoreOpenReport& report) {
    int skipped = 0;
    std::vector<QueuedCommand> unsaved = readUnsavedFile(options.path, skipped);
    std::string file = unsavedFilePath(options.path);
    if (skipped > 0) {
        std::error_code ec;
        std::string kept = file + ".unreadable-" + compactUtc(nowMs());
        std::filesystem::copy_file(file, kept, ec);
        report.notices.push_back(formatText(trn("%1$d answer that could not be saved last time could not be read back "
                                                "either; it is kept in %2$s for a technician.",
                                                "%1$d answers that could not be saved last time could not be read back "
                                                "either; they are kept in %2$s for a technician.",
                                                skipped),
                                            skipped, kept.c_str()));
    }
    if (unsaved.empty()) return {};
    std::string placeError;
    WriteResult written;
    if (placeLearners(db, unsaved, placeError)) written = writeCommands(db, unsaved);
    else written.message = placeError;
    if (written.ok) {
        for (const std::string& line : written.logLines)
            if (options.log) options.log(line);
        std::string error;
        writeUnsavedFile(options.path, {}, error);
        const int count = static_cast<int>(unsaved.size());
        report.notices.push_back(formatText(trn("%d answer that could not be saved when Lectern last closed has been "
                                                "saved now.",
                                                "%d answers that could not be saved when Lectern last closed have been "
                                                "saved now.",
                                                count),
                                            count));
        return {};
    }
    const int count = static_cast<int>(unsaved.size());
    // TRANSLATORS: %2$s says why saving failed and what to do (already translated).
    report.notices.push_back(formatText(trn("%1$d answer that could not be saved when Lectern last closed is still "
                                            "waiting: %2$s",
                                            "%1$d answers that could not be saved when Lectern last closed are still "
                                            "waiting: %2$s",
                                            count),
                                        count, describeSaveFailure(written.code, written.message, options.path).c_str()));
    return unsaved;
}

// What learners were typing when an earlier session ended without saving it: saved now as
// the revision or note it was about to become; if that fails too, queued like any command.
static void saveInterruptedDrafts(const StoreOpenOptions& options, SqliteDb& db, StoreOpenReport& report,
                                  std::vector<QueuedCommand>& carriedOver) {
    DraftRecovery drafts = recoverTextDrafts(db);
    if (drafts.toSave.empty()) return;
    WriteResult written = writeCommands(db, drafts.toSave);
    if (written.ok) {
        for (const std::string& line : written.logLines)
            if (options.log) options.log(line);
    } else {
        carriedOver.insert(carriedOver.end(), drafts.toSave.begin(), drafts.toSave.end());
    }
    const int count = static_cast<int>(drafts.toSave.size());
    report.notices.push_back(formatText(trn("%d text being written when Lectern stopped unexpectedly was kept: its "
                                            "reflection or note shows it as its latest version.",
                                            "%d texts being written when Lectern stopped unexpectedly were kept: the "
                                            "reflection or note shows each as its latest version.",
                                            count),
                                        count));
}

std::unique_ptr<ProgressStore> ProgressStore::open(const StoreOpenOptions& options, StoreOpenReport& report) {
    assertNotUiThread("ProgressStore::open");
    SqliteDb db;
    if (!openProgressDatabase(options, db, report)) return nullptr;
    // Taken after SQLite opened the file; a replacement in between is still caught by
    // SQLITE_FCNTL_HAS_MOVED (store/file_identity.h).
    const FileIdentity opened = identityOfPath(options.path);
    std::vector<QueuedCommand> carriedOver = replayUnsavedFile(options, db, report);
    saveInterruptedDrafts(options, db, report, carriedOver);
    return std::make_unique<SqliteProgressStore>(options, std::move(db), opened, std::move(carriedOver));
}

} // namespace lectern
