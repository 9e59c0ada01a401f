// StartupTask: loads the course and opens the progress store on a worker thread, so the
// window appears at once and never freezes on parsing or disk I/O. Who is studying is not
// decided here: the shell hands the store to a LearnerSession (session/learner_session.h). The shell polls done()
// each frame; the worker wakes the event loop through `wake` when it finishes.
#pragma once
#include "course/document.h"
#include "store/progress_store.h"

#include <atomic>
#include <functional>
#include <memory>
#include <string>
#include <thread>
#include <vector>

namespace lectern::app {

struct StartupRequest {
    std::string courseDir;
    StoreOpenOptions store;
};

struct StartupResult {
    std::shared_ptr<const Course> course;
    Diagnostics diagnostics;                 // course problems (the course may still be usable)
    std::unique_ptr<ProgressStore> store;
    StoreOpenReport storeReport;
    std::string fatalError;                  // nothing to show: what went wrong, what to do
    double seconds = 0;
};

class StartupTask {
public:
    StartupTask(StartupRequest request, std::function<void()> wake);
    // Cancels a load still running (the window was closed while loading) and waits for it:
    // at most one parsing step, never the whole course.
    ~StartupTask();
    bool done() const { return m_done.load(std::memory_order_acquire); }
    // Valid once done(); the caller takes ownership.
    StartupResult& result() { return m_result; }

private:
    void run();

    StartupRequest m_request;
    std::function<void()> m_wake;
    StartupResult m_result;
    std::atomic<bool> m_done{false};
    std::atomic<bool> m_cancel{false};
    std::thread m_thread;
};

} // namespace lectern::app
