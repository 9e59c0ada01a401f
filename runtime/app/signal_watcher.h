// SignalWatcher: turns SIGTERM / SIGINT / SIGHUP into a normal close (pending saves flushed,
// window geometry kept), and SIGUSR1 into "come to the front" (a second start of Lectern on
// the same progress file sends it before it exits: platform/instance_lock.h). Signals are blocked in every thread and received by one thread with
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

    explicit SignalWatcher(std::function<void()> onSignal, std::function<void()> onRaise = {});
    ~SignalWatcher();
    bool received() const { return m_received.load(); }

private:
    std::function<void()> m_onSignal;
    std::function<void()> m_onRaise;
    std::atomic<bool> m_received{false};
    std::thread m_thread;
};

} // namespace lectern::app
