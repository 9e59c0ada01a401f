// `lectern report [--db FILE] [--course DIR] [--format json|csv]`: learner progress for HR or
// an LMS. The work is in core/report; this file only declares the command line and prints.
#include "cli/arg_checks.h"

#include "load/course_loader.h"
#include "load/load_error.h"
#include "report/progress_report.h"

#include <CLI/CLI.hpp>

#include <filesystem>
#include <memory>

namespace lectern::cli {

namespace {

struct ReportArgs {
    std::string db;
    std::string course;
    std::string format = "json";
};

int runReport(ReportArgs a, const CliContext& ctx) {
    if (a.format != "json" && a.format != "csv") throw UsageError("--format must be json or csv, not '" + a.format + "'");
    if (a.db.empty()) a.db = ctx.defaultDbPath;
    if (a.course.empty()) a.course = ctx.defaultCourseDir;

    std::error_code ec;
    if (!std::filesystem::exists(a.db, ec)) {
        std::fprintf(ctx.err,
                     "lectern report: no progress database at %s. It is created when a learner first studies; "
                     "pass --db FILE to read another one.\n",
                     a.db.c_str());
        return 1;
    }
    if (std::optional<LoadError> problem = courseFolderProblem(a.course, "--course DIR")) {
        std::fprintf(ctx.err, "lectern report: %s\n", problem->message.c_str());
        return 1;
    }
    LoadResult loaded = loadCourse(a.course);
    if (loaded.diagnostics.hasErrors())
        std::fprintf(ctx.err,
                     "lectern report: note: the course has %zu error(s) (see `lectern check %s`); the report uses "
                     "what could be loaded.\n",
                     loaded.diagnostics.errorCount(), a.course.c_str());

    report::ProgressReport rep;
    std::string error;
    if (!report::buildProgressReport(a.db, *loaded.course, rep, error)) {
        std::fprintf(ctx.err, "lectern report: %s\n", error.c_str());
        return 1;
    }
    std::string text = a.format == "csv" ? report::toCsv(rep) : report::toJson(rep);
    std::fwrite(text.data(), 1, text.size(), ctx.out);
    if (rep.orphanedRecords > 0)
        std::fprintf(ctx.err,
                     "lectern report: %zu saved record(s) belong to modules, sections, quizzes or reflections no "
                     "longer in the course; they are kept (orphaned) and not counted above.\n",
                     rep.orphanedRecords);
    return std::ferror(ctx.out) ? 1 : 0;
}

Action setupReport(CLI::App& sub, const CliContext& ctx) {
    sub.footer(
        "Prints every learner's progress in a course: percent of each module read, best quiz\n"
        "scores and attempts, reflections written, last activity.");
    auto a = std::make_shared<ReportArgs>();
    sub.add_option("--db", a->db, "the progress database (default: " + ctx.defaultDbPath + ")")->type_name("FILE")->check(nonEmpty());
    sub.add_option("--course", a->course, "the course folder (default: " + ctx.defaultCourseDir + ")")->type_name("DIR")->check(nonEmpty());
    sub.add_option("--format", a->format, "json (default, for tools) or csv (for a spreadsheet)")->type_name("FORMAT")->check(nonEmpty());
    return [a, &ctx] { return runReport(*a, ctx); };
}

} // namespace
} // namespace lectern::cli

LECTERN_CLI_COMMAND(report, "progress report per learner (JSON or CSV)", lectern::cli::setupReport)
