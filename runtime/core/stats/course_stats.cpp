// Figures of a course. See course_stats.h.
#include "stats/course_stats.h"

#include "progress_rules/progress_rules.h"
#include "util/terminal_text.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>

namespace lectern {
namespace {

ContentStats moduleStats(const Module& m) {
    ContentStats s;
    s.id = m.meta.id;
    s.title = m.meta.title;
    s.words = m.words;
    s.readingSeconds = estimatedReadingSeconds(m.words);
    s.estimatedMinutes = m.meta.estimatedMinutes;
    s.sections = m.sections.size();
    s.reflections = m.reflections.size();
    s.quizzes = m.quizzes.size();
    for (const Quiz& q : m.quizzes)
        for (const Question& question : q.questions) {
            ++s.questions;
            ++s.questionsByType[size_t(question.type)];
        }
    return s;
}

void addTo(ContentStats& total, const ContentStats& s) {
    total.words += s.words;
    total.estimatedMinutes += s.estimatedMinutes;
    total.sections += s.sections;
    total.reflections += s.reflections;
    total.quizzes += s.quizzes;
    total.questions += s.questions;
    for (size_t t = 0; t < kQuestionTypeCount; ++t) total.questionsByType[t] += s.questionsByType[t];
}

// Columns: the first left-aligned, the others right-aligned, two spaces apart.
std::string formatTable(const std::vector<std::vector<std::string>>& rows) {
    std::vector<size_t> width;
    for (const auto& row : rows)
        for (size_t c = 0; c < row.size(); ++c) {
            if (width.size() <= c) width.push_back(0);
            width[c] = std::max(width[c], row[c].size());
        }
    std::string out;
    for (const auto& row : rows) {
        std::string line;
        for (size_t c = 0; c < row.size(); ++c) {
            const std::string pad(width[c] - row[c].size(), ' ');
            if (c == 0) line += row[c] + pad;
            else line += "  " + pad + row[c];
        }
        while (!line.empty() && line.back() == ' ') line.pop_back();
        out += line + "\n";
    }
    return out;
}

std::string minutes(int m) { return std::to_string(m) + " min"; }

} // namespace

int ContentStats::readingMinutes() const {
    if (words <= 0) return 0;
    return std::max(1, int(std::lround(readingSeconds / 60.0)));
}

CourseStats courseStats(const Course& course) {
    CourseStats stats;
    stats.total.id = "total";
    stats.total.title = course.title;
    for (const auto& m : course.modules) {
        stats.modules.push_back(moduleStats(*m));
        addTo(stats.total, stats.modules.back());
    }
    // Reading time of all the words at once, as a module's is, not a sum of rounded figures.
    stats.total.readingSeconds = stats.total.words > 0 ? estimatedReadingSeconds(stats.total.words) : 0;
    return stats;
}

std::string statsTable(const CourseStats& stats) {
    std::vector<ContentStats> rows = stats.modules;
    rows.push_back(stats.total);
    std::vector<std::vector<std::string>> summary{{"module", "words", "reading", "estimated", "sections", "reflections", "quizzes", "questions"}};
    std::vector<std::vector<std::string>> types{{"questions by type"}};
    for (size_t t = 0; t < kQuestionTypeCount; ++t) types[0].push_back(questionTypeName(QuestionType(t)));
    for (const ContentStats& s : rows) {
        const std::string id = escapeControlChars(s.id);
        summary.push_back({id, std::to_string(s.words), minutes(s.readingMinutes()),
                        s.estimatedMinutes > 0 ? minutes(s.estimatedMinutes) : "-", std::to_string(s.sections),
                        std::to_string(s.reflections), std::to_string(s.quizzes), std::to_string(s.questions)});
        std::vector<std::string> row{id};
        for (size_t t = 0; t < kQuestionTypeCount; ++t) row.push_back(std::to_string(s.questionsByType[t]));
        types.push_back(row);
    }
    return formatTable(summary) + "\n" + formatTable(types) +
           "\nreading: the reader's estimate at 200 words a minute; estimated: the modules' estimated_minutes.\n";
}

std::string statsJson(const CourseStats& stats) {
    const auto one = [](const ContentStats& s, bool module) {
        nlohmann::ordered_json j;
        if (module) j["id"] = s.id;
        j["title"] = s.title;
        j["words"] = s.words;
        j["reading_minutes"] = s.readingMinutes();
        j["reading_seconds"] = std::lround(s.readingSeconds);
        j["estimated_minutes"] = s.estimatedMinutes;
        j["sections"] = s.sections;
        j["reflections"] = s.reflections;
        j["quizzes"] = s.quizzes;
        j["questions"] = s.questions;
        nlohmann::ordered_json byType = nlohmann::ordered_json::object();
        for (size_t t = 0; t < kQuestionTypeCount; ++t) byType[questionTypeName(QuestionType(t))] = s.questionsByType[t];
        j["questions_by_type"] = byType;
        return j;
    };
    nlohmann::ordered_json j;
    j["modules"] = nlohmann::ordered_json::array();
    for (const ContentStats& s : stats.modules) j["modules"].push_back(one(s, true));
    j["total"] = one(stats.total, false);
    return j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

} // namespace lectern
