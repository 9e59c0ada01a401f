// CourseWatcher: the author's live reload (`lectern --author`). A thread of its own waits on
// inotify (platform/dir_watch.h) for the course folder, content/, modules/ and each
// modules/<id>/; ~50 ms after the last change of a burst it loads the course again on that
// thread, keeps the last good version of each module that no longer loads
// (session/course_merge.h) and swaps the result in through the CourseHandle. The UI reads
// state() (the problems of the course on screen) and is woken by `wake`.
//
// Editors' saves all end in one reload: a temporary file renamed over the module (vim, VS
// Code), a truncate and write, several writes in a row. Their swap and backup files
// (.module.md.swp, module.md~, 4913) are not changes of the course.
#pragma once
#include "course/diagnostic.h"
#include "session/course_handle.h"

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <set>
#include <string>
#include <thread>
#include <vector>

namespace lectern::platform {
class DirWatch;
}

namespace lectern::session {

// One reload, as the log and the benchmark see it.
struct CourseReload {
    uint64_t generation = 0;               // shown after it
    bool replaced = false;                 // false: the course on screen stayed whole
    std::vector<std::string> modules;      // the modules whose files changed (empty: course files only)
    double ms = 0;                         // first change seen -> swapped in (or given up)
    double loadMs = 0;                     // loading and merging alone
    Diagnostics diagnostics;               // the problems of the course now on screen
    std::vector<std::string> orphaned;     // ids seen this session that the course no longer has
};

// What the author's panel and overlay show.
struct AuthorState {
    uint64_t serial = 0;                   // bumps with every change of this state
    std::string courseDir;
    Diagnostics diagnostics;               // the problems of the course on screen
    std::vector<std::string> keptModules;  // showing their last good version
    std::vector<std::string> orphaned;     // ids with progress kept that the course no longer has
    uint64_t reloads = 0;
    double lastMs = 0;
    std::string watchError;                // inotify could not watch the folder: no live reload
};

// True for editors' side files: vim's swap (.x.swp, .x.swx...) and write test (4913),
// backups (x~), emacs's locks (.#x, #x#), hidden files.
bool isEditorSideFile(const std::string& name);

class CourseWatcher {
public:
    struct Options {
        std::string courseDir;
        int debounceMs = 50;                                // quiet time after the last change
        int maxWaitMs = 400;                                // a burst that never pauses reloads anyway
        Diagnostics initial;                                // the start-up load's problems
        std::function<void()> wake;                         // any thread: the UI should draw
        std::function<void(const CourseReload&)> onReload;  // on the watcher's thread (the log)
    };
    CourseWatcher(CourseHandle& handle, Options options);
    ~CourseWatcher();  // stops the thread (a load under way finishes first)
    CourseWatcher(const CourseWatcher&) = delete;
    CourseWatcher& operator=(const CourseWatcher&) = delete;

    AuthorState state() const;
    // state().serial without copying the state (the UI asks every frame).
    uint64_t serial() const { return m_serial.load(); }
    // Blocks until `count` reloads have ended in all (tests, the benchmark).
    bool waitReloads(uint64_t count, int timeoutMs) const;
    // True once the folders are watched (a change made after it is seen).
    bool watching() const { return m_watching.load(); }

private:
    void run();
    void watchFolders();
    void reload(const std::set<std::string>& modules, double firstChangeMs);

    CourseHandle& m_handle;
    Options m_options;
    std::unique_ptr<platform::DirWatch> m_watch;
    std::set<std::string> m_everSeen;  // progress ids of every version shown (for orphans)
    mutable std::mutex m_mutex;
    mutable std::condition_variable m_changed;
    AuthorState m_state;
    std::atomic<uint64_t> m_serial{0};
    std::atomic<bool> m_stop{false};
    std::atomic<bool> m_watching{false};
    std::thread m_thread;
};

} // namespace lectern::session
