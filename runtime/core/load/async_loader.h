// Loading a course off the UI thread. The UI keeps drawing the old Course while a worker
// std::thread parses the new one; the callback then runs ON THE WORKER THREAD with the result
// (the app stores it under a mutex or in an atomic shared_ptr and calls glfwPostEmptyEvent()
// to wake its loop).
#pragma once
#include "load/course_loader.h"

#include <atomic>
#include <filesystem>
#include <functional>
#include <thread>

namespace lectern {

using LoadCallback = std::function<void(LoadResult)>;

// Starts loading `courseDir` on a new thread and returns it; join it before exit.
std::thread loadCourseAsync(std::filesystem::path courseDir, LoadCallback onLoaded);

// Owns at most one load in flight; joins it on destruction, so the callback never outlives
// the objects it captures when they are destroyed after this one.
class AsyncCourseLoader {
public:
    AsyncCourseLoader() = default;
    AsyncCourseLoader(const AsyncCourseLoader&) = delete;
    AsyncCourseLoader& operator=(const AsyncCourseLoader&) = delete;
    ~AsyncCourseLoader() { wait(); }

    // Starts a load; waits first for a previous one still running (loads are bounded: at most
    // a few hundred milliseconds for the largest course).
    void start(std::filesystem::path courseDir, LoadCallback onLoaded);
    bool busy() const { return m_busy.load(); }
    void wait();

private:
    std::thread m_thread;
    std::atomic<bool> m_busy{false};
};

} // namespace lectern
