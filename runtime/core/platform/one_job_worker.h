// OneJobWorker<State>: runs one job at a time on a thread of its own and publishes its result,
// for the app's workers that do one thing when asked (certificates, progress bundles). The UI
// reads state() each frame; when a job ends, `wake` (glfwPostEmptyEvent in the app) makes the
// loop draw the result. A start while a job runs is ignored. State needs `bool running` and
// `int finished` (jobs finished so far).
#pragma once
#include <functional>
#include <mutex>
#include <thread>

namespace lectern::platform {

template <typename State>
class OneJobWorker {
public:
    explicit OneJobWorker(std::function<void()> wake) : m_wake(std::move(wake)) {}
    ~OneJobWorker() {  // waits for a job under way
        if (m_thread.joinable()) m_thread.join();
    }
    OneJobWorker(const OneJobWorker&) = delete;
    OneJobWorker& operator=(const OneJobWorker&) = delete;

    State state() const {
        std::lock_guard lock(m_mutex);
        return m_state;
    }

    // `job` fills a fresh State (running and finished are set here).
    void start(std::function<void(State&)> job) {
        {
            std::lock_guard lock(m_mutex);
            if (m_state.running) return;
            m_state.running = true;
        }
        if (m_thread.joinable()) m_thread.join();  // the previous job has ended: instant
        m_thread = std::thread([this, job = std::move(job)] {
            State result;
            job(result);
            {
                std::lock_guard lock(m_mutex);
                result.finished = m_state.finished + 1;
                result.running = false;
                m_state = std::move(result);
            }
            if (m_wake) m_wake();
        });
    }

private:
    std::function<void()> m_wake;
    mutable std::mutex m_mutex;
    State m_state;
    std::thread m_thread;
};

} // namespace lectern::platform
