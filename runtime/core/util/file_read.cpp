// Bounded file reading. See file_read.h.
#include "util/file_read.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace lectern {
namespace {

// What a file that is not a regular file is, for "is a ..., not a file".
struct Problem {
    FileReadError code = FileReadError::None;
    std::string message;
};

Problem kindOf(mode_t mode) {
    if (S_ISDIR(mode)) return {FileReadError::IsFolder, "is a folder, not a file"};
    if (S_ISFIFO(mode)) return {FileReadError::NotAFile, "is a named pipe (FIFO), not a file"};
    if (S_ISCHR(mode) || S_ISBLK(mode)) return {FileReadError::NotAFile, "is a device, not a file"};
    if (S_ISSOCK(mode)) return {FileReadError::NotAFile, "is a socket, not a file"};
    return {FileReadError::NotAFile, "is not a regular file"};
}

Problem openProblem(int err) {
    switch (err) {
    case ENOENT:
    case ENOTDIR: return {FileReadError::NotFound, "file not found"};
    case ELOOP:
        return {FileReadError::SymlinkLoop,
                "is a symbolic link that loops (ELOOP: following it leads back to itself or through more than 40 "
                "links); point the link at a real file or replace it by the file"};
    case EACCES:
    case EPERM: return {FileReadError::Unreadable, "cannot be read: permission denied (check its permissions)"};
    default: return {FileReadError::Unreadable, std::string("cannot be opened: ") + std::strerror(err)};
    }
}

// Opens `path` for reading only when it is a regular file. stat first, so a device is never
// opened (opening one can have effects); O_NONBLOCK and fstat after, so a file swapped for a
// FIFO in between cannot block either. Returns -1 with `error` set.
int openRegular(const std::filesystem::path& path, struct stat& st, Problem& error) {
    if (::stat(path.c_str(), &st) != 0) {
        error = openProblem(errno);
        return -1;
    }
    if (!S_ISREG(st.st_mode)) {
        error = kindOf(st.st_mode);
        return -1;
    }
    const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd < 0) {
        error = openProblem(errno);
        return -1;
    }
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        error = ::fstat(fd, &st) == 0 ? kindOf(st.st_mode) : openProblem(errno);
        ::close(fd);
        return -1;
    }
    return fd;
}

// Reads up to `limit` bytes from `fd` into `out`.
bool readUpTo(int fd, size_t limit, std::string& out, Problem& error) {
    out.resize(limit);
    size_t got = 0;
    while (got < limit) {
        const ssize_t n = ::read(fd, out.data() + got, limit - got);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) {
            error = {FileReadError::Unreadable, std::string("cannot be read: ") + std::strerror(errno)};
            out.clear();
            return false;
        }
        if (n == 0) break;
        got += size_t(n);
    }
    out.resize(got);
    return true;
}

} // namespace

std::string formatByteSize(size_t bytes) {
    char buf[64];
    if (bytes >= 1024u * 1024u) {
        const double mib = double(bytes) / (1024.0 * 1024.0);
        if (bytes % (1024u * 1024u) == 0) std::snprintf(buf, sizeof buf, "%zu MiB", bytes / (1024u * 1024u));
        else std::snprintf(buf, sizeof buf, "%.1f MiB", mib);
    } else if (bytes >= 1024u) {
        std::snprintf(buf, sizeof buf, "%zu KiB", bytes / 1024u);
    } else {
        std::snprintf(buf, sizeof buf, "%zu bytes", bytes);
    }
    return buf;
}

std::string regularFileProblem(const std::filesystem::path& path) {
    struct stat st {};
    Problem problem;
    const int fd = openRegular(path, st, problem);
    if (fd >= 0) ::close(fd);
    return problem.message;
}

static FileRead failed(Problem problem) {
    FileRead r;
    r.error = problem.code;
    r.message = std::move(problem.message);
    return r;
}

FileRead readFileBounded(const std::filesystem::path& path, size_t maxBytes) {
    struct stat st {};
    Problem problem;
    const int fd = openRegular(path, st, problem);
    if (fd < 0) return failed(std::move(problem));
    const size_t size = size_t(st.st_size);
    if (size > maxBytes) {
        ::close(fd);
        FileRead r = failed({FileReadError::TooLarge, "file is " + formatByteSize(size) + ", over the limit of " +
                                                          formatByteSize(maxBytes) + "; split it into smaller files"});
        r.size = size;
        return r;
    }
    // Read at most maxBytes + 1: the file may have grown since it was measured.
    FileRead r;
    const bool read = readUpTo(fd, maxBytes + 1 < size + 4096 ? maxBytes + 1 : size + 4096, r.bytes, problem);
    ::close(fd);
    if (!read) return failed(std::move(problem));
    if (r.bytes.size() > maxBytes)
        return failed({FileReadError::TooLarge, "file is over the limit of " + formatByteSize(maxBytes) +
                                                    "; split it into smaller files"});
    r.size = r.bytes.size();
    return r;
}

FileRead readFileHead(const std::filesystem::path& path, size_t headBytes) {
    struct stat st {};
    Problem problem;
    const int fd = openRegular(path, st, problem);
    if (fd < 0) return failed(std::move(problem));
    FileRead r;
    const bool read = readUpTo(fd, headBytes, r.bytes, problem);
    ::close(fd);
    if (!read) return failed(std::move(problem));
    r.size = size_t(st.st_size);
    return r;
}

} // namespace lectern
