// Room kept in advance for the unsaved file. See disk_reserve.h.
#include "store/disk_reserve.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace lectern::store {

std::string diskReservePath(const std::string& dbPath) { return dbPath + ".reserve"; }

bool DiskReserve::keep(const std::string& dbPath, size_t bytes, std::string& error) {
    m_path = diskReservePath(dbPath);
    const int fd = ::open(m_path.c_str(), O_WRONLY | O_CREAT | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK, 0600);
    if (fd < 0) {
        error = "cannot create " + m_path + ": " + std::strerror(errno);
        m_path.clear();
        return false;
    }
    // posix_fallocate allocates real blocks (writing zeros would too, more slowly); a sparse
    // file (ftruncate) would free nothing when deleted.
    struct stat st {};
    int rc = ::fstat(fd, &st) != 0 ? errno : 0;
    if (rc == 0 && !S_ISREG(st.st_mode)) rc = EINVAL;
    if (rc == 0 && (st.st_blocks * 512 < off_t(bytes))) rc = ::posix_fallocate(fd, 0, off_t(bytes));
    ::close(fd);
    if (rc != 0) {
        error = "cannot keep " + std::to_string(bytes / 1024) + " KiB in reserve at " + m_path + ": " + std::strerror(rc);
        ::unlink(m_path.c_str());  // a partial reserve would only fill the disk sooner
        m_path.clear();
        return false;
    }
    return true;
}

bool DiskReserve::release() {
    if (m_path.empty()) return false;
    const bool freed = ::unlink(m_path.c_str()) == 0;
    m_path.clear();
    return freed;
}

} // namespace lectern::store
