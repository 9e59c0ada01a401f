// Running tests/tools/store_writer_tool as a real child process: start it with its stdout on a
// pipe, kill it, collect the tokens it acknowledged.
#pragma once
#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <filesystem>
#include <grp.h>
#include <poll.h>
#include <set>
#include <string>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace store_test {

inline std::string writerToolPath() { return std::string(LECTERN_BINARY_DIR) + "/store_writer_tool"; }

// A child run as another user may not reach the build tree (a clone inside a 0700 folder, as
// `mktemp -d` makes one): it runs a copy of the tool in a folder every user can enter,
// made once per test process and removed at its end.
inline std::string writerToolForOtherUsers() {
    namespace fs = std::filesystem;
    static const struct Copy {
        fs::path dir;
        Copy() : dir(fs::temp_directory_path() / ("lectern-writer-" + std::to_string(getpid()))) {
            const auto open = fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec |
                              fs::perms::others_read | fs::perms::others_exec;
            fs::create_directories(dir);
            fs::permissions(dir, open);
            fs::copy_file(writerToolPath(), dir / "store_writer_tool", fs::copy_options::overwrite_existing);
            fs::permissions(dir / "store_writer_tool", open);
        }
        ~Copy() {
            std::error_code ec;
            fs::remove_all(dir, ec);
        }
    } copy;
    return (copy.dir / "store_writer_tool").string();
}

struct ChildOptions {
    int uid = -1;              // run as this user (and group); -1 = as the test
    bool mergeStderr = false;  // stderr to the same pipe as stdout (else /dev/null)
};

class ChildWriter {
public:
    explicit ChildWriter(const std::vector<std::string>& args, ChildOptions options = {}) {
        std::string tool = options.uid >= 0 ? writerToolForOtherUsers() : writerToolPath();  // before fork()
        int fds[2];
        if (pipe(fds) != 0) return;
        m_pid = fork();
        if (m_pid == 0) {
            dup2(fds[1], STDOUT_FILENO);
            if (options.mergeStderr) {
                dup2(fds[1], STDERR_FILENO);
            } else {
                int devnull = open("/dev/null", O_WRONLY);
                if (devnull >= 0) dup2(devnull, STDERR_FILENO);
            }
            if (options.uid >= 0 && (setgroups(0, nullptr) != 0 || setgid(gid_t(options.uid)) != 0 ||
                                     setuid(uid_t(options.uid)) != 0))
                _exit(126);
            close(fds[0]);
            close(fds[1]);
            std::vector<char*> argv;
            argv.push_back(tool.data());
            std::vector<std::string> copy = args;
            for (auto& a : copy) argv.push_back(a.data());
            argv.push_back(nullptr);
            execv(tool.c_str(), argv.data());
            _exit(127);
        }
        close(fds[1]);
        m_out = fds[0];
    }
    ~ChildWriter() {
        if (m_pid > 0 && !m_reaped) {
            kill(m_pid, SIGKILL);
            int status;
            waitpid(m_pid, &status, 0);
        }
        if (m_out >= 0) close(m_out);
    }
    bool started() const { return m_pid > 0 && m_out >= 0; }

    // Reads whatever output is available within `ms`.
    void pump(int ms) {
        pollfd p{m_out, POLLIN, 0};
        if (poll(&p, 1, ms) > 0) readSome();
    }
    void killNow() { kill(m_pid, SIGKILL); }
    // Reads to end of output and reaps the child; returns its wait status.
    int finish() {
        while (readSome() > 0) {}
        int status = 0;
        waitpid(m_pid, &status, 0);
        m_reaped = true;
        return status;
    }
    const std::string& output() const { return m_buffer; }
    // Tokens from complete "ACK <token>" lines.
    std::vector<std::string> acknowledged() const {
        std::vector<std::string> out;
        size_t pos = 0;
        while (true) {
            size_t nl = m_buffer.find('\n', pos);
            if (nl == std::string::npos) break;
            std::string line = m_buffer.substr(pos, nl - pos);
            if (line.rfind("ACK ", 0) == 0) out.push_back(line.substr(4));
            pos = nl + 1;
        }
        return out;
    }

private:
    ssize_t readSome() {
        char buf[4096];
        ssize_t n;
        do n = read(m_out, buf, sizeof buf);
        while (n < 0 && errno == EINTR);
        if (n > 0) m_buffer.append(buf, size_t(n));
        return n;
    }
    pid_t m_pid = -1;
    int m_out = -1;
    bool m_reaped = false;
    std::string m_buffer;
};

} // namespace store_test
