#include "platform/private_files.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace fs = std::filesystem;

namespace lectern::platform {

void createPrivateDirectories(const fs::path& dir, std::error_code& ec) {
    ec.clear();
    if (dir.empty()) return;
    // From the outermost missing folder inwards, each made 0700 (mkdir's mode is masked by the
    // umask, which can only take bits away: 0700 stays 0700 or less).
    fs::path built;
    for (const fs::path& part : dir.lexically_normal()) {
        if (part.empty()) continue;
        built /= part;
        if (::mkdir(built.c_str(), kPrivateDirMode) == 0) continue;
        const int err = errno;
        if (err == EEXIST && fs::is_directory(built, ec)) continue;
        if (!ec) ec = err == EEXIST ? std::make_error_code(std::errc::not_a_directory)
                                    : std::error_code(err, std::generic_category());
        return;
    }
}

bool createPrivateFile(const std::string& path, std::string& error) {
    int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, kPrivateFileMode);
    if (fd >= 0) {
        ::close(fd);
        return true;
    }
    if (errno == EEXIST) return true;
    error = std::strerror(errno);
    return false;
}

int openPrivateForAppend(const std::string& path) {
    return ::open(path.c_str(), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, kPrivateFileMode);
}

namespace {

// Through `<path>.part`, fsynced, then renamed over `path`. `exactMode`: `mode` is set as it is,
// not narrowed by the umask (a replaced file keeps the mode it had).
bool replaceWhole(const std::string& path, const std::string& bytes, mode_t mode, bool exactMode,
                  std::string& error) {
    std::string tmp = path + ".part";
    ::unlink(tmp.c_str());
    int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode);
    if (fd < 0) {
        error = "cannot write " + path + ": " + std::strerror(errno) + ". Choose a folder you can write to.";
        return false;
    }
    bool ok = ::write(fd, bytes.data(), bytes.size()) == ssize_t(bytes.size());
    ok = ok && (!exactMode || ::fchmod(fd, mode) == 0);
    ok = ok && ::fsync(fd) == 0;  // on the disk before the name points at it (a USB stick pulled out)
    ok = ::close(fd) == 0 && ok;
    if (!ok || ::rename(tmp.c_str(), path.c_str()) != 0) {
        error = "cannot write " + path + ": " + std::strerror(errno) + " (is the disk full?)";
        ::unlink(tmp.c_str());
        return false;
    }
    return true;
}

} // namespace

bool writePrivateFile(const std::string& path, const std::string& bytes, std::string& error) {
    return replaceWhole(path, bytes, kPrivateFileMode, false, error);
}

bool writeWholeFile(const std::string& path, const std::string& bytes, std::string& error) {
    struct stat st {};
    if (::stat(path.c_str(), &st) == 0) return replaceWhole(path, bytes, st.st_mode & 07777, true, error);
    return replaceWhole(path, bytes, 0666, false, error);
}

} // namespace lectern::platform
