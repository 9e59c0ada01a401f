// Another program reading the progress file while the app has it open (sqlite3, `lectern
// report`, a backup tool) must never take the app's WAL away. It did: the app read the file's
// header with a plain open() and close() while its writer was connected, and close() drops every
// POSIX lock the process holds on the file (sqlite.org/howtocorrupt.html, 2.2); the other
// program then saw no user, checkpointed and deleted -wal and -shm under the app, whose outbox
// failed with "disk I/O error" from then on (e2e lrs_app_sync_test, one run in two).
#include "store/read/read_only_open.h"
#include "store/schema.h"
#include "store/store_connection.h"
#include "store_test_support.h"

#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace lectern;
using namespace store_test;

namespace {

// Another program opens the file, reads it and closes it: the sqlite3 shell (tools/setup
// installs it), exec'd, so it shares none of this process's SQLite state (a forked child
// inherits SQLite's record of the locks held, and never tries to take them).
void readInAnotherProgram(const std::string& path) {
    const pid_t child = fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        execlp("sqlite3", "sqlite3", "-batch", path.c_str(), "SELECT count(*) FROM sqlite_master;", (char*)nullptr);
        _exit(127);
    }
    int status = 0;
    REQUIRE(waitpid(child, &status, 0) == child);
    REQUIRE(WIFEXITED(status));
    REQUIRE(WEXITSTATUS(status) == 0);  // 127: no sqlite3 (run tools/setup)
}

} // namespace

TEST_CASE("store: a header read while connected, then another program's read, keeps the WAL and every save",
          "[store][locks]") {
    TempDir dir;
    const std::string path = dir.file("progress.db");
    // A connection of this process holds the file, in WAL mode, with a commit in the WAL.
    openOk(optionsFor(dir));  // the file, with its schema (the store closes at once)
    auto db = store::openStoreConnection(path);
    REQUIRE(db);
    std::string error;
    REQUIRE(db->exec("CREATE TABLE probe (n INTEGER)", error) == SQLITE_OK);
    REQUIRE(db->exec("INSERT INTO probe VALUES (1)", error) == SQLITE_OK);
    REQUIRE(fs::exists(path + "-wal"));

    // What the app's workers do while connected: read the header, open a read-only view, open
    // another connection (the sync worker, each cycle).
    SECTION("the header") { CHECK(store::headerUserVersion(path) == store::latestSchemaVersion()); }
    SECTION("a read-only view") { CHECK(bool(store::read::openReadOnly(path))); }
    SECTION("another connection") { CHECK(bool(store::openStoreConnection(path))); }

    readInAnotherProgram(path);
    CHECK(fs::exists(path + "-wal"));  // still there: this process's locks held
    CHECK(fs::exists(path + "-shm"));

    // Saves go on, and a new connection sees them (it failed with "disk I/O error").
    REQUIRE(db->exec("INSERT INTO probe VALUES (2)", error) == SQLITE_OK);
    auto fresh = store::openStoreConnection(path);
    REQUIRE(fresh);
    CHECK(fresh->queryInt("SELECT count(*) FROM probe", error) == 2);
    INFO(error);
}
