// `lectern new module ID [--course DIR]`: starts a module from the template of every block kind
// and adds it to the course (runtime/core/authoring/new_module.h).
#include "authoring/new_module.h"
#include "cli/arg_checks.h"
#include "cli/command.h"

#include <CLI/CLI.hpp>

#include <cstdio>
#include <memory>

namespace lectern::cli {
namespace {

struct NewArgs {
    std::string id;
    std::string course;
};

int runNewModule(NewArgs a, const CliContext& ctx) {
    if (a.course.empty()) a.course = ctx.defaultCourseDir;
    const NewModuleResult r = createModule(a.course, a.id);
    using Status = NewModuleResult::Status;
    switch (r.status) {
    case Status::Created: std::fprintf(ctx.out, "%s\n", r.message.c_str()); return 0;
    case Status::BadId:
    case Status::BadCourse: throw UsageError(r.message);
    case Status::Exists:
    case Status::Failed: break;
    }
    std::fprintf(ctx.err, "lectern new module: %s\n", r.message.c_str());
    return 1;
}

Action setupNew(CLI::App& sub, const CliContext& ctx) {
    sub.footer(
        "module ID: writes modules/ID/module.md with every block kind (front matter, sections,\n"
        "lists, a table, callouts, a reflection, a timeline, a quiz with every question type), each\n"
        "explained, that passes `lectern check`, and adds ID to the end of content/course.yaml's\n"
        "modules: list (its comments are kept). An id already used is refused.");
    sub.require_subcommand(1, 1);
    auto a = std::make_shared<NewArgs>();
    CLI::App* module = sub.add_subcommand("module", "start a module from the template of every block kind");
    module->add_option("ID", a->id, "the module's id and folder name (letters, digits, '-', '_')")->type_name("")->required();
    module->add_option("--course", a->course, "the course folder (default: " + ctx.defaultCourseDir + ")")
        ->type_name("DIR")
        ->check(nonEmpty());
    return [a, &ctx] { return runNewModule(*a, ctx); };
}

} // namespace
} // namespace lectern::cli

LECTERN_CLI_COMMAND(new, "start a module: lectern new module ID", lectern::cli::setupNew)
