// kill -9 at random moments while a bundle is imported: the file is always intact and holds
// the state from before the import or the one after it, never a part.
#include "sync_test_support.h"

#include <csignal>
#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace lectern;
using namespace sync_test;
using Clock = std::chrono::steady_clock;

namespace {

// Runs tests/tools/bundle_import_tool; kills it after `killAfter` unless it ended first.
// Returns true when it ran to its end.
bool runImportTool(const std::string& db, const std::string& bundle, std::chrono::microseconds killAfter) {
    const std::string tool = std::string(LECTERN_BINARY_DIR) + "/bundle_import_tool";
    pid_t pid = fork();
    if (pid == 0) {
        int devnull = open("/dev/null", O_WRONLY);
        dup2(devnull, STDOUT_FILENO);
        dup2(devnull, STDERR_FILENO);
        execl(tool.c_str(), tool.c_str(), "--db", db.c_str(), "--bundle", bundle.c_str(), nullptr);
        _exit(127);
    }
    REQUIRE(pid > 0);
    const auto deadline = Clock::now() + killAfter;
    int status = 0;
    while (Clock::now() < deadline) {
        if (waitpid(pid, &status, WNOHANG) == pid) return WIFEXITED(status) && WEXITSTATUS(status) == 0;
        std::this_thread::sleep_for(std::chrono::microseconds(200));
    }
    kill(pid, SIGKILL);
    waitpid(pid, &status, 0);
    return WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

void copyDatabase(const std::string& from, const std::string& to) {
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(to + suffix);
    for (const char* suffix : {"", "-wal"})
        if (std::filesystem::exists(from + suffix)) std::filesystem::copy_file(from + suffix, to + suffix);
}

// Through a read-write connection, which rolls back what a killed writer left in the WAL.
std::string integrity(const std::string& path) {
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
    std::string result = store_test::queryText(db, "PRAGMA integrity_check");
    sqlite3_close(db);
    return result;
}

} // namespace

TEST_CASE("sync: kill -9 during an import leaves the state before or after it", "[sync][crash]") {
    TempDir dir;
    const std::string source = dir.file("source.db"), base = dir.file("base.db"), work = dir.file("work.db");
    const std::string bundlePath = dir.file("bundle.lectern");
    std::vector<Person> people;
    for (int i = 0; i < 60; ++i) people.push_back({"learner " + std::to_string(i), i < 10 ? fixedUuid(i) : ""});
    recordMachine(source, people, 0, 20);
    std::vector<Person> local;
    for (int i = 0; i < 10; ++i) local.push_back({"learner " + std::to_string(i), fixedUuid(i)});
    recordMachine(base, local, 1, 5);  // ten of them also studied here
    store_test::writeBytes(bundlePath, exportBundle(source));

    const std::string before = eventDump(base) + stateDump(base, true);
    const int64_t beforeCount = store_test::queryInt(base, "SELECT COUNT(*) FROM events");
    copyDatabase(base, work);
    const auto t0 = Clock::now();
    REQUIRE(runImportTool(work, bundlePath, std::chrono::seconds(120)));
    const auto fullRun = std::chrono::duration_cast<std::chrono::microseconds>(Clock::now() - t0);
    const std::string after = eventDump(work) + stateDump(work, true);
    const int64_t afterCount = store_test::queryInt(work, "SELECT COUNT(*) FROM events");
    REQUIRE(afterCount > beforeCount);

    const unsigned seed = std::getenv("LECTERN_CRASH_SEED") ? unsigned(std::stoul(std::getenv("LECTERN_CRASH_SEED")))
                                                            : std::random_device{}();
    INFO("random seed " << seed << " (replay with LECTERN_CRASH_SEED=" << seed << "); a whole import takes "
                        << fullRun.count() << " us");
    std::mt19937 rng(seed);
    std::uniform_int_distribution<int64_t> at(0, fullRun.count());
    int sawBefore = 0, sawAfter = 0;
    for (int kill = 0; kill < 50; ++kill) {
        copyDatabase(base, work);
        runImportTool(work, bundlePath, std::chrono::microseconds(at(rng)));
        INFO("kill " << kill);
        REQUIRE(integrity(work) == "ok");
        const int64_t count = store_test::queryInt(work, "SELECT COUNT(*) FROM events");
        REQUIRE((count == beforeCount || count == afterCount));
        const std::string now = eventDump(work) + stateDump(work, true);
        if (count == beforeCount) {
            CHECK(now == before);
            ++sawBefore;
        } else {
            CHECK(now == after);
            ++sawAfter;
        }
    }
    // Killed mid-import most of the time (the before state), the import finished a few times.
    CHECK(sawBefore > 0);
    WARN("before " << sawBefore << ", after " << sawAfter << " of 50 kills");
}
