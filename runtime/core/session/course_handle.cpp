#include "session/course_handle.h"

#include "load/course_loader.h"
#include "session/serial_worker.h"

namespace lectern::session {

CourseHandle::CourseHandle(std::shared_ptr<const Course> course) : m_current{course, 1}, m_base(std::move(course)) {}

CourseHandle::~CourseHandle() { m_worker.reset(); }

CourseVersion CourseHandle::current() const {
    std::lock_guard lock(m_mutex);
    return m_current;
}

std::shared_ptr<const Course> CourseHandle::base() const {
    std::lock_guard lock(m_mutex);
    return m_base;
}

std::string CourseHandle::contentLanguage() const {
    std::lock_guard lock(m_mutex);
    return m_language;
}

uint64_t CourseHandle::setContentLanguage(std::string tag) {
    std::shared_ptr<const Course> old;
    CourseVersion now;
    std::vector<std::function<void(const CourseVersion&)>> listeners;
    {
        std::lock_guard lock(m_mutex);
        m_language = std::move(tag);
        old = std::move(m_current.course);
        m_current.course = courseIn(m_base, m_language);
        ++m_current.generation;
        now = m_current;
        listeners = m_listeners;
    }
    for (const auto& listener : listeners) listener(now);
    return now.generation;
}

uint64_t CourseHandle::replace(std::shared_ptr<const Course> next) {
    if (!next) return 0;
    std::shared_ptr<const Course> old, oldBase;  // released outside the lock: a Course is big
    CourseVersion now;
    std::vector<std::function<void(const CourseVersion&)>> listeners;
    {
        std::lock_guard lock(m_mutex);
        if (m_base && m_base->id != next->id) return 0;
        old = std::move(m_current.course);
        oldBase = std::move(m_base);
        m_base = std::move(next);
        m_current.course = courseIn(m_base, m_language);
        ++m_current.generation;
        now = m_current;
        listeners = m_listeners;
    }
    for (const auto& listener : listeners) listener(now);
    return now.generation;
}

void CourseHandle::onReplaced(std::function<void(const CourseVersion&)> listener) {
    std::lock_guard lock(m_mutex);
    m_listeners.push_back(std::move(listener));
}

void CourseHandle::reloadAsync(std::string courseDir, std::function<void(const CourseReloadResult&)> onDone) {
    {
        std::lock_guard lock(m_mutex);
        if (!m_worker) m_worker = std::make_unique<SerialWorker>();
    }
    m_worker->post([this, dir = std::move(courseDir), onDone = std::move(onDone)] {
        CourseReloadResult result;
        LoadResult loaded = loadCourse(dir);
        result.diagnostics = loaded.diagnostics;
        if (!loaded.course) {
            result.error = "The course in " + dir + " could not be loaded again; the version on screen stays. "
                           "Run: lectern check " + dir;
        } else if (uint64_t g = replace(loaded.course); g != 0) {
            result.replaced = true;
            result.generation = g;
        } else {
            result.error = "The course in " + dir + " now has the id \"" + loaded.course->id +
                           "\", not the one on screen; restart Lectern to open it.";
        }
        if (!result.replaced) result.generation = generation();
        if (onDone) onDone(result);
    });
}

bool CourseHandle::waitReloads(int timeoutMs) {
    SerialWorker* worker;
    {
        std::lock_guard lock(m_mutex);
        worker = m_worker.get();
    }
    return !worker || worker->waitIdle(timeoutMs);
}

} // namespace lectern::session
