// DirWatch: Linux inotify on a few folders (not recursive), for the author's live reload.
// Folders are watched rather than files, so an editor that saves by writing a temporary file
// and renaming it over the original (vim, VS Code) is seen like one that writes in place: the
// rename arrives as a MOVED_TO of the file's name in its folder.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

namespace lectern::platform {

struct DirEvent {
    std::string dir;    // the watched folder, as added
    std::string name;   // the entry in it that changed (empty: the folder itself)
    bool isDir = false; // the entry is a folder (a module folder created under modules/)
    bool gone = false;  // the watched folder itself was deleted or moved away
};

class DirWatch {
public:
    DirWatch();
    ~DirWatch();
    DirWatch(const DirWatch&) = delete;
    DirWatch& operator=(const DirWatch&) = delete;

    // False when inotify is not available (the error says why).
    bool ok() const { return m_fd >= 0; }
    const std::string& error() const { return m_error; }

    // Watches `dir` (again, if it was replaced). False if it cannot be watched (missing folder).
    bool add(const std::string& dir);
    bool watching(const std::string& dir) const;

    // Waits up to `timeoutMs` (-1: forever) for changes or interrupt(); returns what changed.
    std::vector<DirEvent> wait(int timeoutMs);
    // Makes a wait() in another thread return now (the owner is closing).
    void interrupt();

private:
    int m_fd = -1;
    int m_wakeFd = -1;  // an eventfd: interrupt() writes, wait() polls it beside inotify
    std::string m_error;
    struct Watch {
        int wd;
        std::string dir;
    };
    std::vector<Watch> m_watches;
};

} // namespace lectern::platform
