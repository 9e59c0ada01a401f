// `lectern report [--db FILE] [--course DIR] [--format json|csv|progress-csv] [--per-module]
//                 [--group NAME] [--session NAME [--date YYYY-MM-DD]]`
// `lectern report --item-analysis [--all-attempts] [--min-attempts N] [--format json|csv|text]`
// `--format pdf -o FILE.pdf` (both forms): the same table printed (report/report_pdf.h).
// Learner progress for HR or an LMS, and which questions of the quizzes work. The work is in
// core/report (room_figures.h, hr_export.h, item_analysis.h); this file only declares the
// command line and prints.
#include "cli/arg_checks.h"

#include "load/course_loader.h"
#include "load/load_error.h"
#include "report/hr_export.h"
#include "report/item_analysis.h"
#include "report/progress_report.h"
#include "report/report_pdf.h"

#include <CLI/CLI.hpp>

#include <filesystem>
#include <memory>
#include <unordered_set>

namespace lectern::cli {

namespace {

struct ReportArgs {
    std::string db;
    std::string course;
    std::string format = "json";
    bool perModule = false;
    report::RoomFilter filter;
    bool itemAnalysis = false;
    bool allAttempts = false;
    int minAttempts = 10;
    std::string output;  // --format pdf: the file
};

void print(const std::string& text, const CliContext& ctx) { std::fwrite(text.data(), 1, text.size(), ctx.out); }

int fail(const CliContext& ctx, const std::string& message) {
    std::fprintf(ctx.err, "lectern report: %s\n", message.c_str());
    return 1;
}

int printPdf(const pdf::Table& table, const std::string& path, const CliContext& ctx) {
    std::string error;
    if (!pdf::writeTablePdf(table, path, error)) return fail(ctx, error);
    std::fprintf(ctx.out, "Printed %zu row(s) to %s\n", table.rows.size(), path.c_str());
    return std::ferror(ctx.out) ? 1 : 0;
}

int runItemAnalysis(const ReportArgs& a, const report::Room& room, const Course& course, const CliContext& ctx) {
    report::ItemAnalysisOptions options;
    options.allAttempts = a.allAttempts;
    options.minAttempts = a.minAttempts;
    report::ItemAnalysis analysis = report::itemAnalysis(room, course, options);
    if (a.format == "pdf") return printPdf(report::itemAnalysisTable(analysis), a.output, ctx);
    if (a.format == "csv") print(report::itemAnalysisCsv(analysis), ctx);
    else if (a.format == "text") print(report::itemAnalysisText(analysis), ctx);
    else print(report::itemAnalysisJson(analysis).dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n", ctx);
    return std::ferror(ctx.out) ? 1 : 0;
}

int runReport(ReportArgs a, const CliContext& ctx) {
    const bool knownFormat = a.format == "json" || a.format == "csv" || a.format == "progress-csv" || a.format == "pdf" ||
                             (a.itemAnalysis && a.format == "text");
    if (!knownFormat)
        throw UsageError(a.itemAnalysis ? "--format must be json, csv, text or pdf, not '" + a.format + "'"
                                        : "--format must be json, csv, progress-csv or pdf, not '" + a.format + "'");
    if ((a.format == "pdf") != !a.output.empty())
        throw UsageError(a.format == "pdf" ? "--format pdf needs -o FILE.pdf" : "-o FILE is only for --format pdf");
    if (!a.filter.sessionDay.empty() && a.filter.session.empty()) throw UsageError("--date needs --session NAME");
    if (a.itemAnalysis && (a.perModule || a.format == "progress-csv"))
        throw UsageError("--item-analysis is one table per question: it takes no --per-module or progress-csv");
    if (a.db.empty()) a.db = ctx.defaultDbPath;
    if (a.course.empty()) a.course = ctx.defaultCourseDir;

    std::error_code ec;
    if (!std::filesystem::exists(a.db, ec))
        return fail(ctx, "no progress database at " + a.db +
                             ". It is created when a learner first studies; pass --db FILE to read another one.");
    if (std::optional<LoadError> problem = courseFolderProblem(a.course, "--course DIR")) return fail(ctx, problem->message);
    LoadResult loaded = loadCourse(a.course);
    if (loaded.diagnostics.hasErrors())
        std::fprintf(ctx.err,
                     "lectern report: note: the course has %zu error(s) (see `lectern check %s`); the report uses "
                     "what could be loaded.\n",
                     loaded.diagnostics.errorCount(), a.course.c_str());
    const Course& course = *loaded.course;

    auto room = report::loadRoom(a.db, course, a.filter);
    if (!room) return fail(ctx, room.error().message);
    if (a.itemAnalysis) return runItemAnalysis(a, *room, course, ctx);

    report::RoomFigures figures = report::roomFigures(*room, course);
    if (a.format == "pdf") return printPdf(report::dashboardTable(figures), a.output, ctx);
    std::vector<report::HrRecord> records = report::hrRecords(figures, a.perModule);
    if (a.format == "csv") {
        print(report::hrCsv(records, a.perModule), ctx);
        return std::ferror(ctx.out) ? 1 : 0;
    }

    // JSON and the older per-module CSV also carry the progress report (sections, quizzes).
    report::ProgressReport rep;
    std::string error;
    if (!report::buildProgressReport(a.db, course, rep, error)) return fail(ctx, error);
    if (!a.filter.group.empty() || !a.filter.session.empty()) {
        std::unordered_set<LearnerId> shown;
        for (const auto& l : figures.learners) shown.insert(l.id);
        std::erase_if(rep.learners, [&](const report::LearnerSummary& l) { return !shown.count(l.id); });
    }
    if (a.format == "progress-csv") print(report::toCsv(rep), ctx);
    else {
        nlohmann::ordered_json hr = report::hrJson(records, a.perModule);
        print(report::toJson(rep, &hr), ctx);
    }
    if (rep.orphanedRecords > 0)
        std::fprintf(ctx.err,
                     "lectern report: %zu saved record(s) belong to modules, sections, quizzes or reflections no "
                     "longer in the course; they are kept (orphaned) and not counted above.\n",
                     rep.orphanedRecords);
    return std::ferror(ctx.out) ? 1 : 0;
}

Action setupReport(CLI::App& sub, const CliContext& ctx) {
    sub.footer(
        "Prints every learner's progress in a course. --format csv: the HR export, one row per\n"
        "learner and course (--per-module: per module) with status, completion date, score, time\n"
        "on task; a UTF-8 spreadsheet file. --format json (default): the same records under\n"
        "\"records\", and each enrolled learner's sections, quizzes and reflections under\n"
        "\"learners\". --format progress-csv: that detail, one row per learner and module.\n"
        "--item-analysis: per question of each quiz, facility, SD, discrimination, options chosen\n"
        "and a \"check\" flag (discrimination below 30% or facility outside 20-90%, from\n"
        "--min-attempts attempts), per quiz mean, median, SD and Cronbach's alpha; first attempts\n"
        "unless --all-attempts. --format pdf -o FILE.pdf prints the dashboard table (learners by\n"
        "modules: status and score) or, with --item-analysis, the item analysis, for a paper file.\n"
        "A --group or --session the file does not have exits 1.");
    auto a = std::make_shared<ReportArgs>();
    sub.add_option("--db", a->db, "the progress database (default: " + ctx.defaultDbPath + ")")->type_name("FILE")->check(nonEmpty());
    sub.add_option("--course", a->course, "the course folder (default: " + ctx.defaultCourseDir + ")")->type_name("DIR")->check(nonEmpty());
    sub.add_option("--format", a->format, "json (default), csv (HR export), progress-csv, pdf (printed, with -o), or text (--item-analysis)")
        ->type_name("FORMAT")
        ->check(nonEmpty());
    sub.add_option("-o,--output", a->output, "--format pdf: the PDF file to write")->type_name("FILE.pdf")->check(nonEmpty());
    sub.add_flag("--per-module", a->perModule, "one record per learner and module, not per course");
    sub.add_option("--group", a->filter.group, "only the learners of this group")->type_name("NAME")->check(nonEmpty());
    sub.add_option("--session", a->filter.session, "only the learners of this onboarding session")->type_name("NAME")->check(nonEmpty());
    sub.add_option("--date", a->filter.sessionDay, "the session's day (default: its latest)")->type_name("YYYY-MM-DD")->check(nonEmpty());
    sub.add_flag("--item-analysis", a->itemAnalysis, "per-question statistics of every quiz instead of progress");
    sub.add_flag("--all-attempts", a->allAttempts, "item analysis over every attempt (default: first attempts)");
    sub.add_option("--min-attempts", a->minAttempts, "attempts a question needs before it can be flagged (default: 10)")
        ->type_name("N")
        ->check(CLI::Range(1, 1000000));
    return [a, &ctx] { return runReport(*a, ctx); };
}

} // namespace
} // namespace lectern::cli

LECTERN_CLI_COMMAND(report, "progress report per learner (JSON or CSV), HR export, item analysis", lectern::cli::setupReport)
