// The two shapes of a progress report: JSON for tools, CSV for a spreadsheet.
#include "report/progress_report.h"

#include "store/store_clock.h"

#include <cmath>
#include <cstdio>
#include <nlohmann/json.hpp>

namespace lectern::report {

using nlohmann::json;
using nlohmann::ordered_json;

static double round1(double v) { return std::round(v * 10.0) / 10.0; }

static ordered_json timeOrNull(int64_t ms) { return ms > 0 ? ordered_json(store::isoUtc(ms)) : ordered_json(nullptr); }

std::string toJson(const ProgressReport& r, const ordered_json* records) {
    ordered_json learners = ordered_json::array();
    for (const LearnerSummary& l : r.learners) {
        ordered_json modules = ordered_json::array();
        for (const ModuleSummary& m : l.modules) {
            ordered_json quizzes = ordered_json::array();
            for (const QuizSummary& q : m.quizzes)
                quizzes.push_back({{"id", q.quizId},
                                   {"title", q.title},
                                   {"attempts", q.attempts},
                                   {"bestScore", q.attempts ? ordered_json(q.bestScore) : ordered_json(nullptr)},
                                   {"maxScore", q.attempts ? ordered_json(q.maxScore) : ordered_json(nullptr)},
                                   {"passed", q.passed}});
            modules.push_back({{"id", m.moduleId},
                               {"title", m.title},
                               {"sectionsRead", m.sectionsRead},
                               {"sectionsTotal", m.sectionsTotal},
                               {"percentComplete", round1(m.percentComplete)},
                               {"complete", m.complete},
                               {"reflections", m.reflections},
                               {"secondsOnTask", round1(m.secondsOnTask)},
                               {"quizzes", quizzes}});
        }
        ordered_json learner = {{"id", l.id}, {"name", l.name}};
        if (!l.uuid.empty()) learner["uuid"] = l.uuid;
        if (!l.externalId.empty()) learner["externalId"] = l.externalId;
        learner["lastActivity"] = timeOrNull(l.lastActivityMs);
        learner["reflections"] = l.reflections;
        learner["orphanedRecords"] = l.orphanedRecords;
        learner["modules"] = modules;
        learners.push_back(std::move(learner));
    }
    ordered_json doc = {{"course", {{"id", r.courseId}, {"title", r.courseTitle}}},
                        {"database", r.dbPath},
                        {"orphanedRecords", r.orphanedRecords},
                        {"learners", learners}};
    if (records) doc["records"] = *records;
    return doc.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

std::string csvField(const std::string& text) {
    if (text.find_first_of(",\"\r\n") == std::string::npos) return text;
    std::string out = "\"";
    for (char c : text) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + "\"";
}

static std::string number(double v) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.10g", round1(v));
    return buf;
}

std::string toCsv(const ProgressReport& r) {
    // One row per learner and module: filters and pivot tables work on it directly. Quiz
    // columns sum the best attempt of each quiz in the module.
    std::string out = "learner_id,learner_name,module_id,module_title,sections_read,sections_total,percent_complete,"
                      "module_complete,quizzes_passed,quizzes_total,quiz_attempts,best_quiz_score,quiz_max_score,"
                      "reflections,seconds_on_task,last_activity\r\n";
    for (const LearnerSummary& l : r.learners) {
        for (const ModuleSummary& m : l.modules) {
            int passed = 0, attempts = 0;
            double best = 0, max = 0;
            for (const QuizSummary& q : m.quizzes) {
                passed += q.passed;
                attempts += q.attempts;
                best += q.bestScore;
                max += q.maxScore;
            }
            bool anyAttempt = attempts > 0;
            out += std::to_string(l.id) + "," + csvField(l.name) + "," + csvField(m.moduleId) + "," + csvField(m.title) +
                   "," + std::to_string(m.sectionsRead) + "," + std::to_string(m.sectionsTotal) + "," +
                   number(m.percentComplete) + "," + (m.complete ? "yes" : "no") + "," + std::to_string(passed) + "," +
                   std::to_string(m.quizzes.size()) + "," + std::to_string(attempts) + "," +
                   (anyAttempt ? number(best) : "") + "," + (anyAttempt ? number(max) : "") + "," +
                   std::to_string(m.reflections) + "," + number(m.secondsOnTask) + "," +
                   (l.lastActivityMs > 0 ? store::isoUtc(l.lastActivityMs) : "") + "\r\n";
        }
    }
    return out;
}

} // namespace lectern::report
