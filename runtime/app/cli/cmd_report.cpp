// `lectern report [--db FILE] [--course DIR] [--format json|csv]`: learner progress for HR or
// an LMS. The work is in core/report; this file only reads arguments and prints.
#include "cli/subcommands.h"

#include "load/course_loader.h"
#include "report/progress_report.h"

#include <filesystem>

namespace lectern::cli {

namespace {

const char* kUsage =
    "usage: lectern report [--db FILE] [--course DIR] [--format json|csv]\n"
    "\n"
    "Prints every learner's progress in a course: percent of each module read, best quiz\n"
    "scores and attempts, reflections written, last activity.\n"
    "  --db FILE        the progress database (default: %s)\n"
    "  --course DIR     the course folder (default: %s)\n"
    "  --format FORMAT  json (default, for tools) or csv (for a spreadsheet)\n";

void printUsage(FILE* to, const CliContext& ctx) {
    std::fprintf(to, kUsage, ctx.defaultDbPath.c_str(), ctx.defaultCourseDir.c_str());
}

struct ReportArgs {
    std::string db;
    std::string course;
    std::string format = "json";
    bool help = false;
};

// Accepts "--flag VALUE" and "--flag=VALUE". Returns an error message, or empty.
std::string parseArgs(const std::vector<std::string>& args, ReportArgs& out) {
    for (size_t i = 0; i < args.size(); ++i) {
        std::string arg = args[i], value;
        bool hasValue = false;
        if (auto eq = arg.find('='); arg.rfind("--", 0) == 0 && eq != std::string::npos) {
            value = arg.substr(eq + 1);
            arg = arg.substr(0, eq);
            hasValue = true;
        }
        if (arg == "-h" || arg == "--help") {
            out.help = true;
            continue;
        }
        std::string* target = arg == "--db" ? &out.db : arg == "--course" ? &out.course : arg == "--format" ? &out.format : nullptr;
        if (!target) return "unknown argument '" + args[i] + "'";
        if (!hasValue) {
            if (i + 1 >= args.size()) return arg + " needs a value";
            value = args[++i];
        }
        if (value.empty()) return arg + " needs a value";
        *target = value;
    }
    if (out.format != "json" && out.format != "csv") return "--format must be json or csv, not '" + out.format + "'";
    return {};
}

} // namespace

int runReport(const std::vector<std::string>& args, const CliContext& ctx) {
    ReportArgs a;
    if (std::string error = parseArgs(args, a); !error.empty()) {
        std::fprintf(ctx.err, "lectern report: %s\n\n", error.c_str());
        printUsage(ctx.err, ctx);
        return 2;
    }
    if (a.help) {
        printUsage(ctx.out, ctx);
        return 0;
    }
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
    if (classifyPath(a.course) != PathKind::CourseFolder) {
        std::fprintf(ctx.err,
                     "lectern report: %s is not a course folder (one holding modules/ or content/course.yaml); "
                     "pass --course DIR.\n",
                     a.course.c_str());
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

} // namespace lectern::cli
