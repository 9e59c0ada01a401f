#include "signal_watcher.h"

#include <csignal>
#include <pthread.h>

namespace lectern::app {
namespace {

sigset_t terminationSignals() {
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGTERM);
    sigaddset(&set, SIGINT);
    sigaddset(&set, SIGHUP);
    sigaddset(&set, SIGUSR1);  // "come to the front", from a second start
    sigaddset(&set, SIGUSR2);  // used only to stop the watcher itself
    return set;
}

} // namespace

void SignalWatcher::blockTerminationSignals() {
    sigset_t set = terminationSignals();
    pthread_sigmask(SIG_BLOCK, &set, nullptr);
}

SignalWatcher::SignalWatcher(std::function<void()> onSignal, std::function<void()> onRaise)
    : m_onSignal(std::move(onSignal)), m_onRaise(std::move(onRaise)) {
    m_thread = std::thread([this] {
        sigset_t set = terminationSignals();
        int sig = 0;
        while (sigwait(&set, &sig) == 0) {
            if (sig == SIGUSR2) return;
            if (sig == SIGUSR1) {
                if (m_onRaise) m_onRaise();
                continue;
            }
            m_received = true;
            if (m_onSignal) m_onSignal();
        }
    });
}

SignalWatcher::~SignalWatcher() {
    pthread_kill(m_thread.native_handle(), SIGUSR2);
    m_thread.join();
}

} // namespace lectern::app
