// Background course loading. See async_loader.h.
#include "load/async_loader.h"

namespace lectern {

std::thread loadCourseAsync(std::filesystem::path courseDir, LoadCallback onLoaded) {
    return std::thread([dir = std::move(courseDir), cb = std::move(onLoaded)]() {
        LoadResult r = loadCourse(dir);
        if (cb) cb(std::move(r));
    });
}

void AsyncCourseLoader::start(std::filesystem::path courseDir, LoadCallback onLoaded) {
    wait();
    m_busy = true;
    m_thread = std::thread([this, dir = std::move(courseDir), cb = std::move(onLoaded)]() {
        LoadResult r = loadCourse(dir);
        m_busy = false;
        if (cb) cb(std::move(r));
    });
}

void AsyncCourseLoader::wait() {
    if (m_thread.joinable()) m_thread.join();
}

} // namespace lectern
