#include "session/room_service.h"

#include "session/serial_worker.h"

#include <algorithm>
#include <chrono>
#include <set>

namespace lectern::session {

struct RoomService::Worker {
    std::shared_ptr<const Course> course;
    std::shared_ptr<const report::Room> room;
    std::shared_ptr<const report::RoomFigures> figures;
};

RoomService::RoomService(std::string dbPath, std::function<void()> onChange)
    : m_dbPath(std::move(dbPath)), m_onChange(std::move(onChange)), m_workerState(std::make_shared<Worker>()),
      m_worker(std::make_unique<SerialWorker>()) {}

RoomService::~RoomService() { m_worker.reset(); }

RoomState RoomService::state() const {
    std::lock_guard lock(m_mutex);
    return m_state;
}

uint64_t RoomService::serial() const {
    std::lock_guard lock(m_mutex);
    return m_state.serial;
}

void RoomService::publish(const std::function<void(RoomState&)>& change) {
    {
        std::lock_guard lock(m_mutex);
        change(m_state);
        ++m_state.serial;
    }
    if (m_onChange) m_onChange();
}

bool RoomService::waitIdle(int timeoutMs) { return m_worker->waitIdle(timeoutMs); }

void RoomService::load(std::shared_ptr<const Course> course, report::RoomFilter filter) {
    publish([](RoomState& s) { s.loading = true; });
    m_worker->post([this, w = m_workerState, course = std::move(course), filter = std::move(filter)] {
        if (!course) return;
        auto start = std::chrono::steady_clock::now();
        auto room = report::loadRoom(m_dbPath, *course, filter);
        if (!room) {
            std::string message = room.error().message;
            publish([&](RoomState& s) {
                s.loading = false;
                s.message = message;
            });
            return;
        }
        auto figures = std::make_shared<const report::RoomFigures>(report::roomFigures(*room, *course));
        std::set<std::string> groups, sessions;
        for (const auto& l : room->rows.learners)
            if (l.archivedMs == 0 && !l.group.empty()) groups.insert(l.group);
        for (const auto& s : room->rows.sessions) sessions.insert(s.name);
        double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        w->course = course;
        w->room = std::make_shared<const report::Room>(std::move(*room));
        w->figures = figures;
        publish([&](RoomState& s) {
            s.loading = false;
            s.message.clear();
            s.filter = filter;
            s.figures = figures;
            s.groups.assign(groups.begin(), groups.end());
            s.sessions.assign(sessions.begin(), sessions.end());
            s.loadSeconds = seconds;
        });
    });
}

void RoomService::openLearner(LearnerId learner) {
    m_worker->post([this, w = m_workerState, learner] {
        if (!w->room || !w->course) return;
        auto shared = store::read::readSharedReflections(m_dbPath, w->course->id, learner);
        std::string message;
        std::vector<store::read::SharedReflectionRow> rows;
        if (shared) rows = std::move(*shared);
        else message = shared.error().message;
        auto detail = std::make_shared<const report::LearnerDetail>(
            report::learnerDetail(*w->room, *w->course, *w->figures, learner, rows));
        publish([&](RoomState& s) {
            s.detail = detail;
            if (!message.empty()) s.message = message;
        });
    });
}

void RoomService::openItemAnalysis(std::string moduleId, bool allAttempts) {
    m_worker->post([this, w = m_workerState, moduleId = std::move(moduleId), allAttempts] {
        if (!w->room || !w->course) return;
        report::ItemAnalysisOptions options;
        options.allAttempts = allAttempts;
        auto analysis = std::make_shared<const report::ItemAnalysis>(report::itemAnalysis(*w->room, *w->course, options));
        publish([&](RoomState& s) {
            s.analysis = analysis;
            s.analysisModule = moduleId;
        });
    });
}

} // namespace lectern::session
