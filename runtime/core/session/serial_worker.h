// SerialWorker: one background thread running posted tasks in order. The session uses it so
// that signing in, listing learners and rebuilding a course never run on the UI thread.
#pragma once
#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>

namespace lectern::session {

class SerialWorker {
public:
    SerialWorker();
    // Runs the tasks still queued, then joins.
    ~SerialWorker();
    SerialWorker(const SerialWorker&) = delete;
    SerialWorker& operator=(const SerialWorker&) = delete;

    void post(std::function<void()> task);
    // Blocks until every task posted so far has run (or the timeout passes). For tests and
    // the shell's close; never called from a frame.
    bool waitIdle(int timeoutMs);

private:
    void run();

    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_idle;
    std::deque<std::function<void()>> m_tasks;
    bool m_busy = false;
    bool m_stop = false;
    std::thread m_thread;
};

} // namespace lectern::session
