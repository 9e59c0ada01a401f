#include "resource_paths.h"

#include <filesystem>
#include <unistd.h>

namespace lectern::app {
namespace {

namespace fs = std::filesystem;

fs::path executableDir() {
    char buf[4096];
    ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
    if (n <= 0) return {};
    buf[n] = 0;
    return fs::path(buf).parent_path();
}

// A course folder is recognised by its modules/ folder.
bool isCourse(const fs::path& dir) {
    std::error_code ec;
    return fs::is_directory(dir / "modules", ec);
}

} // namespace

std::string bundledCourseDir() {
    // Installed layout first when we run from an installed prefix: <prefix>/bin/../share/lectern/course
    fs::path installedNextToBinary = executableDir() / ".." / "share" / "lectern" / "course";
    for (const fs::path& candidate : {installedNextToBinary, fs::path(LECTERN_INSTALLED_COURSE_DIR),
                                      fs::path(LECTERN_SOURCE_COURSE_DIR)}) {
        if (isCourse(candidate)) return fs::weakly_canonical(candidate).string();
    }
    return LECTERN_SOURCE_COURSE_DIR;
}

std::string assetsDir() {
    fs::path installedNextToBinary = executableDir() / ".." / "share" / "lectern" / "assets";
    std::error_code ec;
    for (const fs::path& candidate : {installedNextToBinary, fs::path(LECTERN_INSTALLED_ASSETS_DIR),
                                      fs::path(LECTERN_SOURCE_ASSETS_DIR)}) {
        if (fs::is_directory(candidate, ec)) return fs::weakly_canonical(candidate).string();
    }
    return LECTERN_SOURCE_ASSETS_DIR;
}

std::string localeDir() {
    fs::path installedNextToBinary = executableDir() / ".." / "share" / "lectern" / "locale";
    std::error_code ec;
    // The build tree before the prefix: a checkout's binary must not read an older install's words.
    for (const fs::path& candidate : {installedNextToBinary, fs::path(LECTERN_BUILD_LOCALE_DIR), fs::path(LECTERN_INSTALLED_LOCALE_DIR)})
        if (fs::is_directory(candidate, ec)) return fs::weakly_canonical(candidate).string();
    return LECTERN_BUILD_LOCALE_DIR;
}

} // namespace lectern::app
