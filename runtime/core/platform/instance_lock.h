// One window per progress file. Two windows on one file would each keep their own copy of the
// learner's progress, and the first one's next save would silently replace the second's
// answers in what it shows. The lock is an flock() on "<db>.lock" (beside the file, private to
// the account): the operating system releases it when the process ends, however it ends, so a
// crash never leaves Lectern locked out.
#pragma once
#include <string>
#include <sys/types.h>

namespace lectern::platform {

class InstanceLock {
public:
    enum class Outcome {
        Acquired,    // this process holds the lock until it exits (or the object is destroyed)
        HeldByOther, // another process holds it: holderPid() says which, when it could be read
        Unavailable, // no lock file could be made (read-only folder...): go on without one
    };

    InstanceLock() = default;
    ~InstanceLock();
    InstanceLock(const InstanceLock&) = delete;
    InstanceLock& operator=(const InstanceLock&) = delete;

    Outcome acquire(const std::string& dbPath);
    pid_t holderPid() const { return m_holder; }
    const std::string& lockPath() const { return m_path; }
    const std::string& error() const { return m_error; }  // for Unavailable: why

private:
    int m_fd = -1;
    pid_t m_holder = 0;
    std::string m_path;
    std::string m_error;
};

std::string lockPathFor(const std::string& dbPath);

} // namespace lectern::platform
