// Containment on real paths. See contained_path.h.
#include "util/contained_path.h"

#include <algorithm>

namespace lectern {
namespace fs = std::filesystem;
namespace {

// Component-wise: "/c/course2" is not inside "/c/course".
bool isUnder(const fs::path& root, const fs::path& p) {
    auto r = root.begin(), q = p.begin();
    for (; r != root.end(); ++r, ++q) {
        if (r->empty()) continue;  // a trailing separator
        if (q == p.end() || *r != *q) return false;
    }
    return true;
}

bool isLoop(const std::error_code& ec) { return ec == std::errc::too_many_symbolic_link_levels; }

} // namespace

ContainedPath resolveInsideCourse(const fs::path& courseRoot, const fs::path& path) {
    ContainedPath out;
    std::error_code ec;
    const fs::path root = fs::canonical(courseRoot.empty() ? fs::path(".") : courseRoot, ec);
    if (ec) {
        out.reason = "the course folder " + courseRoot.string() + " cannot be opened (" + ec.message() + ")";
        return out;
    }
    const fs::path joined = path.is_absolute() ? path : root / path;
    // weakly_canonical follows every symlink of the part that exists and normalises the rest.
    out.real = fs::weakly_canonical(joined, ec);
    if (ec) {
        out.status = isLoop(ec) ? ContainedPath::Status::Loop : ContainedPath::Status::Outside;
        out.reason = isLoop(ec) ? "is a symbolic link that loops (a loop of symbolic links: following it leads back to itself); point the link at a real file or replace it by the file" : "cannot be resolved (" + ec.message() + ")";
        out.real.clear();
        return out;
    }
    if (!isUnder(root, out.real)) {
        out.status = ContainedPath::Status::Outside;
        out.viaSymlink = isUnder(root, joined.lexically_normal());
        out.reason = out.viaSymlink ? "is a symbolic link to " + out.real.string() + ", outside the course folder"
                                    : "leaves the course folder";
        return out;
    }
    out.status = ContainedPath::Status::Inside;
    const fs::file_status st = fs::symlink_status(out.real, ec);
    out.exists = !ec && fs::exists(st);
    return out;
}

ContainedPath checkCourseFileToOpen(const fs::path& courseRoot, const fs::path& file) {
    ContainedPath c = resolveInsideCourse(courseRoot, file);
    if (!c.inside()) return c;
    std::error_code ec;
    if (!c.exists) {
        c.status = ContainedPath::Status::NotOpenable;
        c.reason = "is no longer there";
    } else if (!fs::is_regular_file(c.real, ec)) {
        c.status = ContainedPath::Status::NotOpenable;
        c.reason = "is not a regular file";
    } else if (c.real.extension() == ".desktop") {
        c.status = ContainedPath::Status::NotOpenable;
        c.reason = "is a launcher (.desktop) file, which could start a program";
    }
    return c;
}

} // namespace lectern
