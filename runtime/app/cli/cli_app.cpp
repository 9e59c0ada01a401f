// Index
//   [SECTION] Messages: the one usage-error format
//   [SECTION] Building the parser
//   [SECTION] runCommandLine
#include "cli/cli_app.h"

#include "cli/command.h"
#include "platform/xdg_paths.h"
#include "resource_paths.h"

#include <CLI/CLI.hpp>

#include <memory>

namespace lectern::cli {
namespace {

constexpr int kUsageExit = 2;

//-----------------------------------------------------------------------------
// [SECTION] Messages: the one usage-error format
//-----------------------------------------------------------------------------

void printUsageError(FILE* err, const std::string& command, const std::string& message) {
    std::fprintf(err, "lectern: %s\n", message.c_str());
    if (command.empty())
        std::fputs("Run 'lectern help' for the options and commands.\n", err);
    else
        std::fprintf(err, "Run 'lectern help %s' for its options.\n", command.c_str());
}

// The first argument `level` did not recognise (CLI11 keeps them when extras are allowed, so the
// message can name it the way a user reads it), or empty.
std::string unrecognised(const CLI::App& level, bool topLevel) {
    std::vector<std::string> extras = level.remaining();
    std::erase(extras, "--");  // CLI11 keeps the end-of-options mark among the extras
    if (extras.empty()) return {};
    const std::string& first = extras.front();
    if (first.size() > 1 && first[0] == '-') return "unknown option '" + first + "'";
    return topLevel ? "unknown command '" + first + "'" : "unexpected argument '" + first + "'";
}

CliContext defaultContext() {
    CliContext ctx;
    ctx.defaultCourseDir = app::bundledCourseDir();
    ctx.defaultDbPath = platform::defaultDatabasePath().string();
    return ctx;
}

//-----------------------------------------------------------------------------
// [SECTION] Building the parser
//-----------------------------------------------------------------------------

struct Parser {
    CLI::App app{"Opens a Lectern course in a window. By default, the bundled course on UN cyber diplomacy.", "lectern"};
    CLI::App* help = nullptr;
    std::string helpTopic;
    std::vector<std::pair<CLI::App*, Action>> commands;

    Parser(app::AppOptions& window, const CliContext& ctx) {
        auto formatter = std::make_shared<CLI::Formatter>();
        formatter->column_width(28);
        formatter->label("SUBCOMMAND", "COMMAND");
        app.formatter(formatter);  // before the subcommands: they inherit it
        app.set_help_flag("-h,--help", "print this help and exit");
        app.allow_extras();  // unknown arguments are reported by unrecognised(), in our words
        app.require_subcommand(0, 1);
        app.footer("Run 'lectern help COMMAND' (or lectern COMMAND --help) for a command's options.");
        app::addWindowOptions(app, window);

        for (const Command& c : registeredCommands()) {
            CLI::App* sub = app.add_subcommand(c.name, c.summary);
            sub->group("Commands");
            sub->allow_extras();
            sub->footer("");  // not the top level's hint; a command's setup may set its own
            commands.emplace_back(sub, c.setup(*sub, ctx));
        }
        help = app.add_subcommand("help", "print a command's options: lectern help COMMAND");
        help->group("Commands");
        help->allow_extras();
        help->footer("");
        help->add_option("COMMAND", helpTopic, "the command to explain (none: the window app and the list of commands)")
            ->type_name("");
    }

    // The subcommand on the command line, or nullptr.
    CLI::App* selected() {
        const std::vector<CLI::App*> subs = app.get_subcommands();
        return subs.empty() ? nullptr : subs.front();
    }

    std::string selectedName() { return selected() ? selected()->get_name() : std::string(); }
};

int printHelp(Parser& p, FILE* out, FILE* err) {
    if (p.helpTopic.empty()) {
        std::fputs(p.app.help().c_str(), out);
        return 0;
    }
    for (const CLI::App* sub : p.app.get_subcommands({})) {
        if (sub->get_name() == p.helpTopic) {
            std::fputs(sub->help("lectern").c_str(), out);
            return 0;
        }
    }
    printUsageError(err, "", "no command '" + p.helpTopic + "'");
    return kUsageExit;
}

} // namespace

//-----------------------------------------------------------------------------
// [SECTION] runCommandLine
//-----------------------------------------------------------------------------

std::optional<int> runCommandLine(int argc, const char* const* argv, app::AppOptions& window, FILE* out, FILE* err) {
    CliContext ctx = defaultContext();
    ctx.out = out;
    ctx.err = err;
    Parser p(window, ctx);
    try {
        p.app.parse(argc, argv);
    } catch (const CLI::CallForHelp&) {
        // `lectern --help` or `lectern COMMAND --help`: help() follows the selected subcommand.
        std::fputs(p.app.help().c_str(), out);
        return 0;
    } catch (const CLI::ArgumentMismatch& e) {
        // CLI11 says "--db: 1 required FILE missing"; the option's name is before the colon.
        const std::string what = e.what();
        printUsageError(err, p.selectedName(), what.substr(0, what.find(':')) + ": needs a value");
        return kUsageExit;
    } catch (const CLI::ParseError& e) {
        printUsageError(err, p.selectedName(), e.what());
        return kUsageExit;
    }

    CLI::App* sub = p.selected();
    if (std::string wrong = unrecognised(p.app, true); !wrong.empty()) {
        printUsageError(err, "", wrong);
        return kUsageExit;
    }
    if (sub) {
        if (std::string wrong = unrecognised(*sub, false); !wrong.empty()) {
            printUsageError(err, sub->get_name(), wrong);
            return kUsageExit;
        }
        for (const CLI::Option* opt : p.app.get_options()) {
            if (opt->count() > 0) {
                printUsageError(err, sub->get_name(),
                                opt->get_name() + " is an option of the window app, not of '" + sub->get_name() + "'");
                return kUsageExit;
            }
        }
    }

    if (window.version && !sub) {
        std::fprintf(out, "lectern %s\n", LECTERN_VERSION);
        return 0;
    }
    if (sub == p.help) return printHelp(p, out, err);
    for (auto& [command, action] : p.commands) {
        if (command != sub) continue;
        try {
            return action();
        } catch (const UsageError& e) {
            printUsageError(err, sub->get_name(), e.what());
            return kUsageExit;
        }
    }
    return std::nullopt;  // no command: open the window
}

} // namespace lectern::cli
