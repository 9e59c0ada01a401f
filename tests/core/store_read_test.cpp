// The store's read side (store/read/progress_reader.h): typed queries over a real progress
// file, opened read-only. It must work on a file of an older schema, before and after the
// learner identity columns of migration 004, on a file the user may read but not write, and
// refuse a folder, a FIFO or an unreadable file in words, without waiting and without
// touching the file.
#include "report/progress_report.h"
#include "store/read/progress_reader.h"
#include "store_test_course.h"
#include "store_test_support.h"
#include "../common/selected_scope.h"

#include <csignal>
#include <functional>
#include <grp.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace lectern;
using namespace store_test;
using store::StoreErrorCode;
using store::read::ModuleStatus;
using store::read::ProgressReader;

namespace {

constexpr int kNobody = 65534;

Course readCourse() {
    return makeCourse("cyber", {{"history", {"intro", "pillars"}, {"check-1"}, {"why"}}, {"future", {"overview"}, {}, {}}});
}

struct Saved {
    TempDir dir;
    StoreOpenOptions options = optionsFor(dir);
    LearnerId amina = 0, bo = 0;

    Saved() {
        auto store = openOk(options);
        amina = store->ensureLearner("Amina");
        bo = store->ensureLearner("Bo");
        std::string error;
        REQUIRE(store->selectLearner(amina, "cyber", error));
        store->submit(test::selectedScope(*store), MarkSectionRead{{"history", "intro"}});
        store->submit(test::selectedScope(*store), MarkSectionRead{{"history", "pillars"}});
        store->submit(test::selectedScope(*store), AddTimeOnTask{{"history", "intro"}, 42});
        store->submit(test::selectedScope(*store), RecordQuizAttempt{"history", "check-1", R"({"check-1-q1":["b"]})", 0, 1, false});
        store->submit(test::selectedScope(*store), RecordQuizAttempt{"history", "check-1", R"({"check-1-q1":["a","c"]})", 1, 1, true});
        REQUIRE(store->selectLearner(bo, "cyber", error));
        store->submit(test::selectedScope(*store), AddTimeOnTask{{"future", "overview"}, 5});
        REQUIRE(store->flush(10000));
    }
};

// Runs `fn` in a child process (as user `uid` when >= 0) with a 10 s alarm: returns its exit
// status; a hang shows as SIGALRM. What it prints to `out` comes back in `output`.
int inChild(int uid, const std::function<int(FILE* out)>& fn, std::string& output) {
    int fds[2];
    REQUIRE(pipe(fds) == 0);
    pid_t pid = fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
        close(fds[0]);
        alarm(10);
        if (uid >= 0 && (setgroups(0, nullptr) != 0 || setgid(gid_t(uid)) != 0 || setuid(uid_t(uid)) != 0)) _exit(126);
        FILE* out = fdopen(fds[1], "w");
        int code = fn(out);
        fclose(out);
        _exit(code);
    }
    close(fds[1]);
    char buf[4096];
    ssize_t n;
    while ((n = read(fds[0], buf, sizeof buf)) > 0) output.append(buf, size_t(n));
    close(fds[0]);
    int status = 0;
    waitpid(pid, &status, 0);
    return status;
}

void makeOpenToOthers(const fs::path& folder) {
    fs::permissions(folder, fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec |
                                fs::perms::others_read | fs::perms::others_exec);
}

} // namespace

TEST_CASE("read: learners, with identity columns only when the file has them", "[store][read]") {
    Saved s;
    {
        auto reader = ProgressReader::open(s.options.path);
        REQUIRE(reader.ok());
        auto all = reader->learners();
        REQUIRE(all.ok());
        REQUIRE(all->size() == 2);
        CHECK((*all)[0].name == "Amina");
        CHECK((*all)[1].name == "Bo");
        CHECK((*all)[0].createdMs > 0);
        if (reader->schemaVersion() < 4) {
            CHECK_FALSE((*all)[0].uuid.has_value());
            CHECK_FALSE((*all)[0].externalId.has_value());
        }
    }
    // The columns migration 004 adds (uuid, external_id), however they got there.
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(s.options.path.c_str(), &db) == SQLITE_OK);
    if (queryInt(db, "SELECT COUNT(*) FROM pragma_table_info('learners') WHERE name = 'uuid'") == 0)
        REQUIRE(sqlite3_exec(db, "ALTER TABLE learners ADD COLUMN uuid TEXT; ALTER TABLE learners ADD COLUMN external_id TEXT;",
                             nullptr, nullptr, nullptr) == SQLITE_OK);
    // Migration 004 gives each learner a UUID that never changes (a trigger keeps it): set one
    // only where the file has none.
    REQUIRE(sqlite3_exec(db, "UPDATE learners SET uuid = 'u-' || name WHERE uuid IS NULL; "
                             "UPDATE learners SET external_id = 'E-7' WHERE name = 'Bo';",
                         nullptr, nullptr, nullptr) == SQLITE_OK);
    const std::string aminaUuid = queryText(db, "SELECT uuid FROM learners WHERE name = 'Amina'");
    sqlite3_close(db);
    auto reader = ProgressReader::open(s.options.path);
    REQUIRE(reader.ok());
    auto in = reader->learnersIn("cyber");
    REQUIRE(in.ok());
    REQUIRE(in->size() == 2);
    CHECK((*in)[0].uuid == std::optional<std::string>(aminaUuid));
    CHECK_FALSE(aminaUuid.empty());
    CHECK_FALSE((*in)[0].externalId.has_value());
    CHECK((*in)[1].externalId == std::optional<std::string>("E-7"));
    CHECK((*in)[0].lastActivityMs > 0);
    auto other = reader->learnersIn("another-course");
    REQUIRE(other.ok());
    CHECK(other->empty());
}

TEST_CASE("read: progress per learner and module, by the course's completion rule", "[store][read]") {
    Saved s;
    auto reader = ProgressReader::open(s.options.path);
    REQUIRE(reader.ok());
    auto progress = reader->progress(readCourse());
    REQUIRE(progress.ok());
    REQUIRE(progress->size() == 2);
    const auto& amina = (*progress)[0];
    CHECK(amina.learner.name == "Amina");
    REQUIRE(amina.modules.size() == 2);
    const auto& history = amina.modules[0];
    CHECK(history.moduleId == "history");
    CHECK(history.sectionsRead == 2);
    CHECK(history.sectionsTotal == 2);
    CHECK(history.secondsOnTask == Approx(42));
    REQUIRE(history.quizzes.size() == 1);
    CHECK(history.quizzes[0].attempts == 2);
    CHECK(history.quizzes[0].bestScore == Approx(1));
    CHECK(history.quizzes[0].passed);
    // All sections read and the quiz passed; the reflection is not required by this rule.
    CHECK(history.status == ModuleStatus::Complete);
    CHECK(amina.modules[1].status == ModuleStatus::NotStarted);
    CHECK_FALSE(amina.modules[1].quizzes.size());
    const auto& bo = (*progress)[1];
    CHECK(bo.modules[0].status == ModuleStatus::NotStarted);
    CHECK(bo.modules[1].status == ModuleStatus::InProgress);  // time spent, section not read
    CHECK(std::string(store::read::statusName(bo.modules[1].status)) == "in_progress");

    auto one = reader->progress(readCourse(), s.bo);
    REQUIRE(one.ok());
    REQUIRE(one->size() == 1);
    CHECK(one->front().learner.id == s.bo);
}

TEST_CASE("read: quiz attempts come with their responses", "[store][read]") {
    Saved s;
    auto reader = ProgressReader::open(s.options.path);
    REQUIRE(reader.ok());
    auto attempts = reader->attempts("cyber");
    REQUIRE(attempts.ok());
    REQUIRE(attempts->size() == 2);
    const auto& second = (*attempts)[1];
    CHECK(second.learner == s.amina);
    CHECK(second.quizId == "check-1");
    CHECK(second.number == 2);
    CHECK(second.passed);
    CHECK(second.score == Approx(1));
    CHECK(second.eventSeq > (*attempts)[0].eventSeq);
    REQUIRE(second.responses.count("check-1-q1"));
    CHECK(second.responses.at("check-1-q1") == R"(["a","c"])");
    auto none = reader->attempts("cyber", s.bo);
    REQUIRE(none.ok());
    CHECK(none->empty());
}

TEST_CASE("read: events after a cursor, in pages, each exactly once", "[store][read]") {
    TempDir dir;
    auto options = optionsFor(dir);
    {
        auto store = openOk(options);
        LearnerId id = store->ensureLearner("Pager");
        std::string error;
        REQUIRE(store->selectLearner(id, "cyber", error));
        for (int i = 0; i < 25; ++i) store->submit(test::selectedScope(*store), SaveNote{{"history", "s" + std::to_string(i)}, "n"});
        REQUIRE(store->flush(10000));
    }
    auto reader = ProgressReader::open(options.path);
    REQUIRE(reader.ok());
    std::vector<int64_t> seen;
    std::vector<size_t> pageSizes;
    int64_t cursor = 0;
    for (int guard = 0; guard < 10; ++guard) {
        auto page = reader->eventsAfter(cursor, 10);
        REQUIRE(page.ok());
        pageSizes.push_back(page->events.size());
        for (const auto& e : page->events) {
            CHECK(e.seq > cursor);
            CHECK_FALSE(e.uuid.empty());
            CHECK(e.courseId == "cyber");
            seen.push_back(e.seq);
        }
        cursor = page->nextCursor;
        if (!page->more) break;
    }
    CHECK(pageSizes == std::vector<size_t>{10, 10, 5});
    CHECK(seen.size() == 25);
    CHECK(std::is_sorted(seen.begin(), seen.end()));
    CHECK(std::adjacent_find(seen.begin(), seen.end()) == seen.end());
    auto after = reader->eventsAfter(cursor, 10);
    REQUIRE(after.ok());
    CHECK(after->events.empty());
    CHECK_FALSE(after->more);
    CHECK(after->nextCursor == cursor);  // nothing new: ask again from the same place
}

TEST_CASE("read: a file of schema version 1 is read without changing a byte", "[store][read]") {
    TempDir dir;
    const std::string path = dir.file("v1.db");
    {
        sqlite3* db = nullptr;
        REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
        std::string sql = readBytes(std::string(LECTERN_TEST_DATA_DIR) + "/store/v1_progress.sql") +
                          "\nPRAGMA user_version = 1;";
        REQUIRE(sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr) == SQLITE_OK);
        sqlite3_close(db);
    }
    const std::string before = readBytes(path);
    auto reader = ProgressReader::open(path);
    REQUIRE(reader.ok());
    CHECK(reader->schemaVersion() == 1);
    auto learners = reader->learners();
    REQUIRE(learners.ok());
    REQUIRE(learners->size() == 1);
    CHECK(learners->front().name == "Amina");
    CHECK_FALSE(learners->front().uuid.has_value());
    Course course;
    course.id = "un-cyber";
    CHECK(reader->progress(course).ok());
    CHECK(reader->attempts("un-cyber").ok());
    CHECK(reader->eventsAfter(0).ok());
    CHECK(readBytes(path) == before);
}

TEST_CASE("read: a report runs on a file its user may read but not write", "[store][read][report]") {
    Saved s;
    REQUIRE(s.options.path.size());
    const std::string before = readBytes(s.options.path);
    // Read-only for everyone, in a folder the reader may not write either (no -shm can be made).
    fs::permissions(s.options.path, fs::perms::owner_read | fs::perms::group_read | fs::perms::others_read);
    makeOpenToOthers(s.dir.path());
    fs::permissions(s.dir.path(), fs::perms::owner_write, fs::perm_options::remove);
    const int uid = geteuid() == 0 ? kNobody : -1;  // root may write anything: play a learner
    std::string output;
    int status = inChild(uid, [&](FILE* out) {
        auto report = report::makeProgressReport(s.options.path, readCourse());
        if (!report) {
            std::fprintf(out, "%s", report.error().message.c_str());
            return 1;
        }
        std::fprintf(out, "%zu learners", report->learners.size());
        return 0;
    }, output);
    INFO(output);
    REQUIRE(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 0);
    CHECK(output == "2 learners");
    fs::permissions(s.dir.path(), fs::perms::owner_all, fs::perm_options::add);
    CHECK(readBytes(s.options.path) == before);
}

TEST_CASE("read: a folder, a FIFO, an unreadable or foreign file is refused in words, at once", "[store][read]") {
    TempDir dir;
    auto refused = [](const std::string& path) {
        auto r = ProgressReader::open(path);
        REQUIRE_FALSE(r.ok());
        INFO(r.error().message);
        CHECK(r.error().message.find(path) != std::string::npos);
        return r.error();
    };
    CHECK(refused(dir.file("missing.db")).code == StoreErrorCode::NotFound);

    fs::create_directories(dir.path() / "folder.db");
    auto folder = refused(dir.file("folder.db"));
    CHECK(folder.code == StoreErrorCode::NotARegularFile);
    CHECK(folder.message.find("a folder") != std::string::npos);

    writeBytes(dir.file("text.db"), "hello, not a database at all, just some text to fill a header......");
    CHECK(refused(dir.file("text.db")).code == StoreErrorCode::NotADatabase);
    writeBytes(dir.file("empty.db"), "");
    CHECK(refused(dir.file("empty.db")).code == StoreErrorCode::NotLecternProgress);

    // A FIFO with no writer would block an open() for ever: in a child with an alarm, so a
    // regression fails instead of hanging the suite.
    const std::string fifo = dir.file("fifo.db");
    REQUIRE(mkfifo(fifo.c_str(), 0600) == 0);
    std::string output;
    int status = inChild(-1, [&](FILE* out) {
        auto r = ProgressReader::open(fifo);
        std::fprintf(out, "%s", r.ok() ? "opened" : r.error().message.c_str());
        return r.ok() ? 1 : int(r.error().code);
    }, output);
    INFO(output);
    REQUIRE(WIFEXITED(status));  // not killed by the alarm
    CHECK(WEXITSTATUS(status) == int(StoreErrorCode::NotARegularFile));
    CHECK(output.find("named pipe") != std::string::npos);

    // Unreadable: permission denied is said as such (and nothing is moved or changed).
    Saved s;
    const std::string before = readBytes(s.options.path);
    // As root any file is readable: then the reader is user nobody, and the file 0600 root's.
    const bool root = geteuid() == 0;
    fs::permissions(s.options.path, root ? fs::perms::owner_read | fs::perms::owner_write : fs::perms::none);
    makeOpenToOthers(s.dir.path());
    output.clear();
    status = inChild(root ? kNobody : -1, [&](FILE* out) {
        auto r = ProgressReader::open(s.options.path);
        std::fprintf(out, "%s", r.ok() ? "opened" : r.error().message.c_str());
        return r.ok() ? 255 : int(r.error().code);
    }, output);
    INFO(output);
    REQUIRE(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == int(StoreErrorCode::PermissionDenied));
    CHECK(output.find("permission denied") != std::string::npos);
    fs::permissions(s.options.path, fs::perms::owner_read | fs::perms::owner_write);
    CHECK(readBytes(s.options.path) == before);
}

TEST_CASE("read: a file from a newer Lectern is refused with the newer-schema code", "[store][read]") {
    TempDir dir;
    const std::string path = dir.file("future.db");
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
    REQUIRE(sqlite3_exec(db, "CREATE TABLE x(y); PRAGMA user_version = 99;", nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(db);
    auto r = ProgressReader::open(path);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == StoreErrorCode::NewerSchema);
    CHECK(r.error().message.find("newer version of Lectern") != std::string::npos);
}
