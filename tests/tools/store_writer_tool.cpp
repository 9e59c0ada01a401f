// A learner that never stops saving, for the crash, two-process and full-disk tests.
//
//   store_writer_tool --db FILE --learner NAME [--course ID] [--count N] [--batch K]
//     Submits commands (quiz attempts, reflections, section reads, notes), each carrying a
//     unique token, and after each batch is committed (flush) prints "ACK <token>" per command
//     and flushes stdout. A token printed is a record the store acknowledged as saved.
//   store_writer_tool --db FILE --learner NAME --stdin
//     Reads lines: "reflect TEXT" (module m1, reflection r1), "reflection MODULE ID TEXT",
//     "read MODULE SECTION", "quiz MODULE QUIZ SCORE MAX" (passed when SCORE*10 >= MAX*7),
//     "flush MS" (prints "flushed 0|1 <state> <pending> <error>"), "retry", "quit".
//     For scripts that change the disk under a running store, or build a known progress file.
#include "../common/selected_scope.h"
#include "store/progress_store.h"

#include <cstdio>
#include <iostream>
#include <sstream>
#include <string>
#include <unistd.h>

using namespace lectern;

static const char* stateName(SaveState s) {
    switch (s) {
    case SaveState::Idle: return "idle";
    case SaveState::Saving: return "saving";
    case SaveState::Saved: return "saved";
    case SaveState::Failed: return "failed";
    }
    return "?";
}

static ProgressCommand commandFor(long n, const std::string& token) {
    switch (n % 4) {
    case 0: return RecordQuizAttempt{"m1", "quiz-" + std::to_string(n % 3), "{\"token\":\"" + token + "\"}", double(n % 5), 4, n % 5 >= 3};
    case 1: return SaveReflection{"m1", "reflection-" + std::to_string(n % 2), token};
    case 2: return MarkSectionRead{{"m1", token}};
    default: return SaveNote{{"m2", token}, "note " + token};
    }
}

static int usage() {
    std::fprintf(stderr, "usage: store_writer_tool --db FILE --learner NAME [--course ID] [--count N] [--batch K] [--stdin]\n");
    return 2;
}

int main(int argc, char** argv) {
    std::string db, learnerName, course = "crash-course";
    long count = 1000000, batch = 2;
    bool interactive = false;
    for (int i = 1; i < argc; ++i) {
        std::string a = argv[i];
        auto next = [&]() -> std::string { return i + 1 < argc ? argv[++i] : ""; };
        if (a == "--db") db = next();
        else if (a == "--learner") learnerName = next();
        else if (a == "--course") course = next();
        else if (a == "--count") count = std::stol(next());
        else if (a == "--batch") batch = std::stol(next());
        else if (a == "--stdin") interactive = true;
        else return usage();
    }
    if (db.empty() || learnerName.empty()) return usage();

    StoreOpenOptions options;
    options.path = db;
    options.backupsKept = 3;
    StoreOpenReport report;
    auto store = ProgressStore::open(options, report);
    for (const auto& notice : report.notices) std::fprintf(stderr, "notice: %s\n", notice.c_str());
    if (!store) {
        std::fprintf(stderr, "open failed: %s\n", report.error.c_str());
        return 3;
    }
    LearnerId learner = store->ensureLearner(learnerName);
    std::string error;
    if (!learner || !store->selectLearner(learner, course, error)) {
        std::fprintf(stderr, "cannot select learner: %s\n", error.c_str());
        return 4;
    }

    if (interactive) {
        std::string line;
        while (std::getline(std::cin, line)) {
            std::istringstream words(line);
            std::string verb, module, id;
            words >> verb;
            if (verb == "reflect") {
                store->submit(lectern::test::selectedScope(*store), SaveReflection{"m1", "r1", line.substr(8)});
            } else if (verb == "reflection" && words >> module >> id) {
                std::string text;
                std::getline(words, text);
                store->submit(lectern::test::selectedScope(*store), SaveReflection{module, id, text.empty() ? text : text.substr(1)});
            } else if (verb == "read" && words >> module >> id) {
                store->submit(lectern::test::selectedScope(*store), MarkSectionRead{{module, id}});
            } else if (double score = 0, max = 0; verb == "quiz" && words >> module >> id >> score >> max) {
                store->submit(lectern::test::selectedScope(*store), RecordQuizAttempt{module, id, "{}", score, max, score * 10 >= max * 7});
            } else if (line.rfind("flush ", 0) == 0) {
                bool ok = store->flush(std::stoi(line.substr(6)));
                SaveStatus s = store->status();
                std::printf("flushed %d %s %zu %s\n", ok ? 1 : 0, stateName(s.state), s.pending, s.lastError.c_str());
            } else if (line == "retry") {
                store->retry();
            } else if (line == "quit") {
                break;
            }
            std::fflush(stdout);
        }
        return 0;
    }

    std::string prefix = learnerName + "-" + std::to_string(getpid()) + "-";
    for (long n = 0; n < count;) {
        std::vector<std::string> tokens;
        for (long k = 0; k < batch && n < count; ++k, ++n) {
            tokens.push_back(prefix + std::to_string(n));
            store->submit(lectern::test::selectedScope(*store), commandFor(n, tokens.back()));
        }
        if (!store->flush(60000)) {
            std::fprintf(stderr, "flush timed out: %s\n", store->status().lastError.c_str());
            return 5;
        }
        for (const auto& t : tokens) std::printf("ACK %s\n", t.c_str());
        std::fflush(stdout);
    }
    return 0;
}
