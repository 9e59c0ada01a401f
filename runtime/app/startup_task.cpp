#include "startup_task.h"

#include "i18n/tr.h"
#include "load/course_loader.h"

#include <chrono>

namespace lectern::app {

StartupTask::StartupTask(StartupRequest request, std::function<void()> wake)
    : m_request(std::move(request)), m_wake(std::move(wake)), m_thread([this] { run(); }) {}

StartupTask::~StartupTask() {
    m_cancel.store(true);
    if (m_thread.joinable()) m_thread.join();
}

void StartupTask::run() {
    auto start = std::chrono::steady_clock::now();
    LoadResult loaded = loadCourse(m_request.courseDir, &m_cancel);
    m_result.course = loaded.course;
    m_result.diagnostics = loaded.diagnostics;
    if (loaded.cancelled) {
        m_result.fatalError = tr("Loading was cancelled.");  // nobody is waiting for it any more
    } else if (!m_result.course) {
        m_result.fatalError = formatText(tr("Lectern could not open the course in %1$s. Check the folder (it must hold "
                                            "modules/), or run: lectern check %1$s"),
                                         m_request.courseDir.c_str());
    } else {
        m_result.store = ProgressStore::open(m_request.store, m_result.storeReport);
        if (!m_result.store) {
            m_result.fatalError = m_result.storeReport.error.empty()
                                      ? formatText(tr("Lectern could not open the progress file %s"),
                                                   m_request.store.path.c_str())
                                      : m_result.storeReport.error;
        }
    }
    m_result.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    m_done.store(true, std::memory_order_release);
    if (m_wake) m_wake();
}

} // namespace lectern::app
