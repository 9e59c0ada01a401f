// SignalWatcher: turns SIGTERM / SIGINT / SIGHUP into a normal close (pending saves flushed,
// window geometry kept). Signals are blocked in every thread and received by one thread with
// sigwait, so the handler code is ordinary code, not async-signal-safe code.
#pragma once
#include <atomic>
#include <functional>
#include <thread>

namespace lectern::app {

class SignalWatcher {
public:
    // Call first in main, before any thread starts, so every thread inherits the mask.
    static void blockTerminationSignals();

    explicit SignalWatcher(std::function<void()> onSignal);
    ~SignalWatcher();
    bool received() const { return m_received.load(); }

private:
    std::function<void()> m_onSignal;
    std::atomic<bool> m_received{false};
    std::thread m_thread;
};

} // namespace lectern::app
