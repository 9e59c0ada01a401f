// Kept descriptors of progress files. See database_file_read.h.
#include "store/database_file_read.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <map>
#include <mutex>
#include <utility>

namespace lectern::store {
namespace {

using FileKey = std::pair<dev_t, ino_t>;

std::mutex& keptMutex() {
    static std::mutex m;
    return m;
}

// One descriptor per file (device, inode) this process has read directly.
std::map<FileKey, int>& kept() {
    static std::map<FileKey, int> fds;
    return fds;
}

// Files deleted since: their descriptors can go (a test process makes thousands of databases).
void dropDeleted(std::map<FileKey, int>& fds) {
    for (auto it = fds.begin(); it != fds.end();) {
        struct stat st {};
        if (::fstat(it->second, &st) != 0 || st.st_nlink == 0) {
            ::close(it->second);
            it = fds.erase(it);
        } else {
            ++it;
        }
    }
}

} // namespace

// The kept descriptor of `path`, opened now if it was not yet; -1 with `error` or `regular` set.
static int keptDescriptor(const std::string& path, int& error, bool& regular) {
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0) {
        error = errno;
        return -1;
    }
    if (!S_ISREG(st.st_mode)) {  // a FIFO would block an open for ever
        regular = false;
        return -1;
    }
    auto& fds = kept();
    dropDeleted(fds);
    if (auto it = fds.find({st.st_dev, st.st_ino}); it != fds.end()) return it->second;
    const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd < 0) {
        error = errno;
        return -1;
    }
    struct stat opened {};
    if (::fstat(fd, &opened) != 0 || !S_ISREG(opened.st_mode)) {
        regular = false;
        ::close(fd);  // replaced meanwhile by something that is no file: never a database in use
        return -1;
    }
    fds[{opened.st_dev, opened.st_ino}] = fd;
    return fd;
}

long long readDatabaseFileInto(const std::string& path, size_t offset, void* buffer, size_t length, int& error) {
    std::lock_guard lock(keptMutex());
    bool regular = true;
    error = 0;
    const int fd = keptDescriptor(path, error, regular);
    if (fd < 0) {
        if (!regular) error = ENODEV;
        return -1;
    }
    size_t got = 0;
    while (got < length) {
        const ssize_t n = ::pread(fd, static_cast<char*>(buffer) + got, length - got, off_t(offset + got));
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) {
            error = errno;
            return -1;
        }
        if (n == 0) break;
        got += size_t(n);
    }
    return static_cast<long long>(got);
}

DatabaseFileRead readDatabaseFile(const std::string& path, size_t offset, size_t length) {
    DatabaseFileRead r;
    r.bytes.resize(length);
    const long long got = readDatabaseFileInto(path, offset, r.bytes.data(), length, r.error);
    if (got < 0) {
        r.regular = r.error != ENODEV;
        if (!r.regular) r.error = 0;
        r.bytes.clear();
        return r;
    }
    r.bytes.resize(size_t(got));
    return r;
}

} // namespace lectern::store
