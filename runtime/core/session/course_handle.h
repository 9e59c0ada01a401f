// CourseHandle: the course the app shows, replaceable while the UI draws it.
//
// The UI takes a copy of current() once per frame and draws from that shared_ptr, so a
// worker may build a new Course and replace() it at any time: the old one lives until the
// last frame that used it is over. Each replacement bumps the generation; views that hold
// pointers into the course re-find their module, section and question by stable id when it
// changes (ui/lectern_ui.cpp). Switching the content language is such a replacement too.
#pragma once
#include "course/diagnostic.h"
#include "course/document.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace lectern::session {

class SerialWorker;

struct CourseVersion {
    std::shared_ptr<const Course> course;
    uint64_t generation = 0;
};

struct CourseReloadResult {
    bool replaced = false;     // false: the shown course stays (see error)
    uint64_t generation = 0;   // the generation shown after the reload
    Diagnostics diagnostics;   // what the loader found
    std::string error;         // why the course was not replaced
};

class CourseHandle {
public:
    explicit CourseHandle(std::shared_ptr<const Course> course);
    ~CourseHandle();  // waits for a reload in progress
    CourseHandle(const CourseHandle&) = delete;
    CourseHandle& operator=(const CourseHandle&) = delete;

    // current().course is the course in the content language (courseIn in course/document.h);
    // base() is the course as loaded, every module in its own language.
    CourseVersion current() const;
    std::shared_ptr<const Course> base() const;
    std::shared_ptr<const Course> course() const { return current().course; }
    uint64_t generation() const { return current().generation; }

    // Swaps in `next` (thread-safe) and returns the new generation. A null course, or one with
    // another course id (progress is kept per course id), is refused: returns 0.
    uint64_t replace(std::shared_ptr<const Course> next);
    // The content language: a tag of variantLanguageTags(), or empty for the base language.
    std::string contentLanguage() const;
    // Shows the course in `tag` (empty: the base) and bumps the generation like a reload, so
    // the views re-find their module and section by id and the reader keeps its place. A
    // reload keeps the language. Returns the new generation (listeners run as for replace()).
    uint64_t setContentLanguage(std::string tag);
    // Runs `listener` after every replace(), on the thread that replaced the course (a reload's
    // worker), outside the handle's lock. For what must follow the course: the xAPI context.
    void onReplaced(std::function<void(const CourseVersion&)> listener);

    // Loads `courseDir` again on a worker and replaces the course when it loads; `onDone` runs
    // on that worker (the shell wakes its loop there). Reloads run one after another.
    void reloadAsync(std::string courseDir, std::function<void(const CourseReloadResult&)> onDone = {});
    // Waits for reloads posted so far (tests, close).
    bool waitReloads(int timeoutMs);

private:
    mutable std::mutex m_mutex;
    CourseVersion m_current;            // m_current.course = courseIn(m_base, m_language)
    std::shared_ptr<const Course> m_base;
    std::string m_language;
    std::vector<std::function<void(const CourseVersion&)>> m_listeners;
    std::unique_ptr<SerialWorker> m_worker;  // created on the first reload
};

} // namespace lectern::session
