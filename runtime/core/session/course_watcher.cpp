#include "session/course_watcher.h"

#include "load/course_loader.h"
#include "platform/dir_watch.h"
#include "session/course_merge.h"

#include <chrono>
#include <filesystem>

namespace lectern::session {
namespace fs = std::filesystem;
namespace {

using Clock = std::chrono::steady_clock;

double msSince(Clock::time_point t) { return std::chrono::duration<double, std::milli>(Clock::now() - t).count(); }

bool endsWith(const std::string& s, std::string_view tail) {
    return s.size() >= tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
}

// The orphan lines for the panel: ids seen in this session the course on screen lacks.
std::vector<std::string> orphansOf(const std::set<std::string>& everSeen, const Course& now) {
    const std::set<std::string> ids = progressIds(now);
    std::vector<std::string> out;
    for (const std::string& id : everSeen)
        if (!ids.count(id)) out.push_back(id);
    return out;
}

} // namespace

bool isEditorSideFile(const std::string& name) {
    if (name.empty()) return false;
    if (name == "4913") return true;                       // vim checks it may write the folder
    if (name[0] == '.' || name[0] == '#') return true;     // swap files, emacs locks, hidden files
    if (name.back() == '~') return true;                   // backups
    if (endsWith(name, ".swp") || endsWith(name, ".swx") || endsWith(name, ".tmp")) return true;
    return false;
}

CourseWatcher::CourseWatcher(CourseHandle& handle, Options options)
    : m_handle(handle), m_options(std::move(options)), m_watch(std::make_unique<platform::DirWatch>()) {
    m_state.courseDir = m_options.courseDir;
    m_state.diagnostics = m_options.initial;
    if (auto c = m_handle.course()) m_everSeen = progressIds(*c);
    if (!m_watch->ok()) m_state.watchError = m_watch->error();
    m_state.serial = 1;
    m_serial = 1;
    m_thread = std::thread([this] { run(); });
}

CourseWatcher::~CourseWatcher() {
    m_stop = true;
    m_watch->interrupt();
    if (m_thread.joinable()) m_thread.join();
}

AuthorState CourseWatcher::state() const {
    std::lock_guard lock(m_mutex);
    return m_state;
}

bool CourseWatcher::waitReloads(uint64_t count, int timeoutMs) const {
    std::unique_lock lock(m_mutex);
    return m_changed.wait_for(lock, std::chrono::milliseconds(timeoutMs), [&] { return m_state.reloads >= count; });
}

// The course folder, content/, modules/ and every modules/<name>/ (added again when replaced).
void CourseWatcher::watchFolders() {
    const fs::path root(m_options.courseDir);
    const auto add = [this](const fs::path& p) {
        if (!m_watch->watching(p.string())) m_watch->add(p.string());
    };
    add(root);
    add(root / "content");
    add(root / "modules");
    std::error_code ec;
    for (fs::directory_iterator it(root / "modules", ec), end; !ec && it != end; it.increment(ec))
        if (it->is_directory(ec) && !isEditorSideFile(it->path().filename().string())) add(it->path());
}

void CourseWatcher::run() {
    if (!m_watch->ok()) return;
    watchFolders();
    m_watching = true;
    const std::string modulesDir = (fs::path(m_options.courseDir) / "modules").string();
    std::set<std::string> changedModules;
    bool pending = false;
    bool foldersChanged = false;
    Clock::time_point first, last;
    while (!m_stop) {
        int timeout = -1;
        if (pending) {
            const double quiet = m_options.debounceMs - msSince(last);
            const double cap = m_options.maxWaitMs - msSince(first);
            timeout = static_cast<int>(std::max(0.0, std::min(quiet, cap)));
        }
        std::vector<platform::DirEvent> events = m_watch->wait(timeout);
        if (m_stop) break;
        for (const platform::DirEvent& e : events) {
            if (e.gone || e.isDir) foldersChanged = true;  // a module folder came or went
            if (!e.name.empty() && isEditorSideFile(e.name)) continue;
            if (!pending) first = Clock::now();
            pending = true;
            last = Clock::now();
            // modules/<name>/...: that module changed.
            if (e.dir.size() > modulesDir.size() && e.dir.compare(0, modulesDir.size(), modulesDir) == 0)
                changedModules.insert(fs::path(e.dir).filename().string());
            else if (e.dir == modulesDir && e.isDir && !e.name.empty())
                changedModules.insert(e.name);
        }
        if (foldersChanged) {
            watchFolders();
            foldersChanged = false;
        }
        if (!pending) continue;
        if (msSince(last) < m_options.debounceMs && msSince(first) < m_options.maxWaitMs) continue;
        pending = false;
        const double sinceFirst = msSince(first);
        reload(changedModules, sinceFirst);
        changedModules.clear();
    }
}

void CourseWatcher::reload(const std::set<std::string>& modules, double firstChangeMs) {
    const auto start = Clock::now();
    CourseReload r;
    r.modules.assign(modules.begin(), modules.end());
    std::shared_ptr<const Course> shown = m_handle.course();
    LoadResult loaded = loadCourse(m_options.courseDir);
    MergedCourse merged = shown ? mergeReloadedCourse(*shown, loaded) : MergedCourse{loaded.course, {}, loaded.diagnostics};
    r.diagnostics = merged.diagnostics;
    if (merged.course) {
        const uint64_t g = m_handle.replace(merged.course);
        if (g != 0) {
            r.replaced = true;
            r.generation = g;
        } else {
            r.diagnostics.error(loaded.course->manifest.empty() ? m_options.courseDir : loaded.course->manifest, {},
                                "the course now has the id \"" + loaded.course->id +
                                    "\", not the one on screen: restart Lectern to open it");
        }
    }
    if (!r.replaced) r.generation = m_handle.generation();
    r.loadMs = msSince(start);
    r.ms = firstChangeMs + r.loadMs;
    std::shared_ptr<const Course> now = m_handle.course();
    if (now) {
        const std::set<std::string> ids = progressIds(*now);
        m_everSeen.insert(ids.begin(), ids.end());
    }
    {
        std::lock_guard lock(m_mutex);
        m_state.diagnostics = r.diagnostics;
        m_state.keptModules = merged.keptModules;
        if (now) m_state.orphaned = orphansOf(m_everSeen, *now);
        r.orphaned = m_state.orphaned;
        ++m_state.reloads;
        m_state.lastMs = r.ms;
        m_serial = ++m_state.serial;
    }
    m_changed.notify_all();
    if (m_options.onReload) m_options.onReload(r);
    if (m_options.wake) m_options.wake();
}

} // namespace lectern::session
