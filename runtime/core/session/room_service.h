// RoomService: the facilitator dashboard's door to the room's figures. Every call returns at
// once; the reading (store/read/room_reader.h, read-only SQLite) and the computing
// (report/room_figures.h, learner_detail.h, item_analysis.h) run on the service's own worker,
// and the result shows in state() (serial bumps; onChange wakes the event loop), like
// ProfileService. The UI thread never waits on it, and never touches SQLite.
//
//   load(course, filter)              the room under a filter: figures, the groups and sessions
//                                     the file has (the filter's choices); keeps the Room
//   openLearner(id)                   that learner's detail, from the room last loaded (and
//                                     their shared reflections, read then)
//   openItemAnalysis(module, all)     the item analysis of the room last loaded, for a module
//
// A failed load keeps the figures of the last good one and says why in state().message.
#pragma once
#include "report/item_analysis.h"
#include "report/learner_detail.h"
#include "report/room_figures.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace lectern::session {

class SerialWorker;

struct RoomState {
    bool loading = false;      // a load asked and not finished
    std::string message;       // the last failure, for the screen (never a learner's text)
    report::RoomFilter filter;  // of `figures`
    std::shared_ptr<const report::RoomFigures> figures;
    std::vector<std::string> groups;    // every group of the file's active learners, sorted
    std::vector<std::string> sessions;  // every onboarding session's name, sorted, once each
    double loadSeconds = 0;             // of the last load (read + figures), for logs and benches
    std::shared_ptr<const report::LearnerDetail> detail;    // the learner opened last
    std::shared_ptr<const report::ItemAnalysis> analysis;   // every quiz, of the room last loaded
    std::string analysisModule;                              // the module it was opened for
    uint64_t serial = 0;
};

class RoomService {
public:
    // `dbPath`: the progress file (read-only here). `onChange` runs on the worker.
    explicit RoomService(std::string dbPath, std::function<void()> onChange = {});
    ~RoomService();  // finishes the task in progress
    RoomService(const RoomService&) = delete;
    RoomService& operator=(const RoomService&) = delete;

    RoomState state() const;
    uint64_t serial() const;

    void load(std::shared_ptr<const Course> course, report::RoomFilter filter);
    void openLearner(LearnerId learner);
    void openItemAnalysis(std::string moduleId, bool allAttempts);

    // Blocks until every request so far has been handled. Tests and the shell's close only.
    bool waitIdle(int timeoutMs);

private:
    struct Worker;
    void publish(const std::function<void(RoomState&)>& change);

    const std::string m_dbPath;
    std::function<void()> m_onChange;
    mutable std::mutex m_mutex;
    RoomState m_state;
    std::shared_ptr<Worker> m_workerState;  // the room last loaded; touched on the worker only
    std::unique_ptr<SerialWorker> m_worker;
};

} // namespace lectern::session
