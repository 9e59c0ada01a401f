// A small room for the facilitator dashboard's tests (core and headless UI), written through
// the real store and repositories into a real SQLite file:
//   course "dash-course": alpha (sections a1, a2; quiz alpha-quiz: q1 single, "a" right; q2
//   true/false, true right; pass 60%; reflections r1, r2) and beta (section b1; quiz
//   beta-quiz: q1 single, "x" right; reflection r3). Completion: every section, every quiz.
//   Ada Zed   Blue, Morning    alpha: a1 a2 read, 600 s; attempts {q1:b,q2:true} 50%, then
//                              {q1:a,q2:true} 100%: passed. r1 shared, r2 and r3 private.
//   Bo Young  Red, Morning     alpha: a1 read, 120 s; attempt {q1:c,q2:false} 0%: failed
//   Cy Xu     Blue, Afternoon  beta: b1 read, 300 s; attempt {q1:x}: passed
//   Dee Wu    Red, Afternoon   nothing: not started
//   Eve Vo    Blue, no session alpha: a1 read, 60 s: in progress
#pragma once
#include "selected_scope.h"
#include "load/course_loader.h"
#include "quiz/responses.h"
#include "quiz/scoring.h"
#include "store/learner_repository.h"
#include "store/progress_store.h"
#include "store/reflection_sharing_repository.h"
#include "store/session_repository.h"
#include "store/store_connection.h"

#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <stdexcept>
#include <string>

namespace lectern::test::dashboard {

inline const char* kAdaShared = "Ada's shared thought about the rules.";
inline const char* kAdaPrivate = "Ada's private worry, never for the facilitator.";
inline const char* kAdaPrivate2 = "Ada's second private note.";

inline void writeText(const std::filesystem::path& p, const std::string& text) {
    std::filesystem::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << text;
}

inline void writeCourse(const std::filesystem::path& dir) {
    writeText(dir / "content/course.yaml",
              "id: dash-course\ntitle: Dashboard day\nsummary: Two modules.\nmodules:\n  - alpha\n  - beta\n"
              "completion:\n  sections_read: 1.0\n  quizzes_passed: true\n");
    writeText(dir / "modules/alpha/module.md",
              "---\nid: alpha\ntitle: Alpha module\n---\n\n## First part {#a1}\n\nText.\n\n"
              "```reflection\nid: r1\nprompt: What did you learn first?\n```\n\n## Second part {#a2}\n\nMore text.\n\n"
              "```quiz\nid: alpha-quiz\ntitle: Alpha check\npass: 60\nquestions:\n"
              "  - id: q1\n    type: single\n    prompt: Which office decides?\n    choices:\n"
              "      - {id: a, text: Choice A}\n      - {id: b, text: Choice B}\n      - {id: c, text: Choice C}\n"
              "    answer: a\n"
              "  - id: q2\n    type: true_false\n    prompt: The rules apply to all.\n    answer: true\n```\n\n"
              "```reflection\nid: r2\nprompt: What worries you?\n```\n");
    writeText(dir / "modules/beta/module.md",
              "---\nid: beta\ntitle: Beta module\n---\n\n## Only part {#b1}\n\nText.\n\n"
              "```quiz\nid: beta-quiz\ntitle: Beta check\npass: 60\nquestions:\n"
              "  - id: q1\n    type: single\n    prompt: Pick one.\n    choices:\n"
              "      - {id: x, text: Choice X}\n      - {id: y, text: Choice Y}\n    answer: x\n```\n\n"
              "```reflection\nid: r3\nprompt: Anything else?\n```\n");
}

inline void require(bool ok, const char* what) {
    if (!ok) throw std::runtime_error(std::string("dashboard room: ") + what);
}

// Seeds the room into `store` (the course must be `course`, loaded from writeCourse's folder).
// Returns the learners' ids by full name.
inline std::map<std::string, LearnerId> seed(ProgressStore& store, const Course& course) {
    std::map<std::string, LearnerId> ids;
    {
        auto conn = store::openStoreConnection(store.path());
        require(bool(conn), "connection");
        store::LearnerRepository learners(*conn);
        store::SessionRepository sessions(*conn);
        auto morning = sessions.findOrCreate("Morning", "2026-12-01", 1);
        auto afternoon = sessions.findOrCreate("Afternoon", "2026-12-01", 1);
        require(morning && afternoon, "sessions");
        struct Row { const char* name; const char* group; int64_t session; };
        for (Row r : {Row{"Ada Zed", "Blue", *morning}, Row{"Bo Young", "Red", *morning}, Row{"Cy Xu", "Blue", *afternoon},
                      Row{"Dee Wu", "Red", *afternoon}, Row{"Eve Vo", "Blue", 0}}) {
            auto id = learners.create({r.name, r.group, ""}, 1);
            require(bool(id), "learner");
            ids[r.name] = *id;
            if (r.session) require(bool(sessions.addMember(r.session, *id, 1)), "member");
        }
    }
    std::string error;
    auto as = [&](const char* name) {
        require(store.selectLearner(ids.at(name), course.id, error), "select");
        return selectedScope(store);
    };
    auto attempt = [&](ProgressScope scope, const char* module, const char* quizId, const std::string& json) {
        const Quiz* quiz = nullptr;
        for (const auto& m : course.modules)
            for (const Quiz& q : m->quizzes)
                if (q.id == quizId) quiz = &q;
        require(quiz != nullptr, "quiz");
        quiz::QuizResult r = quiz::scoreQuiz(*quiz, quiz::responsesFromJson(*quiz, json));
        store.submit(scope, RecordQuizAttempt{module, quizId, json, r.score, r.maxScore, r.passed});
    };
    ProgressScope ada = as("Ada Zed");
    store.submit(ada, MarkSectionRead{{"alpha", "a1"}});
    store.submit(ada, MarkSectionRead{{"alpha", "a2"}});
    store.submit(ada, AddTimeOnTask{{"alpha", "a1"}, 600});
    attempt(ada, "alpha", "alpha-quiz", R"({"q1":"b","q2":true})");
    attempt(ada, "alpha", "alpha-quiz", R"({"q1":"a","q2":true})");
    store.submit(ada, SaveReflection{"alpha", "r1", kAdaShared});
    store.submit(ada, SaveReflection{"alpha", "r2", kAdaPrivate});
    store.submit(ada, SaveReflection{"beta", "r3", kAdaPrivate2});
    ProgressScope bo = as("Bo Young");
    store.submit(bo, MarkSectionRead{{"alpha", "a1"}});
    store.submit(bo, AddTimeOnTask{{"alpha", "a1"}, 120});
    attempt(bo, "alpha", "alpha-quiz", R"({"q1":"c","q2":false})");
    ProgressScope cy = as("Cy Xu");
    store.submit(cy, MarkSectionRead{{"beta", "b1"}});
    store.submit(cy, AddTimeOnTask{{"beta", "b1"}, 300});
    attempt(cy, "beta", "beta-quiz", R"({"q1":"x"})");
    ProgressScope eve = as("Eve Vo");
    store.submit(eve, MarkSectionRead{{"alpha", "a1"}});
    store.submit(eve, AddTimeOnTask{{"alpha", "a1"}, 60});
    require(store.flush(20000), "flush");
    {
        auto conn = store::openStoreConnection(store.path());
        require(bool(conn), "connection");
        require(bool(store::ReflectionSharingRepository(*conn).setShared(ids.at("Ada Zed"), {course.id, "alpha", "r1"},
                                                                            true, 2)),
                "share");
    }
    return ids;
}

} // namespace lectern::test::dashboard
