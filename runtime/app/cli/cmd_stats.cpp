// `lectern stats [PATH] [--format table|json]`: words, reading time, sections, questions by type
// and reflections per module and in total (runtime/core/stats/course_stats.h).
#include "cli/arg_checks.h"
#include "cli/command.h"
#include "load/course_loader.h"
#include "stats/course_stats.h"

#include <CLI/CLI.hpp>

#include <cstdio>
#include <memory>

namespace lectern::cli {
namespace {

struct StatsArgs {
    std::string path;
    std::string format = "table";
};

int runStats(StatsArgs a, const CliContext& ctx) {
    if (a.format != "table" && a.format != "json") throw UsageError("--format must be table or json, not '" + a.format + "'");
    if (a.path.empty()) a.path = ctx.defaultCourseDir;
    requireExistingPaths({a.path});
    const PathKind kind = classifyPath(a.path);
    if (kind == PathKind::OtherFolder || kind == PathKind::OtherFile)
        throw UsageError(a.path + ": not a course folder, a module folder or a module .md file");
    const LoadResult loaded = loadPaths({a.path});
    if (loaded.diagnostics.hasErrors())
        std::fprintf(ctx.err, "lectern stats: note: %zu error(s) (see `lectern check %s`); the figures count what could be loaded.\n",
                     loaded.diagnostics.errorCount(), a.path.c_str());
    const CourseStats stats = courseStats(*loaded.course);
    const std::string text = a.format == "json" ? statsJson(stats) : statsTable(stats);
    std::fwrite(text.data(), 1, text.size(), ctx.out);
    std::fflush(ctx.out);
    return std::ferror(ctx.out) ? 1 : 0;
}

Action setupStats(CLI::App& sub, const CliContext& ctx) {
    sub.footer(
        "Prints, per module and in total: words, reading time (200 words a minute, as the reader\n"
        "estimates it), the modules' own estimated_minutes, sections, reflections, quizzes and\n"
        "questions by type. PATH is a course folder, a module folder or a module file (default: the\n"
        "bundled course).");
    auto a = std::make_shared<StatsArgs>();
    sub.add_option("PATH", a->path, "a course folder, module folder or module file")->type_name("");
    sub.add_option("--format", a->format, "table (default) or json")->type_name("table|json");
    return [a, &ctx] { return runStats(*a, ctx); };
}

} // namespace
} // namespace lectern::cli

LECTERN_CLI_COMMAND(stats, "words, reading time, sections, questions by type per module", lectern::cli::setupStats)
