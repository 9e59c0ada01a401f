// Writes a believable learner's progress on one module of a real course, through the real
// store and the real quiz scoring, so screenshots (tools/dev/screenshots) show a quiz with
// feedback, a reflection with revisions and progress bars without a scripted GUI session.
//
//   demo_progress_tool --course DIR --db FILE --learner NAME --module ID
//                      [--wrong N]...        answer question N (1-based) of the first quiz wrongly
//                      [--reflection TEXT]...each one a revision of a reflection
//                      [--reflection-id ID]  that reflection (default: the module's first)
//                      [--read K]            mark the first K sections read (default: all)
//                      [--no-quiz]           leave the quiz unanswered
#include "../common/selected_scope.h"
#include "load/course_loader.h"
#include "quiz/responses.h"
#include "quiz/scoring.h"
#include "store/progress_store.h"
#include "sample_answers.h"

#include <algorithm>
#include <cstdio>
#include <set>
#include <string>
#include <vector>

using namespace lectern;

namespace {

int usage() {
    std::fprintf(stderr, "usage: demo_progress_tool --course DIR --db FILE --learner NAME --module ID "
                         "[--wrong N]... [--reflection TEXT]... [--reflection-id ID] [--read K] [--no-quiz]\n");
    return 2;
}

} // namespace

int main(int argc, char** argv) {
    std::string courseDir, db, learnerName, moduleId;
    std::set<size_t> wrong;
    std::vector<std::string> reflections;
    std::string reflectionId;
    long read = -1;
    bool answerQuiz = true;
    for (int i = 1; i < argc; ++i) {
        std::string a = argv[i];
        if (a == "--no-quiz") {
            answerQuiz = false;
            continue;
        }
        if (i + 1 >= argc) return usage();
        std::string v = argv[++i];
        if (a == "--course") courseDir = v;
        else if (a == "--db") db = v;
        else if (a == "--learner") learnerName = v;
        else if (a == "--module") moduleId = v;
        else if (a == "--wrong") wrong.insert(std::stoul(v));
        else if (a == "--reflection") reflections.push_back(v);
        else if (a == "--read") read = std::stol(v);
        else if (a == "--reflection-id") reflectionId = v;
        else return usage();
    }
    if (courseDir.empty() || db.empty() || learnerName.empty() || moduleId.empty()) return usage();

    LoadResult loaded = loadCourse(courseDir);
    const Module* module = nullptr;
    for (const auto& m : loaded.course->modules)
        if (m->meta.id == moduleId) module = m.get();
    if (!module) {
        std::fprintf(stderr, "no module %s in %s\n", moduleId.c_str(), courseDir.c_str());
        return 1;
    }

    StoreOpenOptions options;
    options.path = db;
    StoreOpenReport report;
    auto store = ProgressStore::open(options, report);
    if (!store) {
        std::fprintf(stderr, "open failed: %s\n", report.error.c_str());
        return 1;
    }
    std::string error;
    LearnerId learner = store->ensureLearner(learnerName);
    if (!learner || !store->selectLearner(learner, loaded.course->id, error)) {
        std::fprintf(stderr, "cannot select learner: %s\n", error.c_str());
        return 1;
    }

    const size_t sectionsRead = read < 0 ? module->sections.size() : std::min<size_t>(read, module->sections.size());
    for (size_t i = 0; i < sectionsRead; ++i) store->submit(lectern::test::selectedScope(*store), MarkSectionRead{{module->meta.id, module->sections[i].id}});

    if (answerQuiz && !module->quizzes.empty()) {
        const Quiz& quiz = module->quizzes.front();
        quiz::Responses responses;
        for (size_t i = 0; i < quiz.questions.size(); ++i)
            responses[quiz.questions[i].id] = answerFor(quiz, quiz.questions[i], wrong.count(i + 1) > 0);
        quiz::QuizResult result = quiz::scoreQuiz(quiz, responses);
        store->submit(lectern::test::selectedScope(*store), RecordQuizAttempt{module->meta.id, quiz.id, quiz::responsesToJson(quiz, responses), result.score,
                                        result.maxScore, result.passed});
        std::printf("quiz %s: %.0f of %.0f, %s\n", quiz.id.c_str(), result.score, result.maxScore,
                    result.passed ? "passed" : "not passed");
    }
    if (reflectionId.empty() && !module->reflections.empty()) reflectionId = module->reflections.front().id;
    if (!reflections.empty() && !module->findReflection(reflectionId)) {
        std::fprintf(stderr, "no reflection %s in module %s\n", reflectionId.c_str(), moduleId.c_str());
        return 1;
    }
    for (const std::string& text : reflections) store->submit(lectern::test::selectedScope(*store), SaveReflection{module->meta.id, reflectionId, text});

    if (!store->flush(10000)) {
        std::fprintf(stderr, "could not save: %s\n", store->status().lastError.c_str());
        return 1;
    }
    return 0;
}
