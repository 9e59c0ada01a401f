#include "url_opener.h"

#include <spawn.h>
#include <sys/wait.h>

#include <thread>

extern char** environ;

namespace lectern::app {

bool openUrlInBrowser(const std::string& url, std::string& error) {
    // Only web and mail links leave the app; anything else (file:, javascript:...) is refused.
    if (url.rfind("https://", 0) != 0 && url.rfind("http://", 0) != 0 && url.rfind("mailto:", 0) != 0) {
        error = "Lectern opens only http, https and mailto links";
        return false;
    }
    pid_t pid = 0;
    char* argv[] = {const_cast<char*>("xdg-open"), const_cast<char*>(url.c_str()), nullptr};
    if (posix_spawnp(&pid, "xdg-open", nullptr, nullptr, argv, environ) != 0) {
        error = "cannot start xdg-open to open the link; copy it into your browser: " + url;
        return false;
    }
    // Reap xdg-open off the UI thread: it may wait for the browser to start.
    std::thread([pid] {
        int status = 0;
        waitpid(pid, &status, 0);
    }).detach();
    return true;
}

} // namespace lectern::app
