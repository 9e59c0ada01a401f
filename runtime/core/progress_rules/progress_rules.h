// Progress rules: how far a learner is through a module and the course, and whether a module
// counts as complete under the course's CompletionRule. Pure functions over the document model
// and a ProgressSnapshot, shared by the learner UI and `lectern report`, so both always agree.
#pragma once
#include "course/document.h"
#include "store/progress.h"

namespace lectern {

struct ModuleProgress {
    int sectionsTotal = 0;
    int sectionsRead = 0;
    int quizzesTotal = 0;
    int quizzesPassed = 0;
    int reflectionsTotal = 0;
    int reflectionsAnswered = 0;
    double secondsOnTask = 0;
    // 0..1: the share of the things the completion rule asks for that are done. Sections
    // weigh by count; each required quiz and reflection weighs like one section.
    double fraction = 0;
    bool complete = false;
    bool started = false;  // any section read, time spent, quiz tried or reflection written
};

struct CourseProgress {
    int modulesTotal = 0;
    int modulesComplete = 0;
    double fraction = 0;    // mean of the modules' fractions
    bool complete = false;  // every module complete (false for a course without modules)
};

// A module is complete when at least rule.sectionsRead of its sections are read (rounded up,
// so 1.0 means all of them), every quiz has a passed attempt when rule.quizzesPassed, and every
// reflection has non-blank text when rule.reflectionsAnswered. A module with no sections, quiz
// or reflection to do is complete.
ModuleProgress moduleProgress(const Module& module, const CompletionRule& rule,
                              const ProgressSnapshot& progress);
bool isModuleComplete(const Module& module, const CompletionRule& rule, const ProgressSnapshot& progress);

CourseProgress courseProgress(const Course& course, const ProgressSnapshot& progress);

// The course counts as passed (its xAPI "passed", at most once) when it is complete and every
// quiz of every module has a passed attempt, whatever the completion rule asks of quizzes.
bool isCoursePassed(const Course& course, const ProgressSnapshot& progress);
bool allQuizzesPassed(const Course& course, const ProgressSnapshot& progress);

// Estimated reading time of a section in seconds at `wordsPerMinute`, at least 1 s.
double estimatedReadingSeconds(int words, double wordsPerMinute = 200);

// How long a section must be on screen to count as read: 60% of its estimated reading time,
// capped at 20 s, at least 2 s.
double readThresholdSeconds(int words);

} // namespace lectern
