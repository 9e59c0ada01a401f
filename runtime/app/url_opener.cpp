#include "url_opener.h"

#include "util/contained_path.h"
#include "util/url_parts.h"

#include <spawn.h>
#include <sys/wait.h>

#include <filesystem>
#include <thread>

extern char** environ;

namespace lectern::app {
namespace {

bool spawnXdgOpen(const std::string& what, std::string& error, OpenFailed onFailed) {
    pid_t pid = 0;
    char* argv[] = {const_cast<char*>("xdg-open"), const_cast<char*>(what.c_str()), nullptr};
    if (posix_spawnp(&pid, "xdg-open", nullptr, nullptr, argv, environ) != 0) {
        error = "cannot start xdg-open to open " + what;
        return false;
    }
    // Reap xdg-open off the UI thread: it may wait for the browser or viewer to start.
    std::thread([pid, onFailed = std::move(onFailed)] {
        int status = 0;
        if (waitpid(pid, &status, 0) == pid && !(WIFEXITED(status) && WEXITSTATUS(status) == 0) && onFailed) onFailed();
    }).detach();
    return true;
}

} // namespace

bool openUrlInBrowser(const std::string& url, std::string& error, OpenFailed onFailed) {
    // Only web and mail links leave the app; anything else (file:, javascript:...) is refused.
    if (url.rfind("https://", 0) != 0 && url.rfind("http://", 0) != 0 && url.rfind("mailto:", 0) != 0) {
        error = "Lectern opens only http, https and mailto links";
        return false;
    }
    if (!spawnXdgOpen(url, error, std::move(onFailed))) {
        error = "cannot start xdg-open to open the link; copy it into your browser: " + url;
        return false;
    }
    return true;
}

bool openConfirmedLink(const std::string& url, const std::string& courseRoot, std::string& error, OpenFailed onFailed) {
    namespace fs = std::filesystem;
    if (url.rfind(kCourseFileScheme, 0) != 0) return openUrlInBrowser(url, error, std::move(onFailed));
    const fs::path file = url.substr(std::string_view(kCourseFileScheme).size());
    // Checked again where it is opened: the folder may have changed since the course loaded.
    const ContainedPath c = checkCourseFileToOpen(courseRoot, file);
    if (!c.inside()) {
        error = "Lectern opens only regular files inside the course folder; " + file.string() + " " + c.reason;
        return false;
    }
    return spawnXdgOpen(c.real.string(), error, std::move(onFailed));
}

} // namespace lectern::app
