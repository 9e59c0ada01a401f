// The corruption drill: flipped bytes, a truncated file, a deleted -wal, an unreadable file
// (refused, not damaged), a read-only folder. Each time: no crash, the damaged file is kept (renamed, never deleted),
// the newest good backup is restored and the learner is told, or a clear error says what to do.
#include "../common/selected_scope.h"
#include "store_process_support.h"
#include "store_test_support.h"

#include "i18n/gettext_catalog.h"

#include <sys/stat.h>

using namespace lectern;
using namespace store_test;

namespace {

constexpr int kNobody = 65534;

// A database with Amina's reflection, closed, then opened and closed once more so that the
// start-up backup holds her work too.
LearnerId makeProgress(const StoreOpenOptions& options) {
    LearnerId id;
    {
        auto store = openOk(options);
        id = store->ensureLearner("Amina");
        std::string error;
        REQUIRE(store->selectLearner(id, "c", error));
        store->submit(lectern::test::selectedScope(*store), SaveReflection{"m", "r", "My reflection, backed up."});
        store->submit(lectern::test::selectedScope(*store), RecordQuizAttempt{"m", "q", "{}", 3, 4, true});
        REQUIRE(store->flush(5000));
    }
    { auto store = openOk(options); }
    return id;
}

void requireRestored(const StoreOpenOptions& options, LearnerId id) {
    auto store = openOk(options);
    std::string error;
    REQUIRE(store->selectLearner(id, "c", error));
    CHECK(store->snapshot()->reflectionText("m", "r") == "My reflection, backed up.");
    CHECK(store->snapshot()->attemptCount("m", "q") == 1);
    CHECK(queryText(options.path, "PRAGMA integrity_check") == "ok");
}

// The file set aside as <name>.damaged-<time>, or empty.
std::string damagedCopy(const TempDir& dir) {
    for (auto& e : fs::directory_iterator(dir.path()))
        if (e.path().filename().string().find(".damaged-") != std::string::npos &&
            e.path().filename().string().find("-wal") == std::string::npos &&
            e.path().filename().string().find("-shm") == std::string::npos)
            return e.path().string();
    return {};
}

bool runningAsRoot() { return geteuid() == 0; }

} // namespace

TEST_CASE("store: flipped bytes in the b-tree are detected, the backup is restored and the file kept",
          "[store][recovery]") {
    TempDir dir;
    auto options = optionsFor(dir);
    LearnerId id = makeProgress(options);
    std::string bytes = readBytes(options.path);
    REQUIRE(bytes.size() >= 4 * 4096);
    for (size_t page = 1; page * 4096 < bytes.size(); ++page)
        for (size_t k = 0; k < 8; ++k) bytes[page * 4096 + k] = char(bytes[page * 4096 + k] ^ 0x5A);
    writeBytes(options.path, bytes);

    StoreOpenReport report;
    { auto store = openOk(options, &report); }
    REQUIRE(report.notices.size() == 1);
    CHECK(report.notices[0].find("damaged") != std::string::npos);
    CHECK(report.notices[0].find("restored") != std::string::npos);
    std::string kept = damagedCopy(dir);
    REQUIRE_FALSE(kept.empty());
    CHECK(readBytes(kept) == bytes);  // renamed, not rewritten
    requireRestored(options, id);
}

TEST_CASE("store: random flipped bytes never crash the open, and what opens is intact", "[store][recovery]") {
    TempDir dir;
    auto options = optionsFor(dir);
    makeProgress(options);
    const std::string good = readBytes(options.path);
    std::mt19937 rng(12345);
    int recovered = 0;
    for (int round = 0; round < 60; ++round) {
        std::string bytes = good;
        std::uniform_int_distribution<size_t> at(100, bytes.size() - 1);
        for (int k = 0; k < 16; ++k) bytes[at(rng)] ^= char(1 << (k % 8));
        fs::remove(options.path);
        writeBytes(options.path, bytes);
        StoreOpenReport report;
        auto store = ProgressStore::open(options, report);
        INFO("round " << round << ": " << report.error);
        REQUIRE(report.ok);
        store.reset();
        CHECK(queryText(options.path, "PRAGMA integrity_check") == "ok");
        if (!report.notices.empty()) ++recovered;
    }
    WARN("random flips: " << recovered << " of 60 damaged files were detected and recovered; the rest hit bytes "
         "SQLite cannot tell from data (text, free space) and opened intact");
}

TEST_CASE("store: a damaged index is rebuilt without going back to a backup", "[store][recovery]") {
    TempDir dir;
    auto options = optionsFor(dir);
    LearnerId id = makeProgress(options);
    {
        // Work saved after the last backup: restoring a backup would lose it, a repair must not.
        auto store = openOk(options);
        std::string error;
        REQUIRE(store->selectLearner(id, "c", error));
        store->submit(lectern::test::selectedScope(*store), SaveReflection{"m", "r", "Saved after the last backup."});
        REQUIRE(store->flush(5000));
    }
    {
        // Make an index disagree with its table, as a flipped bit in an index page would:
        // its entries stay sorted by (course, module, item) but it now claims (item, module, course).
        sqlite3* db = nullptr;
        REQUIRE(sqlite3_open(options.path.c_str(), &db) == SQLITE_OK);
        sqlite3_exec(db, "PRAGMA writable_schema=ON", nullptr, nullptr, nullptr);
        REQUIRE(sqlite3_exec(db, "UPDATE sqlite_schema SET sql = 'CREATE INDEX events_by_object ON events "
                                 "(item_id, module_id, course_id)' WHERE name = 'events_by_object'",
                             nullptr, nullptr, nullptr) == SQLITE_OK);
        sqlite3_close(db);
    }
    std::string damaged = queryText(options.path, "PRAGMA integrity_check");
    REQUIRE(damaged.find("missing from index") != std::string::npos);

    StoreOpenReport report;
    auto store = openOk(options, &report);
    REQUIRE(report.notices.size() == 1);
    CHECK(report.notices[0].find("index") != std::string::npos);
    CHECK(report.notices[0].find("nothing was lost") != std::string::npos);
    CHECK_FALSE(damagedCopy(dir).empty());
    std::string error;
    REQUIRE(store->selectLearner(id, "c", error));
    CHECK(store->snapshot()->reflectionText("m", "r") == "Saved after the last backup.");
    store.reset();
    CHECK(queryText(options.path, "PRAGMA integrity_check") == "ok");
}

TEST_CASE("store: a truncated file is set aside and the backup restored", "[store][recovery]") {
    TempDir dir;
    auto options = optionsFor(dir);
    LearnerId id = makeProgress(options);
    std::string bytes = readBytes(options.path);

    SECTION("cut in half") { fs::resize_file(options.path, bytes.size() / 2); }
    SECTION("cut inside the header") { fs::resize_file(options.path, 50); }
    SECTION("emptied") { fs::resize_file(options.path, 0); }

    StoreOpenReport report;
    { auto store = openOk(options, &report); }
    REQUIRE_FALSE(report.notices.empty());
    CHECK(report.notices.back().find("restored") != std::string::npos);
    CHECK_FALSE(damagedCopy(dir).empty());
    requireRestored(options, id);
}

TEST_CASE("store: with no good backup a damaged file is still kept and a new one started", "[store][recovery]") {
    TempDir dir;
    auto options = optionsFor(dir);
    makeProgress(options);
    fs::remove_all(dir.path() / "backups");
    fs::resize_file(options.path, 1000);
    StoreOpenReport report;
    auto store = openOk(options, &report);
    REQUIRE(report.notices.size() == 1);
    CHECK(report.notices[0].find("no good backup") != std::string::npos);
    CHECK(fs::file_size(damagedCopy(dir)) == 1000);
    CHECK(store->learners().empty());
}

TEST_CASE("store: a deleted -wal loses only what it held, the database still opens intact", "[store][recovery]") {
    TempDir dir;
    auto options = optionsFor(dir);
    LearnerId id = makeProgress(options);  // closed cleanly: checkpointed into the main file

    SECTION("after a clean close there is nothing to lose") {
        fs::remove(options.path + "-wal");
        requireRestored(options, id);
    }
    SECTION("after a crash the learner is told that recent answers may be lost") {
        auto store = openOk(options);
        std::string error;
        REQUIRE(store->selectLearner(id, "c", error));
        store->submit(lectern::test::selectedScope(*store), SaveReflection{"m", "r", "only in the WAL"});
        REQUIRE(store->flush(5000));
        // The files as a power cut would leave them, minus the -wal.
        std::string crashed = dir.file("crashed.db");
        fs::copy_file(options.path, crashed);
        fs::copy_file(options.path + "-shm", crashed + "-shm");
        REQUIRE(fs::exists(options.path + "-wal"));
        store.reset();

        auto crashedOptions = optionsFor(dir, "crashed.db");
        StoreOpenReport report;
        auto reopened = openOk(crashedOptions, &report);
        REQUIRE_FALSE(report.notices.empty());
        CHECK(report.notices[0].find("-wal) is missing") != std::string::npos);
        REQUIRE(reopened->selectLearner(id, "c", error));
        CHECK(reopened->snapshot()->reflectionText("m", "r") == "My reflection, backed up.");
        reopened.reset();
        CHECK(queryText(crashed, "PRAGMA integrity_check") == "ok");
    }
}

// Permission denied is not damage: in a shared folder the file may be another account's live
// progress. It is refused in words and nothing is renamed, replaced or restored over it.
TEST_CASE("store: a file Lectern may not read is refused as such and never set aside", "[store][recovery]") {
    TempDir dir;
    auto options = optionsFor(dir);
    LearnerId id = makeProgress(options);
    const std::string bytes = readBytes(options.path);
    const auto backupsBefore = std::distance(fs::directory_iterator(dir.path() / "backups"), fs::directory_iterator());
    fs::permissions(options.path, fs::perms::none);

    if (!runningAsRoot()) {
        StoreOpenReport report;
        auto store = ProgressStore::open(options, report);
        CHECK_FALSE(store);
        CHECK_FALSE(report.ok);
        CHECK(report.errorCode == store::StoreErrorCode::PermissionDenied);
        CHECK(report.error.find("not damaged") != std::string::npos);
    } else {
        // As root, chmod 000 does not stop reads: the other account is played by user "nobody",
        // for whom the file really is unreadable. The folder is writable to them, so nothing
        // but the rule stops a rename.
        WARN("running as root: the unreadable-file case runs the writer tool as user nobody (uid 65534)");
        fs::permissions(dir.path(), fs::perms::all);
        fs::permissions(dir.path() / "backups", fs::perms::all);
        ChildWriter child({"--db", options.path, "--learner", "Nobody", "--count", "1", "--course", "c"},
                          {kNobody, true});
        REQUIRE(child.started());
        int status = child.finish();
        INFO(child.output());
        REQUIRE(WIFEXITED(status));
        CHECK(WEXITSTATUS(status) == 3);  // the tool's "open failed"
        CHECK(child.output().find("may not read") != std::string::npos);
        CHECK(child.output().find("not damaged") != std::string::npos);
        CHECK(child.acknowledged().empty());
    }
    CHECK(damagedCopy(dir).empty());
    CHECK(std::distance(fs::directory_iterator(dir.path() / "backups"), fs::directory_iterator()) == backupsBefore);
    fs::permissions(options.path, fs::perms::owner_read | fs::perms::owner_write);
    CHECK(readBytes(options.path) == bytes);
    requireRestored(options, id);  // its owner still opens it, with everything in it
}

TEST_CASE("store: a read-only folder is a clear error, and nothing is changed", "[store][recovery]") {
    TempDir dir;
    fs::create_directories(dir.path() / "ro");
    StoreOpenOptions options;
    options.path = (dir.path() / "ro" / "progress.db").string();
    SECTION("with an existing database") { makeProgress(options); }
    SECTION("with no database yet") {}
    std::string before = fs::exists(options.path) ? readBytes(options.path) : "";

    if (!runningAsRoot()) {
        fs::permissions(dir.path() / "ro", fs::perms::owner_read | fs::perms::owner_exec);
        StoreOpenReport report;
        auto store = ProgressStore::open(options, report);
        CHECK_FALSE(store);
        CHECK_FALSE(report.ok);
        CHECK(report.error.find("cannot be written") != std::string::npos);
    } else {
        WARN("running as root: the read-only folder case runs the writer tool as user nobody (uid 65534)");
        fs::permissions(dir.path(), fs::perms::all);
        fs::permissions(dir.path() / "ro", fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec |
                                               fs::perms::others_read | fs::perms::others_exec);
        if (fs::exists(dir.path() / "ro" / "backups"))
            fs::permissions(dir.path() / "ro" / "backups", fs::perms::others_write, fs::perm_options::remove);
        // The store makes its files 0600: let nobody read (not write) this one, so that what
        // stops them is the folder and the file's write bit, not reading.
        if (fs::exists(options.path))
            fs::permissions(options.path, fs::perms::group_read | fs::perms::others_read, fs::perm_options::add);
        ChildWriter child({"--db", options.path, "--learner", "Nobody", "--count", "1"}, {kNobody, true});
        REQUIRE(child.started());
        int status = child.finish();
        INFO(child.output());
        REQUIRE(WIFEXITED(status));
        CHECK(WEXITSTATUS(status) == 3);  // the tool's "open failed"
        CHECK(child.output().find("cannot be written") != std::string::npos);
        CHECK(child.acknowledged().empty());
    }
    CHECK((fs::exists(options.path) ? readBytes(options.path) : "") == before);
    CHECK(damagedCopy(dir).empty());
}

TEST_CASE("store: a progress file that went missing is brought back from the newest backup", "[store][recovery]") {
    TempDir dir;
    auto options = optionsFor(dir);
    LearnerId id = makeProgress(options);
    fs::remove(options.path);
    StoreOpenReport report;
    { auto store = openOk(options, &report); }
    REQUIRE(report.notices.size() == 1);
    CHECK(report.notices[0].find("was missing") != std::string::npos);
    requireRestored(options, id);
}

// The notice is the learner's to read: in the interface's language, the backup's time in words;
// and so is the error that stops the start.
TEST_CASE("store: the notice of a restored progress file is in the interface's language", "[store][recovery][i18n]") {
    struct BackToEnglish {
        ~BackToEnglish() { i18n::useUiLanguage("en", LECTERN_LOCALE_DIR); }
    } guard;
    for (const char* lang : {"fr", "ar"}) {
        INFO(lang);
        TempDir dir;
        auto options = optionsFor(dir);
        LearnerId id = makeProgress(options);
        fs::remove(options.path);
        REQUIRE(i18n::useUiLanguage(lang, LECTERN_LOCALE_DIR));
        StoreOpenReport report;
        { auto store = openOk(options, &report); }
        REQUIRE(report.notices.size() == 1);
        const std::string& notice = report.notices[0];
        INFO(notice);
        CHECK(notice.find("was missing") == std::string::npos);
        CHECK(notice.find(options.path) != std::string::npos);
        if (std::string(lang) == "fr") {
            CHECK(notice.find("était introuvable") != std::string::npos);
            CHECK(notice.find(" à ") != std::string::npos);  // "4 décembre 2026 à 02:57"
        } else {
            CHECK(notice.find("مفقودًا") != std::string::npos);
            CHECK(notice.find("الساعة") != std::string::npos);
        }
        requireRestored(options, id);
        // So is an error that stops the start: a folder given as the progress file.
        StoreOpenOptions folder = options;
        folder.path = dir.path().string();
        StoreOpenReport refused;
        CHECK_FALSE(ProgressStore::open(folder, refused));
        INFO(refused.error);
        CHECK(refused.error.find(std::string(lang) == "fr" ? "est un dossier" : "مجلّد وليس ملف تقدّم") != std::string::npos);
    }
}
