// The unsaved-commands file: every command type survives the trip to JSON and back, and
// replaying commands that were already saved stores nothing twice.
#include "store/command_writer.h"
#include "store/database_open.h"
#include "store/unsaved_file.h"
#include "store/uuid.h"
#include "store_test_support.h"

using namespace lectern;
using namespace lectern::store;
using namespace store_test;

namespace {
std::vector<QueuedCommand> oneOfEach(LearnerId learner) {
    std::vector<ProgressCommand> commands = {
        MarkSectionRead{{"m", "s1"}},
        AddTimeOnTask{{"m", "s1"}, 12.25},
        SaveResume{{"m", "s2"}, 120.5f},
        RecordQuizAttempt{"m", "q", R"({"q1":["a","b"]})", 1.5, 2, false},
        SaveReflection{"m", "r", "line one\nline \"two\", with unicode: é ✓"},
        SetBookmark{{"m", "s2"}, false},
        SaveNote{{"m", "s1"}, "a note"},
        SaveSettings{R"({"theme":"dark"})"},
    };
    std::vector<QueuedCommand> out;
    int64_t t = 1700000000000;
    for (auto& c : commands) out.push_back({c, learner, "course", makeUuidV4(), t++});
    return out;
}
} // namespace

TEST_CASE("store: every command type survives the unsaved file", "[store][unsaved]") {
    TempDir dir;
    std::string db = dir.file("progress.db");
    auto commands = oneOfEach(7);
    std::string error;
    REQUIRE(writeUnsavedFile(db, commands, error));
    int skipped = -1;
    auto back = readUnsavedFile(db, skipped);
    CHECK(skipped == 0);
    REQUIRE(back.size() == commands.size());
    for (size_t i = 0; i < back.size(); ++i) {
        CHECK(commandToJson(back[i]) == commandToJson(commands[i]));
        CHECK(back[i].command.index() == commands[i].command.index());
    }
    CHECK(std::get<SaveReflection>(back[4].command).text == "line one\nline \"two\", with unicode: é ✓");

    // A damaged line is skipped and counted, the others still read.
    std::ofstream(unsavedFilePath(db), std::ios::app) << "{not json\n";
    back = readUnsavedFile(db, skipped);
    CHECK(skipped == 1);
    CHECK(back.size() == commands.size());

    REQUIRE(writeUnsavedFile(db, {}, error));
    CHECK_FALSE(fs::exists(unsavedFilePath(db)));
}

TEST_CASE("store: writing already-saved commands again changes nothing", "[store][unsaved]") {
    TempDir dir;
    auto options = optionsFor(dir);
    LearnerId id;
    {
        auto store = openOk(options);
        id = store->ensureLearner("Amina");
    }
    SqliteDb db;
    StoreOpenReport report;
    REQUIRE(openProgressDatabase(options, db, report));
    auto commands = oneOfEach(id);
    REQUIRE(writeCommands(db, commands).ok);
    auto counts = [&] {
        return std::to_string(queryInt(options.path, "SELECT COUNT(*) FROM events")) + "/" +
               std::to_string(queryInt(options.path, "SELECT COUNT(*) FROM quiz_attempts")) + "/" +
               std::to_string(queryInt(options.path, "SELECT COUNT(*) FROM reflection_revisions")) + "/" +
               queryText(options.path, "SELECT seconds FROM section_progress WHERE section_id = 's1'");
    };
    std::string first = counts();
    CHECK(first == "8/1/1/12.25");
    auto again = writeCommands(db, commands);
    REQUIRE(again.ok);
    CHECK(again.logLines.empty());
    CHECK(counts() == first);
}
