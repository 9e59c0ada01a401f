// Item analysis: which questions of a quiz work, with the definitions of Moodle's quiz
// statistics, computed from the attempts of the learners a Room shows (report/room_figures.h),
// the first attempt of each learner at each quiz by default, or every attempt.
//
// Per question, over the n attempts counted (x = the mark on the question, max = its points):
//   facility index   mean(x) / max, as a percentage
//   SD               the sample standard deviation of x (n - 1), also as a % of max
//   discrimination   the Pearson correlation between x and the rest of the quiz (the attempt's
//                    total minus x), as a percentage; none when either never varies
//   options          how many attempts chose each option (a multiple-answer question counts
//                    every ticked box; other types count each distinct answer), the most
//                    chosen wrong answer marked
//   check            flagged only from `minAttempts` attempts: discrimination below
//                    `minDiscrimination`, or facility outside [minFacility, maxFacility]
// Per quiz: mean, median and sample SD of the totals (also as % of the maximum), and
// Cronbach's alpha = k/(k-1) * (1 - sum of the questions' variances / variance of the totals).
// Marks are recomputed from the stored responses with the current course's answer key
// (quiz/scoring.h), so question marks always add up to the quiz's total.
#pragma once
#include "report/room_figures.h"

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace lectern::report {

struct ItemAnalysisOptions {
    bool allAttempts = false;  // false: each learner's first attempt only
    int minAttempts = 10;      // fewer attempts: no question is flagged (too few to judge)
    double minDiscrimination = 30;
    double minFacility = 20;
    double maxFacility = 90;
};

struct OptionCount {
    std::string id;    // the choice id, or the answer as given for other question types
    std::string text;  // the choice's text, or the answer
    int count = 0;
    bool correct = false;
    bool mostChosenWrong = false;
};

struct QuestionStats {
    std::string id, prompt, type;
    int attempts = 0;
    int unanswered = 0;
    double maxMark = 0;
    double meanMark = 0;
    std::optional<double> facility;        // %; none without attempts or marks to earn
    std::optional<double> sd, sdPercent;   // n >= 2
    std::optional<double> discrimination;  // %
    std::vector<OptionCount> options;      // choices in quiz order; other answers by count
    bool check = false;
    std::vector<std::string> checkReasons;  // "facility 95.0% is above 90%" (exports: English)
    // The same as figures, for a screen that words them in its own language.
    struct CheckReason {
        enum Kind { FacilityBelow, FacilityAbove, DiscriminationBelow } kind;
        double value = 0, limit = 0;  // percent
    };
    std::vector<CheckReason> checks;
};

struct QuizStats {
    std::string moduleId, quizId, title;
    int attempts = 0;
    double maxMark = 0;
    std::optional<double> mean, median, sd;                       // marks
    std::optional<double> meanPercent, medianPercent, sdPercent;  // % of maxMark
    std::optional<double> cronbachAlpha;                          // k >= 2, n >= 2, totals vary
    std::vector<QuestionStats> questions;  // in quiz order
};

struct ItemAnalysis {
    std::string courseId, courseTitle;
    ItemAnalysisOptions options;
    std::vector<QuizStats> quizzes;  // in course order
};

ItemAnalysis itemAnalysis(const Room& room, const Course& course, const ItemAnalysisOptions& options);

nlohmann::ordered_json itemAnalysisJson(const ItemAnalysis& analysis);
std::string itemAnalysisCsv(const ItemAnalysis& analysis);   // one row per question (BOM, RFC 4180)
std::string itemAnalysisText(const ItemAnalysis& analysis);  // for a terminal, thresholds stated

} // namespace lectern::report
