#include "platform/instance_lock.h"

#include "platform/private_files.h"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <string>
#include <sys/file.h>
#include <unistd.h>

namespace lectern::platform {

std::string lockPathFor(const std::string& dbPath) { return dbPath + ".lock"; }

InstanceLock::~InstanceLock() {
    if (m_fd >= 0) close(m_fd);  // releases the flock; the file stays (removing it would race)
}

InstanceLock::Outcome InstanceLock::acquire(const std::string& dbPath) {
    m_path = lockPathFor(dbPath);
    // On the very first start the data folder does not exist yet.
    std::error_code ec;
    const std::filesystem::path folder = std::filesystem::path(m_path).parent_path();
    if (!folder.empty()) createPrivateDirectories(folder, ec);
    m_fd = open(m_path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (m_fd < 0) {
        m_error = std::strerror(errno);
        return Outcome::Unavailable;
    }
    if (flock(m_fd, LOCK_EX | LOCK_NB) != 0) {
        const int why = errno;
        if (why == EWOULDBLOCK) {
            char buf[32] = {};
            ssize_t n = pread(m_fd, buf, sizeof buf - 1, 0);
            m_holder = n > 0 ? static_cast<pid_t>(std::strtol(buf, nullptr, 10)) : 0;
            close(m_fd);
            m_fd = -1;
            return Outcome::HeldByOther;
        }
        m_error = std::strerror(why);
        close(m_fd);
        m_fd = -1;
        return Outcome::Unavailable;
    }
    // Who holds it, for the second start's message and its "bring the window forward".
    const std::string pid = std::to_string(getpid()) + "\n";
    if (ftruncate(m_fd, 0) == 0) (void)!pwrite(m_fd, pid.data(), pid.size(), 0);
    return Outcome::Acquired;
}

} // namespace lectern::platform
