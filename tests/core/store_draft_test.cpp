// Text drafts (KeepTextDraft): what a learner is typing, kept a few hundred milliseconds behind
// the keyboard. Kept without an event or a revision; replaced by the revision saved when the
// learner pauses; after a kill -9 the next open turns it into that revision.
#include "store/unsaved_file.h"
#include "store/uuid.h"
#include "store_test_support.h"

#include <csignal>
#include <sys/wait.h>
#include <unistd.h>

using namespace lectern;
using namespace store_test;

namespace {

struct Signed {
    std::unique_ptr<ProgressStore> store;
    ProgressScope scope;
};

Signed signIn(const StoreOpenOptions& options, StoreOpenReport* reportOut = nullptr) {
    StoreOpenReport report;
    Signed s{ProgressStore::open(options, report), {}};
    REQUIRE(s.store);
    if (reportOut) *reportOut = report;
    const LearnerId amina = s.store->ensureLearner("Amina");
    std::string error;
    REQUIRE(s.store->selectLearner(amina, "course", error));
    s.scope = {amina, "course"};
    return s;
}

int64_t count(const std::string& db, const std::string& table) { return queryInt(db, "SELECT COUNT(*) FROM " + table); }

} // namespace

TEST_CASE("store: a text draft is kept without an event, and the revision replaces it", "[store][draft]") {
    TempDir dir;
    auto options = optionsFor(dir);
    auto s = signIn(options);
    s.store->submit(s.scope, KeepTextDraft{DraftOf::Reflection, "m", "r", "Norms mat"});
    REQUIRE(s.store->flush(5000));
    CHECK(count(options.path, "events") == 0);
    CHECK(count(options.path, "reflection_revisions") == 0);
    CHECK(queryText(options.path, "SELECT text FROM text_drafts WHERE kind = 'reflection' AND item_id = 'r'") == "Norms mat");
    CHECK(s.store->snapshot()->reflectionText("m", "r").empty());  // a draft is not the learner's saved answer

    s.store->submit(s.scope, SaveReflection{"m", "r", "Norms matter."});
    REQUIRE(s.store->flush(5000));
    CHECK(count(options.path, "text_drafts") == 0);
    CHECK(count(options.path, "reflection_revisions") == 1);

    s.store->submit(s.scope, KeepTextDraft{DraftOf::Note, "m", "s1", "a no"});
    s.store->submit(s.scope, SaveNote{{"m", "s1"}, "a note"});
    REQUIRE(s.store->flush(5000));
    CHECK(count(options.path, "text_drafts") == 0);
    CHECK(queryText(options.path, "SELECT text FROM notes WHERE section_id = 's1'") == "a note");
}

TEST_CASE("store: after kill -9 while typing, the next open keeps the draft as the latest revision", "[store][draft][crash]") {
    TempDir dir;
    auto options = optionsFor(dir);
    {
        auto s = signIn(options);
        s.store->submit(s.scope, SaveReflection{"m", "r", "First answer."});
        s.store->submit(s.scope, SaveNote{{"m", "s1"}, "old note"});
        REQUIRE(s.store->flush(5000));
    }
    pid_t pid = fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
        StoreOpenReport report;
        auto store = ProgressStore::open(options, report);
        std::string error;
        const LearnerId amina = store->ensureLearner("Amina");
        store->selectLearner(amina, "course", error);
        const ProgressScope scope{amina, "course"};
        store->submit(scope, KeepTextDraft{DraftOf::Reflection, "m", "r", "First answer. Then more, é ✓ 🙂"});
        store->submit(scope, KeepTextDraft{DraftOf::Note, "m", "s1", "old note, and new words"});
        store->submit(scope, KeepTextDraft{DraftOf::Note, "m", "s2", "typed"});
        store->flush(5000);
        raise(SIGKILL);  // the revision due 1.5 s later never comes
    }
    int status = 0;
    waitpid(pid, &status, 0);
    REQUIRE(WIFSIGNALED(status));
    REQUIRE(count(options.path, "text_drafts") == 3);

    StoreOpenReport report;
    auto s = signIn(options, &report);
    const auto snap = s.store->snapshot();
    CHECK(snap->reflectionText("m", "r") == "First answer. Then more, é ✓ 🙂");
    CHECK(snap->reflections.at(ProgressSnapshot::key("m", "r")).size() == 2);  // the first revision stays
    CHECK(snap->notes.at({"m", "s1"}) == "old note, and new words");
    CHECK(snap->notes.at({"m", "s2"}) == "typed");
    CHECK(count(options.path, "text_drafts") == 0);
    REQUIRE(report.notices.size() == 1);
    CHECK(report.notices[0].find("3 texts being written") != std::string::npos);
    CHECK(report.notices[0].find("Then more") == std::string::npos);  // the learner's words stay out of notices

    // Opening again changes nothing more.
    s.store.reset();
    StoreOpenReport again;
    auto t = signIn(options, &again);
    CHECK(again.notices.empty());
    CHECK(t.store->snapshot()->reflections.at(ProgressSnapshot::key("m", "r")).size() == 2);
}

TEST_CASE("store: a draft equal to what is saved is removed without a new revision", "[store][draft]") {
    TempDir dir;
    auto options = optionsFor(dir);
    {
        auto s = signIn(options);
        s.store->submit(s.scope, SaveReflection{"m", "r", "Same."});
        REQUIRE(s.store->flush(5000));
    }
    sqlite3* raw = nullptr;
    REQUIRE(sqlite3_open(options.path.c_str(), &raw) == SQLITE_OK);
    REQUIRE(sqlite3_exec(raw, "INSERT INTO text_drafts VALUES(1, 'course', 'reflection', 'm', 'r', 'Same.', 1)", nullptr,
                         nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(raw);
    StoreOpenReport report;
    auto s = signIn(options, &report);
    CHECK(report.notices.empty());
    CHECK(count(options.path, "reflection_revisions") == 1);
    CHECK(count(options.path, "text_drafts") == 0);
}

TEST_CASE("store: queued drafts superseded by a later draft or the revision are not written", "[store][draft]") {
    TempDir dir;
    auto options = optionsFor(dir);
    auto s = signIn(options);
    for (int i = 0; i < 200; ++i)
        s.store->submit(s.scope, KeepTextDraft{DraftOf::Reflection, "m", "r", std::string(size_t(i) + 1, 'x')});
    s.store->submit(s.scope, SaveReflection{"m", "r", "done"});
    REQUIRE(s.store->flush(10000));
    CHECK(count(options.path, "text_drafts") == 0);
    CHECK(queryText(options.path, "SELECT group_concat(text) FROM reflection_revisions") == "done");
}

TEST_CASE("store: a text draft survives the unsaved file", "[store][draft][unsaved]") {
    TempDir dir;
    const std::string db = dir.file("progress.db");
    std::vector<store::QueuedCommand> commands = {
        {KeepTextDraft{DraftOf::Note, "m", "s1", "line\none 🙂"}, 3, "course", store::makeUuidV4(), 17}};
    std::string error;
    REQUIRE(store::writeUnsavedFile(db, commands, error));
    int skipped = -1;
    auto back = store::readUnsavedFile(db, skipped);
    REQUIRE(back.size() == 1);
    const auto& d = std::get<KeepTextDraft>(back[0].command);
    CHECK(d.of == DraftOf::Note);
    CHECK(d.itemId == "s1");
    CHECK(d.text == "line\none 🙂");
}
