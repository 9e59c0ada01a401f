// The subcommands of `lectern` (check, inspect, report, ...), one file each (cmd_<name>.cpp).
// A command registers itself with LECTERN_CLI_COMMAND; cli_app.cpp puts every registered command
// on one CLI11 parser beside the window app's options. A command uses only lectern_core and
// never opens a window.
//
// Adding a command: create cmd_<name>.cpp with
//   static cli::Action setupFoo(CLI::App& sub, const cli::CliContext& ctx) {
//       sub.footer("What foo does, in a few lines.");
//       auto opts = std::make_shared<FooOptions>();
//       sub.add_option("--bar", opts->bar, "what it is")->type_name("FILE");
//       return [opts, &ctx] { return runFoo(*opts, ctx); };
//   }
//   LECTERN_CLI_COMMAND(foo, "one line for `lectern --help`", setupFoo)
#pragma once
#include <cstdio>
#include <functional>
#include <stdexcept>
#include <string>
#include <vector>

namespace CLI {
class App;
}

namespace lectern::cli {

// Facts every command may need, resolved once before parsing (the defaults appear in --help).
struct CliContext {
    std::string defaultCourseDir;  // the bundled course (source tree or installed)
    std::string defaultDbPath;     // $XDG_DATA_HOME/lectern/progress.db
    FILE* out = stdout;
    FILE* err = stderr;
};

// Run after a successful parse. Returns the exit code: 0 ok, 1 a failure found (the command
// printed why). A usage problem found only after parsing (a missing path, a bad value) is
// thrown as UsageError so it is printed like every other usage error and exits 2.
using Action = std::function<int()>;

struct UsageError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// Declares the command's options and positionals on `sub` and returns its action. A longer
// explanation goes in sub.footer(): `lectern help NAME` prints it below the options.
using SetupFn = Action (*)(CLI::App& sub, const CliContext& ctx);

struct Command {
    const char* name;
    const char* summary;  // one line, shown by `lectern --help`
    SetupFn setup;
};

// Adds a command (at static initialisation). Returns true so it can initialise a constant.
bool registerCommand(const Command& command);
// Every registered command, sorted by name.
std::vector<Command> registeredCommands();

} // namespace lectern::cli

#define LECTERN_CLI_COMMAND(name, summary, setup) \
    [[maybe_unused]] static const bool kRegistered_##name = ::lectern::cli::registerCommand({#name, summary, setup});
