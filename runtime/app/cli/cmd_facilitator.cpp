// `lectern facilitator init [--db FILE]`: sets (or replaces) the facilitator PIN. It reads the
// PIN twice, from the terminal without echo, or from standard input (two lines) when that is
// not a terminal. No old PIN is asked: whoever can run this can read the database anyway, and
// it is how a forgotten facilitator PIN is replaced. The PIN never reaches the output.
#include "cli/arg_checks.h"

#include "session/pin.h"
#include "session/profile_auth.h"
#include "store/database_open.h"

#include <CLI/CLI.hpp>

#include <memory>
#include <termios.h>
#include <unistd.h>

namespace lectern::cli {

namespace {

struct FacilitatorArgs {
    std::string db;
};

// One line from standard input into a Pin, without echo on a terminal. False at end of input.
bool readPinLine(FILE* err, const char* prompt, session::Pin& pin, bool& tooLong, bool& notDigits) {
    const bool tty = isatty(STDIN_FILENO);
    termios saved{};
    if (tty) {
        std::fputs(prompt, err);
        std::fflush(err);
        tcgetattr(STDIN_FILENO, &saved);
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    pin.clear();
    tooLong = notDigits = false;
    bool any = false, ended = false;
    char c = 0;
    while (::read(STDIN_FILENO, &c, 1) == 1) {
        any = true;
        if (c == '\n') {
            ended = true;
            break;
        }
        if (c == '\r') continue;
        if (c < '0' || c > '9') notDigits = true;
        else if (!pin.append(c)) tooLong = true;
    }
    session::wipeSecret(&c, sizeof c);
    if (tty) {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        std::fputs("\n", err);
    }
    return any || ended;
}

int runInit(FacilitatorArgs a, const CliContext& ctx) {
    if (a.db.empty()) a.db = ctx.defaultDbPath;
    session::Pin first, second;
    bool tooLong = false, notDigits = false;
    if (!readPinLine(ctx.err, "Facilitator PIN (4 to 6 digits): ", first, tooLong, notDigits)) {
        std::fprintf(ctx.err, "lectern facilitator init: no PIN given (type it twice, or give two lines on standard input).\n");
        return 1;
    }
    if (tooLong || notDigits || !first.valid()) {
        std::fprintf(ctx.err, "lectern facilitator init: a PIN is 4 to 6 digits (0 to 9). Nothing was changed.\n");
        return 1;
    }
    if (!readPinLine(ctx.err, "The same PIN again: ", second, tooLong, notDigits)) {
        std::fprintf(ctx.err, "lectern facilitator init: the PIN must be given twice. Nothing was changed.\n");
        return 1;
    }
    if (first.size() != second.size() || std::string_view(first.data(), first.size()) != std::string_view(second.data(), second.size())) {
        std::fprintf(ctx.err, "lectern facilitator init: the two PINs differ. Nothing was changed.\n");
        return 1;
    }
    StoreOpenOptions open;
    open.path = a.db;
    StoreOpenReport report;
    store::SqliteDb db;
    if (!store::openProgressDatabase(open, db, report)) {
        std::fprintf(ctx.err, "lectern facilitator init: %s\n", report.error.c_str());
        return 1;
    }
    session::ProfileAuth auth(db);
    auto wasSet = auth.facilitatorPinSet();
    store::StoreStatus status = wasSet ? auth.setFacilitatorPin(first, store::Actor::CommandLine) : store::StoreStatus(wasSet.error());
    if (!status) {
        std::fprintf(ctx.err, "lectern facilitator init: %s Nothing was changed.\n", status.error().message.c_str());
        return 1;
    }
    std::fprintf(ctx.out, "%s the facilitator PIN of %s.\n", *wasSet ? "Replaced" : "Set", a.db.c_str());
    return 0;
}

Action setupFacilitator(CLI::App& sub, const CliContext& ctx) {
    sub.footer(
        "The facilitator PIN opens facilitator mode in the app (roster, PIN resets, archive and\n"
        "restore, sessions, settings for every learner). `init` sets it, or replaces a forgotten one.");
    sub.require_subcommand(1, 1);
    auto a = std::make_shared<FacilitatorArgs>();
    CLI::App* init = sub.add_subcommand("init", "set the facilitator PIN (asked twice; or two lines on standard input)");
    init->allow_extras(false);
    init->add_option("--db", a->db, "the progress database (default: " + ctx.defaultDbPath + ")")->type_name("FILE")->check(nonEmpty());
    return [a, &ctx] { return runInit(*a, ctx); };
}

} // namespace
} // namespace lectern::cli

LECTERN_CLI_COMMAND(facilitator, "set the facilitator PIN: lectern facilitator init", lectern::cli::setupFacilitator)
