#include "platform/dir_watch.h"

#include <poll.h>
#include <sys/eventfd.h>
#include <sys/inotify.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace lectern::platform {
namespace {
// Every way a file's content or presence changes: in-place writes (MODIFY, CLOSE_WRITE),
// truncation, renames in and out, creation, deletion, and permissions (an unreadable module).
constexpr uint32_t kMask = IN_MODIFY | IN_CLOSE_WRITE | IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO |
                           IN_ATTRIB | IN_DELETE_SELF | IN_MOVE_SELF | IN_ONLYDIR;
} // namespace

DirWatch::DirWatch() {
    m_fd = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
    if (m_fd < 0) m_error = std::string("cannot watch the course folder (inotify): ") + std::strerror(errno);
    m_wakeFd = eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
}

DirWatch::~DirWatch() {
    if (m_fd >= 0) close(m_fd);
    if (m_wakeFd >= 0) close(m_wakeFd);
}

bool DirWatch::add(const std::string& dir) {
    if (m_fd < 0) return false;
    const int wd = inotify_add_watch(m_fd, dir.c_str(), kMask);
    if (wd < 0) return false;
    // The same inode twice gives the same wd: keep one entry per wd, named by the latest path.
    m_watches.erase(std::remove_if(m_watches.begin(), m_watches.end(), [&](const Watch& w) { return w.wd == wd || w.dir == dir; }),
                    m_watches.end());
    m_watches.push_back({wd, dir});
    return true;
}

bool DirWatch::watching(const std::string& dir) const {
    return std::any_of(m_watches.begin(), m_watches.end(), [&](const Watch& w) { return w.dir == dir; });
}

std::vector<DirEvent> DirWatch::wait(int timeoutMs) {
    std::vector<DirEvent> out;
    if (m_fd < 0) return out;
    pollfd fds[2] = {{m_fd, POLLIN, 0}, {m_wakeFd, POLLIN, 0}};
    const int n = poll(fds, m_wakeFd >= 0 ? 2 : 1, timeoutMs);
    if (n <= 0) return out;
    if (m_wakeFd >= 0 && (fds[1].revents & POLLIN)) {
        uint64_t v;
        (void)!read(m_wakeFd, &v, sizeof v);
    }
    alignas(inotify_event) char buf[16384];
    for (;;) {
        const ssize_t len = read(m_fd, buf, sizeof buf);
        if (len <= 0) break;
        for (ssize_t off = 0; off < len;) {
            const auto* e = reinterpret_cast<const inotify_event*>(buf + off);
            off += static_cast<ssize_t>(sizeof(inotify_event) + e->len);
            auto w = std::find_if(m_watches.begin(), m_watches.end(), [&](const Watch& x) { return x.wd == e->wd; });
            if (w == m_watches.end()) continue;
            DirEvent ev;
            ev.dir = w->dir;
            if (e->len > 0) ev.name = e->name;
            ev.isDir = (e->mask & IN_ISDIR) != 0;
            ev.gone = (e->mask & (IN_DELETE_SELF | IN_MOVE_SELF | IN_IGNORED)) != 0;
            if (e->mask & IN_IGNORED) m_watches.erase(w);  // the kernel dropped it: add() again when it returns
            out.push_back(std::move(ev));
        }
    }
    return out;
}

void DirWatch::interrupt() {
    if (m_wakeFd < 0) return;
    const uint64_t one = 1;
    (void)!write(m_wakeFd, &one, sizeof one);
}

} // namespace lectern::platform
