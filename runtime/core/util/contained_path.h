// Containment: a course may only open files inside its own folder. This is decided on the real
// path (symbolic links followed, ".." resolved by the file system), where a file is opened, not
// on the text an author wrote: a symlink inside the course that points outside is refused.
// Used by the loader (links, images), the reader (opening a course file) and every command.
#pragma once
#include <filesystem>
#include <string>

namespace lectern {

struct ContainedPath {
    enum class Status {
        Inside,       // `real` is a path inside the course folder (it may not exist yet: see `exists`)
        Outside,      // the path leaves the course folder, by its text or through a symlink
        Loop,         // a symbolic link loop on the way
        BadRoot,      // the course folder itself cannot be resolved
        NotOpenable,  // checkCourseFileToOpen: inside, but not a regular file, or a launcher
    };
    Status status = Status::BadRoot;
    std::filesystem::path real;  // canonical absolute path (Inside: the file to open)
    bool exists = false;         // Inside: something is there
    bool viaSymlink = false;     // Outside: the text stays inside, a symbolic link leads out
    std::string reason;          // not Inside: why, in words ("is a symbolic link to /etc/passwd, ...")

    bool inside() const { return status == Status::Inside; }
};

// `path` relative to `courseRoot`, or absolute. Never throws.
ContainedPath resolveInsideCourse(const std::filesystem::path& courseRoot, const std::filesystem::path& path);

// A course file the learner asked to open with the system's viewer (app/url_opener.cpp):
// resolved again at that moment, it must be an existing regular file inside the course and not
// a launcher (".desktop", which a desktop may run). `real` is what to hand to xdg-open.
ContainedPath checkCourseFileToOpen(const std::filesystem::path& courseRoot, const std::filesystem::path& file);

} // namespace lectern
