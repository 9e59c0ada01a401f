// Writes a room's quiz answers, reading and time on task through the real store and the real
// quiz scoring, from a script: the item-analysis and HR-export tests build a known room with
// it (the learners' profiles come first, from `lectern roster import`).
//
//   room_seed_tool --course DIR --db FILE < SCRIPT
// SCRIPT lines:
//   learner NAME                         select (or create) the learner of that profile name
//   attempt MODULE QUIZ {"q1":"b",...}   submit an attempt: responses as quiz/responses.h, scored here
//   read MODULE SECTION                  mark a section read
//   time MODULE SECTION SECONDS          add time on task
//   reflection MODULE ID TEXT            save a reflection revision
// Each learner's records are flushed before the next is selected. Prints "seeded N attempts".
#include "../common/selected_scope.h"
#include "load/course_loader.h"
#include "quiz/responses.h"
#include "quiz/scoring.h"
#include "store/progress_store.h"

#include <cstdio>
#include <iostream>
#include <sstream>
#include <string>

using namespace lectern;

int main(int argc, char** argv) {
    std::string courseDir, db;
    for (int i = 1; i + 1 < argc; i += 2) {
        std::string a = argv[i];
        if (a == "--course") courseDir = argv[i + 1];
        else if (a == "--db") db = argv[i + 1];
    }
    if (courseDir.empty() || db.empty()) {
        std::fprintf(stderr, "usage: room_seed_tool --course DIR --db FILE < SCRIPT\n");
        return 2;
    }
    LoadResult loaded = loadCourse(courseDir);
    if (!loaded.course || loaded.diagnostics.hasErrors()) {
        std::fprintf(stderr, "the course %s has errors\n", courseDir.c_str());
        return 1;
    }
    const Course& course = *loaded.course;
    StoreOpenOptions options;
    options.path = db;
    StoreOpenReport report;
    auto store = ProgressStore::open(options, report);
    if (!store) {
        std::fprintf(stderr, "open failed: %s\n", report.error.c_str());
        return 1;
    }
    auto flush = [&] {
        if (store->flush(60000)) return true;
        std::fprintf(stderr, "could not save: %s\n", store->status().lastError.c_str());
        return false;
    };

    std::string line;
    int lineNo = 0, attempts = 0;
    bool selected = false;
    while (std::getline(std::cin, line)) {
        ++lineNo;
        std::istringstream words(line);
        std::string verb, module, id;
        words >> verb;
        auto bad = [&](const char* what) {
            std::fprintf(stderr, "script line %d: %s: %s\n", lineNo, what, line.c_str());
            return 1;
        };
        if (verb.empty()) continue;
        if (verb == "learner") {
            if (selected && !flush()) return 1;
            std::string name = line.substr(8);
            std::string error;
            LearnerId learner = store->ensureLearner(name);
            if (!learner || !store->selectLearner(learner, course.id, error)) return bad("cannot select the learner");
            selected = true;
            continue;
        }
        if (!selected) return bad("no learner selected yet");
        if (!(words >> module >> id)) return bad("expected MODULE and an id");
        const Module* m = course.findModule(module);
        if (!m) return bad("no such module");
        ProgressScope scope = test::selectedScope(*store);
        if (verb == "attempt") {
            const Quiz* quiz = m->findQuiz(id);
            if (!quiz) return bad("no such quiz");
            std::string json;
            std::getline(words, json);
            std::vector<std::string> warnings;
            quiz::Responses responses = quiz::responsesFromJson(*quiz, json, &warnings);
            if (!warnings.empty()) return bad(warnings.front().c_str());
            quiz::QuizResult result = quiz::scoreQuiz(*quiz, responses);
            store->submit(scope, RecordQuizAttempt{module, id, quiz::responsesToJson(*quiz, responses), result.score,
                                                   result.maxScore, result.passed});
            ++attempts;
        } else if (verb == "read") {
            store->submit(scope, MarkSectionRead{{module, id}});
        } else if (double seconds = 0; verb == "time" && words >> seconds) {
            store->submit(scope, AddTimeOnTask{{module, id}, seconds});
        } else if (verb == "reflection") {
            std::string text;
            std::getline(words, text);
            store->submit(scope, SaveReflection{module, id, text.empty() ? text : text.substr(1)});
        } else {
            return bad("unknown line");
        }
    }
    if (selected && !flush()) return 1;
    std::printf("seeded %d attempts\n", attempts);
    return 0;
}
