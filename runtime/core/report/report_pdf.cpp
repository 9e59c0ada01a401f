#include "report/report_pdf.h"

#include "report/hr_export.h"
#include "store/store_clock.h"

#include <cstdio>

namespace lectern::report {

namespace {

std::string scoreText(const std::optional<double>& score) { return score ? hrNumber(*score) + "%" : ""; }
std::string optionalNumber(const std::optional<double>& v) { return v ? hrNumber(*v) : ""; }

std::string alphaText(const std::optional<double>& alpha) {
    if (!alpha) return "-";
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.2f", *alpha);
    return buf;
}

std::string printedAt() { return "printed " + isoUtcSeconds(store::nowMs()); }

std::string filterText(const RoomFilter& f) {
    std::string text;
    if (!f.group.empty()) text += ", group " + f.group;
    if (!f.session.empty()) text += ", session " + f.session + (f.sessionDay.empty() ? "" : " " + f.sessionDay);
    return text;
}

} // namespace

pdf::Table dashboardTable(const RoomFigures& room) {
    pdf::Table t;
    t.title = room.courseTitle + ": who has done what";
    t.subtitle = std::to_string(room.learners.size()) + " learners" + filterText(room.filter) + "  ·  " + printedAt();
    t.columns = {"Learner", "External id", "Group"};
    t.numeric = {false, false, false};
    const std::vector<ModuleFigures>* modules = room.learners.empty() ? nullptr : &room.learners.front().modules;
    for (size_t m = 0; m < room.totals.size(); ++m) {
        std::string title = modules ? (*modules)[m].title : room.totals[m].moduleId;
        t.columns.push_back(title);
        t.numeric.push_back(false);
        t.columns.push_back("Score");
        t.numeric.push_back(true);
    }
    for (const char* c : {"Course", "Score %", "Minutes", "Certificate"}) t.columns.push_back(c);
    for (bool num : {false, true, true, false}) t.numeric.push_back(num);
    for (const LearnerFigures& l : room.learners) {
        std::vector<std::string> row = {l.fullName, l.externalId, l.group};
        for (const ModuleFigures& m : l.modules) {
            row.push_back(statusWord(m.figures.status));
            row.push_back(scoreText(m.figures.scorePercent));
        }
        row.push_back(statusWord(l.course.status));
        row.push_back(optionalNumber(l.course.scorePercent ? std::optional<double>(*l.course.scorePercent) : std::nullopt));
        row.push_back(hrNumber(l.course.secondsOnTask / 60.0));
        row.push_back(l.certificateCode);
        t.rows.push_back(std::move(row));
    }
    std::vector<std::string> totals = {"Completed or passed", "", ""};
    for (const ModuleTotals& m : room.totals) {
        totals.push_back(std::to_string(m.completed + m.passed) + " of " + std::to_string(room.learners.size()));
        totals.push_back("");
    }
    t.rows.push_back(std::move(totals));
    return t;
}

pdf::Table itemAnalysisTable(const ItemAnalysis& a) {
    pdf::Table t;
    t.title = a.courseTitle + ": item analysis";
    t.subtitle = std::string(a.options.allAttempts ? "all attempts" : "first attempts") + "  ·  check: discrimination below " +
                 hrNumber(a.options.minDiscrimination) + "% or facility outside " + hrNumber(a.options.minFacility) + "-" +
                 hrNumber(a.options.maxFacility) + "%, from " + std::to_string(a.options.minAttempts) + " attempts  ·  " +
                 printedAt();
    t.columns = {"Quiz", "Question", "Prompt", "Attempts", "Facility %", "SD %", "Discrimination %", "Most chosen wrong", "Check"};
    t.numeric = {false, false, false, true, true, true, true, false, false};
    for (const QuizStats& q : a.quizzes) {
        t.rows.push_back({q.title.empty() ? q.quizId : q.title, "(quiz)",
                          "mean " + optionalNumber(q.meanPercent) + "%, median " + optionalNumber(q.medianPercent) +
                              "%, SD " + optionalNumber(q.sdPercent) + "%, alpha " +
                              alphaText(q.cronbachAlpha),
                          std::to_string(q.attempts), optionalNumber(q.meanPercent), optionalNumber(q.sdPercent), "", "", ""});
        for (const QuestionStats& s : q.questions) {
            std::string wrong;
            for (const OptionCount& o : s.options)
                if (o.mostChosenWrong) wrong = o.text + " (" + std::to_string(o.count) + ")";
            std::string check;
            for (const std::string& reason : s.checkReasons) check += (check.empty() ? "" : "; ") + reason;
            t.rows.push_back({q.quizId, s.id, s.prompt, std::to_string(s.attempts), optionalNumber(s.facility),
                              optionalNumber(s.sdPercent), optionalNumber(s.discrimination), wrong,
                              s.check ? "check: " + check : ""});
        }
    }
    return t;
}

} // namespace lectern::report
