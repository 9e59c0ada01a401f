// `lectern import-gift FILE.gift [-o FILE.md] [--module ID]` and `lectern export-gift MODULE
// [--course DIR] [-o FILE]`: Moodle question banks in and out (runtime/core/gift). Import is all
// or nothing: on any error it prints every problem as FILE:LINE:COL: error: MESSAGE, exits 1 and
// writes nothing (the output file is written whole through platform::writeWholeFile).
#include "cli/arg_checks.h"

#include "gift/gift_export.h"
#include "gift/gift_import.h"
#include "load/course_loader.h"
#include "platform/private_files.h"
#include "util/file_read.h"
#include "util/slug.h"

#include <CLI/CLI.hpp>

#include <filesystem>
#include <memory>

namespace lectern::cli {
namespace {

struct GiftArgs {
    std::string file, output, moduleId, course;
};

int emit(const std::string& output, const std::string& text, const char* command, const CliContext& ctx) {
    if (output.empty() || output == "-") {
        std::fwrite(text.data(), 1, text.size(), ctx.out);
        return 0;
    }
    std::string error;
    if (!platform::writeWholeFile(output, text, error)) {
        std::fprintf(ctx.err, "lectern %s: %s\n", command, error.c_str());
        return 1;
    }
    return 0;
}

// Without --module: the folder's name for "-o modules/NAME/module.md" (lectern check wants them
// equal), else the output's or the bank's file name.
std::string defaultModuleId(const GiftArgs& a) {
    namespace fs = std::filesystem;
    if (!a.output.empty() && a.output != "-") {
        const fs::path out = fs::absolute(a.output);
        if (out.filename() == "module.md" && isValidId(out.parent_path().filename().string()))
            return out.parent_path().filename().string();
        return slugify(out.stem().string());
    }
    return slugify(fs::path(a.file).stem().string());
}

int runImport(const GiftArgs& a, const CliContext& ctx) {
    requireExistingPaths({a.file});
    gift::WriteOptions opt;
    opt.moduleId = a.moduleId.empty() ? defaultModuleId(a) : a.moduleId;
    if (!isValidId(opt.moduleId))
        throw UsageError("--module '" + opt.moduleId + "' is not an id: use letters, digits, '-', '_' and '.'");
    FileRead file = readFileBounded(a.file, gift::kMaxBankBytes);
    if (!file.ok()) {
        std::fprintf(ctx.err, "%s: error: %s\n", a.file.c_str(), file.message.c_str());
        return 1;
    }
    gift::ImportResult r = gift::importGift(file.bytes, a.file, opt);
    for (const Diagnostic& d : r.diagnostics.items()) std::fprintf(ctx.err, "%s\n", d.format().c_str());
    if (!r.ok) {
        std::fprintf(ctx.err, "lectern import-gift: %zu error(s); nothing was written\n", r.diagnostics.errorCount());
        return 1;
    }
    const int rc = emit(a.output, r.markdown, "import-gift", ctx);
    if (rc == 0 && !a.output.empty() && a.output != "-")
        std::fprintf(ctx.err, "lectern import-gift: %zu question(s) written to %s as module '%s'\n", r.questions,
                     a.output.c_str(), opt.moduleId.c_str());
    return rc;
}

int runExport(const GiftArgs& a, const CliContext& ctx) {
    const bool isPath = std::filesystem::exists(a.file) && a.course.empty();
    LoadResult loaded = isPath ? loadPaths({a.file}) : loadCourse(a.course.empty() ? ctx.defaultCourseDir : a.course);
    const Module* module = nullptr;
    if (isPath) {
        if (loaded.course->modules.size() == 1) module = loaded.course->modules[0].get();
    } else {
        module = loaded.course->findModule(a.file);
    }
    if (!module) {
        std::fprintf(ctx.err, "lectern export-gift: no module '%s' (give a module id of the course, or a module file or folder)\n",
                     a.file.c_str());
        return 1;
    }
    if (loaded.diagnostics.hasErrors()) {
        for (const Diagnostic& d : loaded.diagnostics.items())
            if (d.severity == Severity::Error && d.file == module->file) std::fprintf(ctx.err, "%s\n", d.format().c_str());
    }
    std::vector<std::string> notes;
    const std::string text = gift::exportModule(*module, &notes);
    for (const std::string& n : notes) std::fprintf(ctx.err, "lectern export-gift: note: %s\n", n.c_str());
    return emit(a.output, text, "export-gift", ctx);
}

Action setupImport(CLI::App& sub, const CliContext& ctx) {
    sub.footer("Turns a Moodle GIFT question bank into a Lectern module that passes `lectern check`: one section per\n"
               "$CATEGORY, quizzes for the questions, reflections for essays, prose for descriptions. Every problem is\n"
               "printed as FILE:LINE:COL: error|warning: MESSAGE; on any error nothing is written and the exit status is 1.\n"
               "Without -o the module is printed on standard output.");
    auto a = std::make_shared<GiftArgs>();
    sub.add_option("file", a->file, "the GIFT bank (UTF-8)")->required()->type_name("FILE.gift");
    sub.add_option("-o,--output", a->output, "the module file to write (default: standard output)")->type_name("FILE.md")->check(nonEmpty());
    sub.add_option("--module", a->moduleId, "the module id (default: the folder of -o .../NAME/module.md, else the file name)")->type_name("ID")->check(nonEmpty());
    return [a, &ctx] { return runImport(*a, ctx); };
}

Action setupExport(CLI::App& sub, const CliContext& ctx) {
    sub.footer("Writes a module's quizzes and reflections as a GIFT bank Moodle imports ($CATEGORY per section, ids in\n"
               "// [id:X] comments so that importing it again gives the same questions). What GIFT cannot say (ordering\n"
               "questions, hints) is listed as notes on standard error.");
    auto a = std::make_shared<GiftArgs>();
    sub.add_option("module", a->file, "a module id of the course, or a module file or folder")->required()->type_name("MODULE");
    sub.add_option("--course", a->course, "the course folder (default: the bundled course)")->type_name("DIR")->check(nonEmpty());
    sub.add_option("-o,--output", a->output, "the GIFT file to write (default: standard output)")->type_name("FILE")->check(nonEmpty());
    return [a, &ctx] { return runExport(*a, ctx); };
}

} // namespace
} // namespace lectern::cli

[[maybe_unused]] static const bool kRegisteredImportGift = ::lectern::cli::registerCommand(
    {"import-gift", "turn a Moodle GIFT question bank into a module", lectern::cli::setupImport});
[[maybe_unused]] static const bool kRegisteredExportGift = ::lectern::cli::registerCommand(
    {"export-gift", "write a module's questions as a Moodle GIFT bank", lectern::cli::setupExport});
