// Thread roles: the UI thread never touches SQLite, disk or network (docs/architecture.md).
// The shell marks its main thread as the UI thread (the UI test harness marks the thread for
// the length of each frame); code that touches SQLite calls assertNotUiThread() first.
//
// A call on the UI thread is a bug: in debug builds the default reaction prints what was
// called and aborts; in release builds it prints once and carries on (a learner never loses
// work over it). Tests can install their own handler to count violations.
#pragma once

namespace lectern {

// Marks (or unmarks) the calling thread as the UI thread.
void markUiThread(bool on = true);
bool onUiThread();

// `what`: the entry point, e.g. "ProgressStore::learners".
void assertNotUiThread(const char* what);

using ThreadRoleViolationHandler = void (*)(const char* what);
// Replaces the reaction to a violation (null: the default). Returns the previous handler.
ThreadRoleViolationHandler setThreadRoleViolationHandler(ThreadRoleViolationHandler handler);

// Marks the calling thread as the UI thread for the scope's lifetime (restores the old mark).
class UiThreadScope {
public:
    UiThreadScope();
    ~UiThreadScope();
    UiThreadScope(const UiThreadScope&) = delete;
    UiThreadScope& operator=(const UiThreadScope&) = delete;

private:
    bool m_was;
};

} // namespace lectern
