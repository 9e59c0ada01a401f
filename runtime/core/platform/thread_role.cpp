#include "platform/thread_role.h"

#include <atomic>
#include <cstdio>
#include <cstdlib>

namespace lectern {

namespace {
thread_local bool t_uiThread = false;
std::atomic<ThreadRoleViolationHandler> g_handler{nullptr};
std::atomic<bool> g_warned{false};

void defaultViolation(const char* what) {
#ifndef NDEBUG
    std::fprintf(stderr, "lectern: %s called on the UI thread (SQLite must stay off it)\n", what);
    std::abort();
#else
    if (!g_warned.exchange(true))
        std::fprintf(stderr, "lectern: %s called on the UI thread (SQLite must stay off it)\n", what);
#endif
}
} // namespace

void markUiThread(bool on) { t_uiThread = on; }
bool onUiThread() { return t_uiThread; }

void assertNotUiThread(const char* what) {
    if (!t_uiThread) return;
    ThreadRoleViolationHandler handler = g_handler.load();
    (handler ? handler : defaultViolation)(what);
}

ThreadRoleViolationHandler setThreadRoleViolationHandler(ThreadRoleViolationHandler handler) {
    return g_handler.exchange(handler);
}

UiThreadScope::UiThreadScope() : m_was(t_uiThread) { t_uiThread = true; }
UiThreadScope::~UiThreadScope() { t_uiThread = m_was; }

} // namespace lectern
