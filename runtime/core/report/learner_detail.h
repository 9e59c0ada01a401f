// One learner in the facilitator's dashboard, opened from their row: every attempt with every
// answer (right or wrong, as the current answer key scores it, like the item analysis), the
// progress of each section, and their reflections: the text of those they shared with the
// facilitator, only a count of the private ones ("2 private reflections"). Computed from the
// same Room as the dashboard's figures (report/room_figures.h), so the two cannot disagree.
#pragma once
#include "report/room_figures.h"

#include <cstdint>
#include <string>
#include <vector>

namespace lectern::report {

struct AnswerDetail {
    std::string questionId, prompt;
    std::string answer;  // as the learner gave it (a choice's text; "" when left unanswered)
    bool answered = false, correct = false;
    double points = 0, maxPoints = 0;
};

struct AttemptDetail {
    std::string moduleId, quizId, quizTitle;
    int number = 0;
    double score = 0, maxScore = 0;  // as stored when the attempt was made
    bool passed = false;
    int64_t timeMs = 0;
    std::vector<AnswerDetail> answers;  // in quiz order
};

struct SectionDetail {
    std::string moduleId, sectionId, title;
    bool read = false;
    int64_t readMs = 0;
    double seconds = 0;
};

struct SharedReflection {
    std::string moduleId, reflectionId, prompt;
    std::string text;
    int64_t timeMs = 0;
};

struct LearnerDetail {
    LearnerFigures figures;               // the row of the dashboard
    std::vector<AttemptDetail> attempts;  // by module (course order), quiz, number
    std::vector<SectionDetail> sections;  // every section of the course, in course order
    std::vector<SharedReflection> shared; // with text (non-blank), in course order
    int privateReflections = 0;           // written (not blank) and not shared: counted only
};

// `learner` must be one the room shows (else figures stay empty and nothing is found);
// `shared` from store::read::readSharedReflections. A shared reflection whose latest
// revision is blank counts as neither.
LearnerDetail learnerDetail(const Room& room, const Course& course, const RoomFigures& figures, LearnerId learner,
                            const std::vector<store::read::SharedReflectionRow>& shared);

// "2 private reflections", "1 private reflection", "no private reflections".
std::string privateReflectionsLine(int count);

} // namespace lectern::report
