// Index
//   [SECTION] Statistics
//   [SECTION] Counting the attempts
//   [SECTION] Output: JSON, CSV, text
#include "report/item_analysis.h"

#include "report/hr_export.h"
#include "quiz/responses.h"
#include "quiz/scoring.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <set>
#include <unordered_set>

namespace lectern::report {

//-----------------------------------------------------------------------------
// [SECTION] Statistics
//-----------------------------------------------------------------------------

namespace {

double mean(const std::vector<double>& v) {
    double s = 0;
    for (double x : v) s += x;
    return v.empty() ? 0 : s / double(v.size());
}

// Sample variance (n - 1); none below two values.
std::optional<double> variance(const std::vector<double>& v) {
    if (v.size() < 2) return std::nullopt;
    double m = mean(v), s = 0;
    for (double x : v) s += (x - m) * (x - m);
    return s / double(v.size() - 1);
}

std::optional<double> median(std::vector<double> v) {
    if (v.empty()) return std::nullopt;
    std::sort(v.begin(), v.end());
    size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

// Pearson's r; none when either side never varies (a constant has no correlation).
std::optional<double> correlation(const std::vector<double>& x, const std::vector<double>& y) {
    if (x.size() < 2 || x.size() != y.size()) return std::nullopt;
    double mx = mean(x), my = mean(y), sxy = 0, sxx = 0, syy = 0;
    for (size_t i = 0; i < x.size(); ++i) {
        sxy += (x[i] - mx) * (y[i] - my);
        sxx += (x[i] - mx) * (x[i] - mx);
        syy += (y[i] - my) * (y[i] - my);
    }
    if (sxx <= 1e-12 || syy <= 1e-12) return std::nullopt;
    return sxy / std::sqrt(sxx * syy);
}

std::optional<double> percentOf(std::optional<double> v, double max) {
    if (!v || max <= 0) return std::nullopt;
    return 100.0 * *v / max;
}

//-----------------------------------------------------------------------------
// [SECTION] Counting the attempts
//-----------------------------------------------------------------------------

bool countsChoices(QuestionType t) {
    return t == QuestionType::Single || t == QuestionType::Multiple || t == QuestionType::TrueFalse;
}

// The answer as a person reads it, for the answers of non-choice questions.
std::string answerText(const nlohmann::json& raw) {
    if (raw.is_string()) return raw.get<std::string>();
    if (raw.is_number()) {  // 11, not the stored 11.0
        char buf[32];
        std::snprintf(buf, sizeof buf, "%.10g", raw.get<double>());
        return buf;
    }
    return raw.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

void countOptions(const Question& q, const quiz::Response& response, const nlohmann::json* raw, bool correct,
                  QuestionStats& s, std::map<std::string, size_t>& otherIndex) {
    if (countsChoices(q.type)) {
        auto bump = [&](const std::string& id) {
            for (size_t i = 0; i < q.choices.size(); ++i)
                if (q.choices[i].id == id) ++s.options[i].count;
        };
        if (auto* one = std::get_if<quiz::ChoiceAnswer>(&response)) bump(one->choiceId);
        if (auto* set = std::get_if<quiz::ChoiceSetAnswer>(&response))
            for (const auto& id : set->choiceIds) bump(id);
        return;
    }
    if (!raw) return;
    std::string text = answerText(*raw);
    auto [it, added] = otherIndex.emplace(text, s.options.size());
    if (added) s.options.push_back({text, text, 0, correct, false});
    ++s.options[it->second].count;
}

void judge(QuestionStats& s, const ItemAnalysisOptions& o) {
    // The most chosen wrong answer: the wrong option with the highest count (the first on a tie).
    OptionCount* worst = nullptr;
    for (auto& opt : s.options)
        if (!opt.correct && opt.count > 0 && (!worst || opt.count > worst->count)) worst = &opt;
    if (worst) worst->mostChosenWrong = true;

    if (s.attempts < o.minAttempts) return;
    char line[160];
    if (s.facility && *s.facility < o.minFacility) {
        std::snprintf(line, sizeof line, "facility %.1f%% is below %g%%", *s.facility, o.minFacility);
        s.checkReasons.push_back(line);
        s.checks.push_back({QuestionStats::CheckReason::FacilityBelow, *s.facility, o.minFacility});
    }
    if (s.facility && *s.facility > o.maxFacility) {
        std::snprintf(line, sizeof line, "facility %.1f%% is above %g%%", *s.facility, o.maxFacility);
        s.checkReasons.push_back(line);
        s.checks.push_back({QuestionStats::CheckReason::FacilityAbove, *s.facility, o.maxFacility});
    }
    if (s.discrimination && *s.discrimination < o.minDiscrimination) {
        std::snprintf(line, sizeof line, "discrimination %.1f%% is below %g%%", *s.discrimination, o.minDiscrimination);
        s.checkReasons.push_back(line);
        s.checks.push_back({QuestionStats::CheckReason::DiscriminationBelow, *s.discrimination, o.minDiscrimination});
    }
    s.check = !s.checkReasons.empty();
}

QuizStats analyseQuiz(const Module& module, const Quiz& quiz, const std::vector<const store::read::RoomAttemptRow*>& attempts,
                      const ItemAnalysisOptions& o) {
    QuizStats out;
    out.moduleId = module.meta.id;
    out.quizId = quiz.id;
    out.title = quiz.title;
    out.attempts = int(attempts.size());
    const size_t k = quiz.questions.size();
    std::vector<std::vector<double>> marks(k);
    std::vector<double> totals;
    std::vector<std::map<std::string, size_t>> otherIndex(k);
    out.questions.resize(k);
    for (size_t i = 0; i < k; ++i) {
        const Question& q = quiz.questions[i];
        QuestionStats& s = out.questions[i];
        s.id = q.id;
        s.prompt = q.prompt;
        s.type = questionTypeName(q.type);
        s.maxMark = std::max(0.0, q.points);
        s.attempts = out.attempts;
        if (countsChoices(q.type))
            for (const Choice& c : q.choices) s.options.push_back({c.id, c.text, 0, c.correct, false});
    }
    for (const auto* a : attempts) {
        quiz::Responses responses = quiz::responsesFromJson(quiz, a->responsesJson);
        auto raw = nlohmann::json::parse(a->responsesJson, nullptr, false);
        double total = 0;
        for (size_t i = 0; i < k; ++i) {
            const Question& q = quiz.questions[i];
            auto r = responses.find(q.id);
            quiz::Response response = r == responses.end() ? quiz::Response{} : r->second;
            quiz::QuestionResult result = quiz::scoreQuestion(q, response);
            if (!result.answered) ++out.questions[i].unanswered;
            const nlohmann::json* rawAnswer = nullptr;
            if (result.answered && raw.is_object() && raw.contains(q.id)) rawAnswer = &raw[q.id];
            if (result.answered) countOptions(q, response, rawAnswer, result.correct, out.questions[i], otherIndex[i]);
            marks[i].push_back(result.points);
            total += result.points;
        }
        totals.push_back(total);
    }

    double sumItemVariance = 0;
    int itemsWithMarks = 0;
    for (size_t i = 0; i < k; ++i) {
        QuestionStats& s = out.questions[i];
        out.maxMark += s.maxMark;
        if (!marks[i].empty()) {
            s.meanMark = mean(marks[i]);
            if (s.maxMark > 0) s.facility = 100.0 * s.meanMark / s.maxMark;
        }
        if (auto v = variance(marks[i])) {
            s.sd = std::sqrt(*v);
            s.sdPercent = percentOf(s.sd, s.maxMark);
            sumItemVariance += *v;
        }
        std::vector<double> rest(totals.size());
        for (size_t n = 0; n < totals.size(); ++n) rest[n] = totals[n] - marks[i][n];
        if (auto r = correlation(marks[i], rest)) s.discrimination = 100.0 * *r;
        if (s.maxMark > 0) ++itemsWithMarks;
        judge(s, o);
    }
    if (!totals.empty()) out.mean = mean(totals);
    out.median = median(totals);
    auto totalVariance = variance(totals);
    if (totalVariance) out.sd = std::sqrt(*totalVariance);
    out.meanPercent = percentOf(out.mean, out.maxMark);
    out.medianPercent = percentOf(out.median, out.maxMark);
    out.sdPercent = percentOf(out.sd, out.maxMark);
    if (itemsWithMarks >= 2 && totalVariance && *totalVariance > 1e-12)
        out.cronbachAlpha = double(itemsWithMarks) / double(itemsWithMarks - 1) * (1.0 - sumItemVariance / *totalVariance);
    return out;
}

} // namespace

ItemAnalysis itemAnalysis(const Room& room, const Course& course, const ItemAnalysisOptions& options) {
    ItemAnalysis out;
    out.courseId = course.id;
    out.courseTitle = course.title;
    out.options = options;
    std::unordered_set<LearnerId> shown;
    for (size_t i : room.shown) shown.insert(room.rows.learners[i].id);

    // Attempts come by learner, module, quiz, number: the first of a run is the first attempt.
    std::map<std::pair<std::string, std::string>, std::vector<const store::read::RoomAttemptRow*>> byQuiz;
    const store::read::RoomAttemptRow* previous = nullptr;
    for (const auto& a : room.rows.attempts) {
        bool first = !previous || previous->learner != a.learner || previous->moduleId != a.moduleId ||
                     previous->quizId != a.quizId;
        previous = &a;
        if (!shown.count(a.learner) || (!options.allAttempts && !first)) continue;
        byQuiz[{a.moduleId, a.quizId}].push_back(&a);
    }
    static const std::vector<const store::read::RoomAttemptRow*> none;
    for (const auto& m : course.modules) {
        if (!m) continue;
        for (const Quiz& q : m->quizzes) {
            auto it = byQuiz.find({m->meta.id, q.id});
            out.quizzes.push_back(analyseQuiz(*m, q, it == byQuiz.end() ? none : it->second, options));
        }
    }
    return out;
}

//-----------------------------------------------------------------------------
// [SECTION] Output: JSON, CSV, text
//-----------------------------------------------------------------------------

namespace {

using nlohmann::ordered_json;

ordered_json num(std::optional<double> v) {
    if (!v) return nullptr;
    return std::round(*v * 10000.0) / 10000.0;
}

// A number cell: four decimals at most, empty where there is no value.
std::string cell(std::optional<double> v) {
    if (!v) return "";
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.10g", std::round(*v * 10000.0) / 10000.0);
    return buf;
}

std::string shown1(std::optional<double> v, const char* unit = "") {
    if (!v) return "-";
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f%s", *v, unit);
    return buf;
}

std::string optionsLine(const QuestionStats& q) {
    std::string out;
    for (const auto& o : q.options) {
        if (!out.empty()) out += "; ";
        out += o.id + ": " + std::to_string(o.count);
        if (o.correct) out += " (right)";
        if (o.mostChosenWrong) out += " (most chosen wrong)";
    }
    return out;
}

std::string join(const std::vector<std::string>& parts, const char* sep) {
    std::string out;
    for (const auto& p : parts) out += (out.empty() ? "" : sep) + p;
    return out;
}

} // namespace

ordered_json itemAnalysisJson(const ItemAnalysis& a) {
    ordered_json quizzes = ordered_json::array();
    for (const QuizStats& q : a.quizzes) {
        ordered_json questions = ordered_json::array();
        for (const QuestionStats& s : q.questions) {
            ordered_json options = ordered_json::array();
            for (const auto& o : s.options)
                options.push_back({{"id", o.id}, {"text", o.text}, {"count", o.count}, {"correct", o.correct},
                                   {"mostChosenWrong", o.mostChosenWrong}});
            questions.push_back({{"id", s.id},
                                 {"type", s.type},
                                 {"prompt", s.prompt},
                                 {"attempts", s.attempts},
                                 {"unanswered", s.unanswered},
                                 {"maxMark", s.maxMark},
                                 {"meanMark", num(s.attempts ? std::optional<double>(s.meanMark) : std::nullopt)},
                                 {"facility", num(s.facility)},
                                 {"sd", num(s.sd)},
                                 {"sdPercent", num(s.sdPercent)},
                                 {"discrimination", num(s.discrimination)},
                                 {"options", options},
                                 {"check", s.check},
                                 {"checkReasons", s.checkReasons}});
        }
        quizzes.push_back({{"module", q.moduleId},
                           {"quiz", q.quizId},
                           {"title", q.title},
                           {"attempts", q.attempts},
                           {"maxMark", q.maxMark},
                           {"mean", num(q.mean)},
                           {"meanPercent", num(q.meanPercent)},
                           {"median", num(q.median)},
                           {"medianPercent", num(q.medianPercent)},
                           {"sd", num(q.sd)},
                           {"sdPercent", num(q.sdPercent)},
                           {"cronbachAlpha", num(q.cronbachAlpha)},
                           {"questions", questions}});
    }
    const ItemAnalysisOptions& o = a.options;
    return {{"course", {{"id", a.courseId}, {"title", a.courseTitle}}},
            {"attempts", o.allAttempts ? "all" : "first"},
            {"thresholds",
             {{"minAttempts", o.minAttempts},
              {"discriminationBelow", o.minDiscrimination},
              {"facilityBelow", o.minFacility},
              {"facilityAbove", o.maxFacility}}},
            {"quizzes", quizzes}};
}

std::string itemAnalysisCsv(const ItemAnalysis& a) {
    std::string out = "\xEF\xBB\xBF";
    out += "module_id,quiz_id,quiz_title,question_id,question_type,attempts,unanswered,max_mark,mean_mark,"
           "facility_percent,sd,sd_percent,discrimination_percent,options,most_chosen_wrong,check,check_reasons,"
           "quiz_attempts,quiz_mean,quiz_median,quiz_sd,quiz_cronbach_alpha\r\n";
    for (const QuizStats& q : a.quizzes)
        for (const QuestionStats& s : q.questions) {
            std::string wrong;
            for (const auto& o : s.options)
                if (o.mostChosenWrong) wrong = o.id;
            out += spreadsheetText(q.moduleId) + ',' + spreadsheetText(q.quizId) + ',' + spreadsheetText(q.title) + ',' +
                   spreadsheetText(s.id) + ',' + s.type + ',' + std::to_string(s.attempts) + ',' +
                   std::to_string(s.unanswered) + ',' + cell(s.maxMark) + ',' +
                   cell(s.attempts ? std::optional<double>(s.meanMark) : std::nullopt) + ',' + cell(s.facility) + ',' +
                   cell(s.sd) + ',' + cell(s.sdPercent) + ',' + cell(s.discrimination) + ',' +
                   spreadsheetText(optionsLine(s)) + ',' + spreadsheetText(wrong) + ',' + (s.check ? "yes" : "no") + ',' +
                   spreadsheetText(join(s.checkReasons, "; ")) + ',' + std::to_string(q.attempts) + ',' + cell(q.mean) +
                   ',' + cell(q.median) + ',' + cell(q.sd) + ',' + cell(q.cronbachAlpha) + "\r\n";
        }
    return out;
}

std::string itemAnalysisText(const ItemAnalysis& a) {
    const ItemAnalysisOptions& o = a.options;
    char line[512];
    std::string out = "Item analysis of " + a.courseTitle + " (" + a.courseId + "), " +
                      (o.allAttempts ? "all attempts" : "first attempts only") + ".\n";
    std::snprintf(line, sizeof line,
                  "A question is flagged \"check\" from %d attempts when its discrimination is below %g%% or its "
                  "facility is outside %g-%g%%.\n",
                  o.minAttempts, o.minDiscrimination, o.minFacility, o.maxFacility);
    out += line;
    for (const QuizStats& q : a.quizzes) {
        std::snprintf(line, sizeof line,
                      "\n%s / %s \"%s\": %d attempts, mean %s%%, median %s%%, SD %s%%, Cronbach's alpha %s\n",
                      q.moduleId.c_str(), q.quizId.c_str(), q.title.c_str(), q.attempts, shown1(q.meanPercent).c_str(),
                      shown1(q.medianPercent).c_str(), shown1(q.sdPercent).c_str(),
                      q.cronbachAlpha ? cell(q.cronbachAlpha).c_str() : "-");
        out += line;
        out += "  question             facility   SD      discrim.  check\n";
        for (const QuestionStats& s : q.questions) {
            std::snprintf(line, sizeof line, "  %-20s %8s %7s %9s  %s\n", s.id.c_str(), shown1(s.facility, "%").c_str(),
                          shown1(s.sdPercent, "%").c_str(), shown1(s.discrimination, "%").c_str(),
                          s.check ? ("CHECK: " + join(s.checkReasons, "; ")).c_str() : "");
            out += line;
            if (!s.options.empty()) out += "      " + optionsLine(s) + "\n";
        }
    }
    return out;
}

} // namespace lectern::report
