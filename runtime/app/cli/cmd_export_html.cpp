// `lectern export-html MODULE [--course DIR] [-o FILE.html] [--answers]`: one module as a
// self-contained, accessible HTML page (runtime/core/export/module_page.h) for printing and for
// screen readers.
#include "cli/arg_checks.h"
#include "cli/command.h"
#include "export/module_page.h"
#include "load/course_loader.h"
#include "load/load_error.h"
#include "platform/private_files.h"

#include <CLI/CLI.hpp>

#include <cstdio>
#include <filesystem>
#include <memory>

namespace lectern::cli {
namespace {

namespace fs = std::filesystem;

struct ExportHtmlArgs {
    std::string module;
    std::string course;
    std::string output;  // empty or "-": standard output
    bool answers = false;
};

int fail(const CliContext& ctx, const std::string& message) {
    std::fprintf(ctx.err, "lectern export-html: %s\n", message.c_str());
    return 1;
}

int runExportHtml(ExportHtmlArgs a, const CliContext& ctx) {
    if (a.course.empty()) a.course = ctx.defaultCourseDir;
    if (std::optional<LoadError> problem = courseFolderProblem(a.course, "--course DIR")) throw UsageError(problem->message);
    const bool toStdout = a.output.empty() || a.output == "-";
    if (!toStdout) {
        const fs::path out(a.output);
        const fs::path folder = out.parent_path().empty() ? fs::path(".") : out.parent_path();
        std::error_code ec;
        if (!fs::is_directory(folder, ec))
            throw UsageError("-o " + a.output + ": the folder " + folder.string() + " does not exist; create it first");
        if (fs::is_directory(out, ec)) throw UsageError("-o " + a.output + ": is a folder; give a file name such as " +
                                                        (out / (a.module + ".html")).string());
    }

    const LoadResult loaded = loadCourse(a.course);
    const Course& course = *loaded.course;
    const Module* module = course.findModule(a.module);
    if (!module) {
        std::string ids;
        for (const auto& m : course.modules) ids += (ids.empty() ? "" : ", ") + m->meta.id;
        throw UsageError("no module '" + a.module + "' in " + a.course + "; its modules are: " +
                         (ids.empty() ? std::string("(none)") : ids));
    }
    // A module with errors may have lost a quiz or a section: say so, and write nothing.
    size_t errors = 0;
    for (const Diagnostic& d : loaded.diagnostics.items())
        if (d.severity == Severity::Error && d.file == module->file) {
            std::fprintf(ctx.err, "%s\n", d.format().c_str());
            ++errors;
        }
    if (errors > 0)
        return fail(ctx, "module '" + a.module + "' has " + std::to_string(errors) +
                             " error(s) (above); fix them (lectern check) before exporting it");

    ModulePageOptions options;
    options.answers = a.answers;
    const std::string page = renderModulePage(course, *module, options);
    if (toStdout) {
        std::fwrite(page.data(), 1, page.size(), ctx.out);
        std::fflush(ctx.out);
        return std::ferror(ctx.out) ? 1 : 0;
    }
    std::string error;
    if (!platform::writeWholeFile(a.output, page, error)) return fail(ctx, error);
    std::fprintf(ctx.err, "Wrote %s (%s%zu KiB)\n", a.output.c_str(), a.answers ? "reviewer's copy with the answers, " : "",
                 (page.size() + 1023) / 1024);
    return 0;
}

Action setupExportHtml(CLI::App& sub, const CliContext& ctx) {
    sub.footer(
        "Writes one module as a single accessible HTML page: headings, lists, tables, landmarks, image\n"
        "alt text, callouts, reflections as text boxes and each quiz as a form, the glossary terms it\n"
        "uses and print CSS. Nothing outside the page is needed: images inside the course folder are\n"
        "inlined, raw HTML is shown as text. Without --answers the page holds no answer, feedback or\n"
        "explanation; with it, it is a reviewer's copy. Without -o the page goes to standard output.");
    auto a = std::make_shared<ExportHtmlArgs>();
    sub.add_option("MODULE", a->module, "the module's id (its folder name under modules/)")->type_name("")->required();
    sub.add_option("--course", a->course, "the course folder (default: the bundled course)")->type_name("DIR")->check(nonEmpty());
    sub.add_option("-o,--output", a->output, "the HTML file to write (default: standard output)")->type_name("FILE.html")->check(nonEmpty());
    sub.add_flag("--answers", a->answers, "a reviewer's copy: mark the answers, show feedback and explanations");
    return [a, &ctx] { return runExportHtml(*a, ctx); };
}

} // namespace
} // namespace lectern::cli

// Named with a hyphen, so registered by hand (LECTERN_CLI_COMMAND makes an identifier of the name).
[[maybe_unused]] static const bool kRegisteredExportHtml = ::lectern::cli::registerCommand(
    {"export-html", "write a module as one accessible HTML page (--answers for reviewers)", lectern::cli::setupExportHtml});
