// Prints the xAPI statements a real store keeps, one JSON per line, for the validator test
// (tests/e2e/xapi_validation_test.sh) and for a person curious about what would be sent.
//
//   xapi_statements_tool --course DIR --db FILE [--learner NAME] [--learners N] [--no-write]
//     Unless --no-write: records one of every kind of event a learner makes in the course's
//     first module that has a quiz (section read, time on task, resume point, quiz draft, quiz
//     attempt with every question answered, half of them wrongly, reflection, bookmark set and
//     removed, note, settings), through the real store and its writer. With --learners N, the
//     same for N learners ("NAME 1" ... "NAME N"): 14 events each, for the sync tests' volume.
//     Then prints every event's statements: the text the writer stored, or, for rows without
//     one (written before schema v4), the statements rendered from the row by the same mapping.
#include "load/course_loader.h"
#include "quiz/scoring.h"
#include "sample_answers.h"
#include "store/progress_store.h"
#include "xapi/statement.h"

#include <cstdio>
#include <sqlite3.h>
#include <string>

using namespace lectern;

static int usage() {
    std::fprintf(stderr, "usage: xapi_statements_tool --course DIR --db FILE [--learner NAME] [--learners N] [--no-write]\n");
    return 2;
}

static bool recordEveryKind(ProgressStore* store, std::shared_ptr<const Course> course, const std::string& name) {
    const Module* module = nullptr;
    for (const auto& m : course->modules)
        if (!m->quizzes.empty() && !m->reflections.empty() && !module) module = m.get();
    if (!module) {
        std::fprintf(stderr, "the course has no module with a quiz and a reflection\n");
        return false;
    }
    std::string error;
    LearnerId learner = store->ensureLearner(name);
    if (!learner || !store->selectLearner(learner, course->id, error)) {
        std::fprintf(stderr, "cannot select learner: %s\n", error.c_str());
        return false;
    }
    const ProgressScope scope{learner, course->id};
    const std::string& mid = module->meta.id;
    const SectionRef section{mid, module->sections.front().id};
    const Quiz& quiz = module->quizzes.front();
    quiz::Responses responses;
    for (size_t i = 0; i < quiz.questions.size(); ++i) responses[quiz.questions[i].id] = answerFor(quiz, quiz.questions[i], i % 2 == 1);
    const quiz::QuizResult result = quiz::scoreQuiz(quiz, responses);
    const std::string json = quiz::responsesToJson(quiz, responses);

    // A sitting around it all (cmi5 initialized ... terminated), as LearnerSession opens one.
    const std::string sitting = "6f1c2b4a-8d3e-4f5a-9b6c-7d8e9f0a1b2c";
    store->setSitting(learner, sitting);
    store->submit(scope, StartSitting{sitting});
    store->submit(scope, MarkSectionRead{section});
    store->submit(scope, AddTimeOnTask{section, 12.5});
    store->submit(scope, SaveResume{section, 640});
    store->submit(scope, SaveQuizDraft{mid, quiz.id, json});
    store->submit(scope, RecordQuizAttempt{mid, quiz.id, json, result.score, result.maxScore, result.passed});
    store->submit(scope, SaveReflection{mid, module->reflections.front().id, "Trust is built slowly, and \"quoted\".\nTwo lines."});
    store->submit(scope, SetBookmark{section, true});
    store->submit(scope, SetBookmark{section, false});
    store->submit(scope, SaveNote{section, "Read again before the exam."});
    store->submit(scope, SaveSettings{R"({"theme":"dark","fontScale":1.25})"});
    store->submit(scope, RecordCourseOutcome{CourseOutcome::Completed});
    store->submit(scope, RecordCourseOutcome{CourseOutcome::Passed});
    store->submit(scope, EndSitting{sitting, 754.25});
    store->setSitting(learner, {});
    if (!store->flush(30000)) {
        std::fprintf(stderr, "not saved: %s\n", store->status().lastError.c_str());
        return false;
    }
    return true;
}

static int printStatements(const std::string& path, std::shared_ptr<const Course> course) {
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        std::fprintf(stderr, "cannot open %s\n", path.c_str());
        return 1;
    }
    const char* sql = "SELECT e.uuid, l.uuid, e.course_id, e.module_id, e.item_id, e.kind, e.verb, e.result, e.ts_ms, e.statement "
                      "FROM events e JOIN learners l ON l.id = e.learner_id ORDER BY e.seq";
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) != SQLITE_OK) {
        std::fprintf(stderr, "%s: %s\n", path.c_str(), sqlite3_errmsg(db));
        sqlite3_close(db);
        return 1;
    }
    auto text = [&](int col) {
        const unsigned char* t = sqlite3_column_text(stmt, col);
        return t ? std::string(reinterpret_cast<const char*>(t)) : std::string();
    };
    const xapi::StatementContext ofCourse = xapi::contextFor(course);
    int events = 0;
    while (sqlite3_step(stmt) == SQLITE_ROW) {
        ++events;
        std::vector<std::string> statements;
        if (sqlite3_column_type(stmt, 9) != SQLITE_NULL) {
            statements = xapi::splitStatements(text(9));
        } else {
            xapi::EventRecord row{text(0), text(1), text(2), text(3), text(4), text(5), text(6), text(7),
                                  sqlite3_column_int64(stmt, 8)};
            // A fixture's rows belong to another course: its ids with the default IRIs.
            statements = xapi::renderStatements(row, row.courseId == ofCourse.courseId ? ofCourse : xapi::contextForId(row.courseId));
        }
        for (const std::string& s : statements) std::printf("%s\n", s.c_str());
    }
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    std::fprintf(stderr, "%d events\n", events);
    return events > 0 ? 0 : 1;
}

int main(int argc, char** argv) {
    std::string courseDir, db, learnerName = "Amina";
    int learners = 0;
    bool write = true;
    for (int i = 1; i < argc; ++i) {
        std::string a = argv[i];
        if (a == "--no-write") {
            write = false;
            continue;
        }
        if (i + 1 >= argc) return usage();
        std::string v = argv[++i];
        if (a == "--course") courseDir = v;
        else if (a == "--db") db = v;
        else if (a == "--learner") learnerName = v;
        else if (a == "--learners") learners = std::atoi(v.c_str());
        else return usage();
    }
    if (courseDir.empty() || db.empty()) return usage();
    LoadResult loaded = loadCourse(courseDir);
    StoreOpenOptions options;
    options.path = db;
    if (write) {
        StoreOpenReport report;
        auto store = ProgressStore::open(options, report);
        if (!store) {
            std::fprintf(stderr, "open failed: %s\n", report.error.c_str());
            return 1;
        }
        store->setStatementContext(std::make_shared<const xapi::StatementContext>(xapi::contextFor(loaded.course)));
        if (learners == 0 && !recordEveryKind(store.get(), loaded.course, learnerName)) return 1;
        for (int i = 1; i <= learners; ++i)
            if (!recordEveryKind(store.get(), loaded.course, learnerName + " " + std::to_string(i))) return 1;
    }
    if (!write) {  // migrate an old fixture first, as the app would
        StoreOpenReport report;
        if (!ProgressStore::open(options, report)) {
            std::fprintf(stderr, "open failed: %s\n", report.error.c_str());
            return 1;
        }
    }
    return printStatements(db, loaded.course);
}
