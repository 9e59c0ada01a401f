// Learner data is private to its account: the folders Lectern creates are 0700 (the data
// folder and ~/.local/share itself when Lectern is the one making them), the database, its
// -wal and -shm, backups, the unsaved-answers file and the --log file 0600. Checked with stat
// on real files, under the usual umask 022 (which would give 0755 and 0644).
#include "platform/json_log.h"
#include "platform/xdg_paths.h"
#include "store/unsaved_file.h"
#include "store/uuid.h"
#include "store_test_support.h"
#include "../common/selected_scope.h"

#include <cstdlib>
#include <sys/stat.h>

using namespace lectern;
using namespace store_test;

namespace {

unsigned modeOf(const fs::path& path) {
    struct stat st {};
    REQUIRE(::stat(path.c_str(), &st) == 0);
    return unsigned(st.st_mode & 07777);
}

struct Umask {
    mode_t old;
    explicit Umask(mode_t m) : old(::umask(m)) {}
    ~Umask() { ::umask(old); }
};

} // namespace

TEST_CASE("store: the database, -wal, -shm, backups and the folders made for them are private", "[store][permissions]") {
    Umask umask022(022);
    TempDir dir;
    StoreOpenOptions options;
    options.path = (dir.path() / "share" / "lectern" / "progress.db").string();  // neither folder exists yet
    {
        auto store = openOk(options);
        LearnerId id = store->ensureLearner("Amina");
        std::string error;
        REQUIRE(store->selectLearner(id, "c", error));
        store->submit(test::selectedScope(*store), SaveReflection{"m", "r", "private words"});
        REQUIRE(store->flush(5000));
        // While the store is open the WAL and its index exist.
        CHECK(modeOf(options.path + "-wal") == 0600);
        CHECK(modeOf(options.path + "-shm") == 0600);
    }
    { auto again = openOk(options); }  // the start-up backup now holds her words
    CHECK(modeOf(dir.path() / "share") == 0700);
    CHECK(modeOf(dir.path() / "share" / "lectern") == 0700);
    CHECK(modeOf(options.path) == 0600);
    const fs::path backups = dir.path() / "share" / "lectern" / "backups";
    CHECK(modeOf(backups) == 0700);
    int files = 0;
    for (auto& e : fs::directory_iterator(backups)) {
        INFO(e.path());
        CHECK(modeOf(e.path()) == 0600);
        ++files;
    }
    CHECK(files >= 1);
    // A folder that already existed keeps its mode: Lectern does not tighten what it did not make.
    CHECK(modeOf(dir.path()) != 0700);
}

TEST_CASE("store: the unsaved-answers file and the --log file are private", "[store][permissions]") {
    Umask umask022(022);
    TempDir dir;
    const std::string db = dir.file("progress.db");
    std::vector<store::QueuedCommand> commands = {
        {SaveReflection{"m", "r", "words not yet saved"}, 1, "c", store::makeUuidV4(), 1700000000000}};
    std::string error;
    REQUIRE(store::writeUnsavedFile(db, commands, error));
    CHECK(modeOf(store::unsavedFilePath(db)) == 0600);

    platform::JsonLog log;
    REQUIRE(log.open(dir.file("lectern.log"), error));
    log.write("started");
    CHECK(modeOf(dir.file("lectern.log")) == 0600);
}

TEST_CASE("platform: the data folder and its missing parents are created 0700", "[platform][permissions]") {
    Umask umask022(022);
    TempDir dir;
    const char* old = std::getenv("XDG_DATA_HOME");
    std::string saved = old ? old : "";
    ::setenv("XDG_DATA_HOME", (dir.path() / "home" / ".local" / "share").c_str(), 1);
    std::string error;
    bool made = platform::ensureDir(platform::dataDir(), error);
    if (old) ::setenv("XDG_DATA_HOME", saved.c_str(), 1);
    else ::unsetenv("XDG_DATA_HOME");
    REQUIRE(made);
    CHECK(modeOf(dir.path() / "home" / ".local" / "share") == 0700);
    CHECK(modeOf(dir.path() / "home" / ".local" / "share" / "lectern") == 0700);
}
