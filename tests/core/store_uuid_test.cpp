// Event ids are random (version 4) UUIDs from libuuid: well-formed, and never repeated, not
// even between a parent and a child process that forked from it (an mt19937 copied by fork
// would repeat the parent's sequence).
#include "store/uuid.h"

#include <catch2/catch.hpp>
#include <regex>
#include <set>
#include <string>
#include <sys/wait.h>
#include <unistd.h>

using lectern::store::makeUuidV4;

TEST_CASE("store: event UUIDs are well-formed version 4 and never repeat", "[store][uuid]") {
    const std::regex v4("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    std::set<std::string> seen;
    for (int i = 0; i < 20000; ++i) {
        std::string id = makeUuidV4();
        INFO(id);
        REQUIRE(std::regex_match(id, v4));
        REQUIRE(seen.insert(id).second);
    }
}

TEST_CASE("store: a forked process draws different UUIDs from its parent", "[store][uuid]") {
    makeUuidV4();  // any per-process state is now initialised and would be copied by fork
    int pipeFds[2];
    REQUIRE(pipe(pipeFds) == 0);
    pid_t pid = fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
        std::string id = makeUuidV4();
        ssize_t n = write(pipeFds[1], id.data(), id.size());
        _exit(n == ssize_t(id.size()) ? 0 : 1);
    }
    close(pipeFds[1]);
    std::string parent = makeUuidV4();
    char buf[64] = {};
    ssize_t n = read(pipeFds[0], buf, sizeof buf - 1);
    close(pipeFds[0]);
    int status = 0;
    waitpid(pid, &status, 0);
    REQUIRE(n == 36);
    CHECK(std::string(buf, size_t(n)) != parent);
}
