// Learner progress as the UI sees it: typed commands in, immutable snapshots out.
//
// The UI never touches SQLite. It submits a ProgressCommand, with the ProgressScope (learner and
// course) it belongs to, to the ProgressStore
// (store/progress_store.h); the store applies it at once to the in-memory snapshot (so the UI
// shows the learner's action immediately, marked "saving") and hands it to its writer thread,
// which appends an xAPI-shaped event and updates the state tables in one transaction.
// A failed write stays queued and is retried: it is never dropped.
//
// Index
//   [SECTION] Commands
//   [SECTION] Snapshot
#pragma once
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <variant>
#include <vector>

namespace lectern {

using LearnerId = int64_t;

//-----------------------------------------------------------------------------
// [SECTION] Commands
//-----------------------------------------------------------------------------

// Whose command it is: every command is submitted with its learner and course, so an edit
// still in flight is saved to the learner who made it, whoever is signed in by then.
struct ProgressScope {
    LearnerId learner = 0;
    std::string courseId;
    bool valid() const { return learner != 0 && !courseId.empty(); }
    bool operator==(const ProgressScope&) const = default;
};

struct SectionRef {
    std::string moduleId;
    std::string sectionId;
    auto operator<=>(const SectionRef&) const = default;
};

struct MarkSectionRead { SectionRef section; };
struct AddTimeOnTask { SectionRef section; double seconds = 0; };
struct SaveResume { SectionRef section; float scrollY = 0; };

struct RecordQuizAttempt {
    std::string moduleId;
    std::string quizId;
    std::string responsesJson;  // {"question-id": response, ...}; see quiz/scoring.h
    double score = 0;
    double maxScore = 0;
    bool passed = false;
};

// Answers given but not yet submitted (every change replaces the draft; an attempt ends it).
struct SaveQuizDraft {
    std::string moduleId;
    std::string quizId;
    std::string responsesJson;  // as RecordQuizAttempt's
};

struct SaveReflection {
    std::string moduleId;
    std::string reflectionId;
    std::string text;  // every save is a new revision
};

struct SetBookmark { SectionRef section; bool on = true; };
struct SaveNote { SectionRef section; std::string text; };
struct SaveSettings { std::string json; };  // per-learner UI settings (theme, font size)

// The text of a reflection or note as it is being typed, kept a few hundred milliseconds
// behind the keyboard so a crash loses at most that. Not an event and not a revision: the
// SaveReflection / SaveNote made when the learner pauses replaces it, and a draft still
// there when the store next opens becomes that revision (the learner's words are theirs).
enum class DraftOf { Reflection, Note };
struct KeepTextDraft {
    DraftOf of = DraftOf::Reflection;
    std::string moduleId;
    std::string itemId;  // the reflection id, or the section id of a note
    std::string text;
};

// A learner's sitting (cmi5's "session"): from signing in to signing out or closing the app.
// Recorded as xAPI initialized / terminated statements; they change no state.
struct StartSitting { std::string sessionId; };
struct EndSitting { std::string sessionId; double seconds = 0; };

// The course's outcome (cmi5's moveon statements): recorded at most once per learner and
// course; the writer drops a second one. Passed: complete, and every quiz in it passed.
enum class CourseOutcome { Completed, Passed };
struct RecordCourseOutcome { CourseOutcome outcome = CourseOutcome::Completed; };

using ProgressCommand = std::variant<MarkSectionRead, AddTimeOnTask, SaveResume, RecordQuizAttempt,
                                     SaveReflection, SetBookmark, SaveNote, SaveSettings, SaveQuizDraft,
                                     KeepTextDraft, StartSitting, EndSitting, RecordCourseOutcome>;

//-----------------------------------------------------------------------------
// [SECTION] Snapshot
//-----------------------------------------------------------------------------

struct QuizAttempt {
    int number = 0;  // 1-based
    std::string responsesJson;
    double score = 0;
    double maxScore = 0;
    bool passed = false;
    int64_t timeMs = 0;  // unix epoch milliseconds
};

struct ReflectionRevision {
    std::string text;
    int64_t timeMs = 0;
};

struct ResumePoint {
    SectionRef section;
    float scrollY = 0;
};

// One learner's progress in one course. Immutable once published.
struct ProgressSnapshot {
    LearnerId learner = 0;
    std::string learnerName;
    std::string courseId;
    std::set<SectionRef> sectionsRead;
    std::map<SectionRef, double> secondsOnSection;
    std::optional<ResumePoint> resume;
    std::map<std::string, std::string> quizDrafts;                        // key "module/quiz": unsubmitted answers JSON
    std::map<std::string, std::vector<QuizAttempt>> quizAttempts;          // key "module/quiz"
    std::map<std::string, std::vector<ReflectionRevision>> reflections;    // key "module/reflection"
    std::set<SectionRef> bookmarks;
    std::map<SectionRef, std::string> notes;
    std::string settingsJson;
    int64_t lastActivityMs = 0;

    static std::string key(const std::string& moduleId, const std::string& itemId) {
        return moduleId + "/" + itemId;
    }
    // The latest text of a reflection, or empty.
    const std::string& reflectionText(const std::string& moduleId, const std::string& id) const;
    const QuizAttempt* bestAttempt(const std::string& moduleId, const std::string& quizId) const;
    int attemptCount(const std::string& moduleId, const std::string& quizId) const;
};

// What the UI shows in its status bar.
enum class SaveState { Idle, Saving, Saved, Failed };

struct SaveStatus {
    SaveState state = SaveState::Idle;
    size_t pending = 0;        // commands not yet committed
    std::string lastError;     // for Failed: what went wrong and what to do
    int64_t lastSavedMs = 0;
};

} // namespace lectern
