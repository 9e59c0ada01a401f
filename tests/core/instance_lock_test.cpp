// One window per progress file (platform/instance_lock.h): a second holder is refused and told
// who holds the lock; a holder killed with -9 leaves nothing locked.
#include "platform/instance_lock.h"
#include "store_test_support.h"

#include <csignal>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

using lectern::platform::InstanceLock;
using namespace store_test;

TEST_CASE("instance lock: a second process is refused, named, and let in after a kill -9", "[platform][lock]") {
    TempDir dir;
    const std::string db = dir.file("data/progress.db");  // the folder does not exist yet
    int ready[2];
    REQUIRE(pipe(ready) == 0);
    pid_t child = fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        InstanceLock lock;
        const bool held = lock.acquire(db) == InstanceLock::Outcome::Acquired;
        (void)!write(ready[1], held ? "1" : "0", 1);
        pause();  // until killed
        _exit(0);
    }
    char got = 0;
    REQUIRE(read(ready[0], &got, 1) == 1);
    REQUIRE(got == '1');

    {
        InstanceLock second;
        CHECK(second.acquire(db) == InstanceLock::Outcome::HeldByOther);
        CHECK(second.holderPid() == child);
    }
    struct stat st{};
    REQUIRE(stat(lectern::platform::lockPathFor(db).c_str(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0600);  // private to the account, like the progress file

    kill(child, SIGKILL);
    waitpid(child, nullptr, 0);
    InstanceLock after;
    CHECK(after.acquire(db) == InstanceLock::Outcome::Acquired);
    InstanceLock sameProcess;  // a second window of this very process is refused too
    CHECK(sameProcess.acquire(db) == InstanceLock::Outcome::HeldByOther);
    CHECK(sameProcess.holderPid() == getpid());
    close(ready[0]);
    close(ready[1]);
}

TEST_CASE("instance lock: a lock file that cannot be made is reported, not fatal", "[platform][lock]") {
    TempDir dir;
    const std::string db = dir.file("progress.db");
    fs::create_directories(lectern::platform::lockPathFor(db));  // a folder where the file would go
    InstanceLock lock;
    CHECK(lock.acquire(db) == InstanceLock::Outcome::Unavailable);
    CHECK_FALSE(lock.error().empty());
}
