// `lectern stats`: the size of a course in the figures an author plans with (words, reading
// time, sections, questions by type, reflections), per module and in total. Words are counted
// as everywhere else (util/words.h, through the loader's Module::words) and reading time is the
// reader's own estimate (progress_rules/estimatedReadingSeconds), so the figures agree with the app.
#pragma once
#include "course/document.h"

#include <array>
#include <string>
#include <vector>

namespace lectern {

inline constexpr size_t kQuestionTypeCount = 7;  // QuestionType::Single ... QuestionType::Matching

struct ContentStats {
    std::string id;     // module id; "total" for the sum
    std::string title;
    int words = 0;
    double readingSeconds = 0;  // estimatedReadingSeconds(words): 200 words a minute
    int estimatedMinutes = 0;   // the author's own `estimated_minutes:` (0 = not given)
    size_t sections = 0;
    size_t reflections = 0;
    size_t quizzes = 0;
    size_t questions = 0;
    std::array<size_t, kQuestionTypeCount> questionsByType{};  // indexed by int(QuestionType)

    // Whole minutes, rounded; at least 1 for any text.
    int readingMinutes() const;
};

struct CourseStats {
    std::vector<ContentStats> modules;  // in course order
    ContentStats total;
};

CourseStats courseStats(const Course& course);

// A table for people: one row per module and a total, then questions by type.
std::string statsTable(const CourseStats& stats);
// The same figures as JSON for tools: {"modules": [...], "total": {...}}.
std::string statsJson(const CourseStats& stats);

} // namespace lectern
