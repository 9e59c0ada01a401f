// `lectern roster import FILE.csv [--dry-run] [--session NAME [--date YYYY-MM-DD]] [--db FILE]`
// and `lectern roster export [--session NAME [--date YYYY-MM-DD]] [--db FILE]`: a room's
// learners from a spreadsheet, and back. The work is in core/roster; this file only declares
// the command line and prints. No PIN is needed: whoever can run this can read the file anyway.
#include "cli/arg_checks.h"

#include "roster/roster_export.h"
#include "roster/roster_file.h"
#include "roster/roster_import.h"
#include "store/database_open.h"
#include "store/memory_copy.h"
#include "store/read/read_only_open.h"
#include "store/session_repository.h"
#include "store/store_connection.h"
#include "util/iso_date.h"

#include <CLI/CLI.hpp>

#include <ctime>
#include <filesystem>
#include <memory>

namespace lectern::cli {

namespace {

struct RosterArgs {
    std::string file;
    std::string db;
    std::string session;
    std::string date;
    bool dryRun = false;
};

std::string localToday() {
    std::time_t now = std::time(nullptr);
    std::tm tm{};
    localtime_r(&now, &tm);
    char text[16];
    std::strftime(text, sizeof text, "%Y-%m-%d", &tm);
    return text;
}

void checkSessionArgs(RosterArgs& a) {
    if (!a.date.empty()) {
        if (a.session.empty()) throw UsageError("--date goes with --session NAME");
        bool real = true;
        if (!parseIsoDate(a.date, &real) || !real)
            throw UsageError("--date must be a day written YYYY-MM-DD (e.g. 2026-12-01), not '" + a.date + "'");
    }
}

int runImport(RosterArgs a, const CliContext& ctx) {
    checkSessionArgs(a);
    if (a.db.empty()) a.db = ctx.defaultDbPath;
    if (!a.session.empty() && a.date.empty()) a.date = localToday();

    // The file is checked whole before the database is even opened: a bad roster changes nothing.
    roster::Roster roster;
    roster::readRoster(a.file, roster);
    if (!roster.ok()) {
        for (const std::string& e : roster.errors) std::fprintf(ctx.err, "%s\n", e.c_str());
        std::fprintf(ctx.err, "lectern roster import: nothing was imported (%zu error(s)); correct the file and run again.\n",
                     roster.errors.size());
        return 1;
    }
    roster::ImportOptions options;
    options.dryRun = a.dryRun;
    options.sessionName = a.session;
    options.sessionDay = a.date;

    store::SqliteDb db;
    if (a.dryRun) {
        auto copy = store::openMemoryCopy(a.db);
        if (!copy) {
            std::fprintf(ctx.err, "lectern roster import: %s\n", copy.error().message.c_str());
            return 1;
        }
        db = std::move(*copy);
    } else {
        StoreOpenOptions open;
        open.path = a.db;
        StoreOpenReport report;
        if (!store::openProgressDatabase(open, db, report)) {
            std::fprintf(ctx.err, "lectern roster import: %s\n", report.error.c_str());
            return 1;
        }
        for (const std::string& notice : report.notices) std::fprintf(ctx.err, "lectern roster import: note: %s\n", notice.c_str());
    }
    auto summary = roster::importRoster(db, roster, options);
    if (!summary) {
        std::fprintf(ctx.err, "lectern roster import: %s Nothing was imported.\n", summary.error().message.c_str());
        return 1;
    }
    std::fprintf(ctx.out, "%s%s\n", summary->line().c_str(), a.dryRun ? " (dry run: nothing was written)" : "");
    if (!a.session.empty())
        std::fprintf(ctx.out, "%d %s session \"%s\" of %s\n", summary->joinedSession,
                     a.dryRun ? "would join" : "joined", a.session.c_str(), a.date.c_str());
    return 0;
}

int runExport(RosterArgs a, const CliContext& ctx) {
    checkSessionArgs(a);
    if (a.db.empty()) a.db = ctx.defaultDbPath;
    std::error_code ec;
    if (!std::filesystem::exists(a.db, ec)) {
        std::fprintf(ctx.err, "lectern roster export: no progress database at %s; pass --db FILE to read another one.\n",
                     a.db.c_str());
        return 1;
    }
    // Read-only; an older file is read through an upgraded copy in memory, never changed.
    store::SqliteDb db;
    auto direct = store::read::openReadOnly(a.db);
    if (!direct) {
        std::fprintf(ctx.err, "lectern roster export: %s\n", direct.error().message.c_str());
        return 1;
    }
    if (direct->schemaVersion >= store::kProfilesSchemaVersion) {
        db = std::move(direct->db);
    } else {
        auto copy = store::openMemoryCopy(a.db);
        if (!copy) {
            std::fprintf(ctx.err, "lectern roster export: %s\n", copy.error().message.c_str());
            return 1;
        }
        db = std::move(*copy);
    }
    int64_t sessionId = 0;
    if (!a.session.empty()) {
        auto session = store::SessionRepository(db).find(a.session, a.date);
        if (!session || !*session) {
            std::fprintf(ctx.err, "lectern roster export: %s\n",
                         !session ? session.error().message.c_str()
                                  : ("no session \"" + a.session + "\"" + (a.date.empty() ? "" : " on " + a.date) +
                                     " in " + a.db + ".")
                                        .c_str());
            return 1;
        }
        sessionId = (*session)->id;
    }
    auto text = roster::exportRoster(db, sessionId);
    if (!text) {
        std::fprintf(ctx.err, "lectern roster export: %s\n", text.error().message.c_str());
        return 1;
    }
    std::fwrite(text->data(), 1, text->size(), ctx.out);
    return std::ferror(ctx.out) ? 1 : 0;
}

Action setupRoster(CLI::App& sub, const CliContext& ctx) {
    sub.footer(
        "A roster is a CSV file (UTF-8, comma separated) whose first row names the columns\n"
        "external_id, full_name, group and optionally pin, in any order. A row with an external_id\n"
        "already known updates that learner; pin is 4 to 6 digits, or empty or * to keep the\n"
        "current PIN. Every bad row is listed as FILE:ROW: error: WHAT and then nothing is imported.");
    sub.require_subcommand(1, 1);
    auto a = std::make_shared<RosterArgs>();
    const std::string dbHelp = "the progress database (default: " + ctx.defaultDbPath + ")";

    CLI::App* import = sub.add_subcommand("import", "add or update the learners of a roster CSV file");
    import->add_option("FILE", a->file, "the roster (.csv)")->required()->type_name("");
    import->allow_extras(false);
    import->add_flag("--dry-run", a->dryRun, "print what would change (N new, M updated, K unchanged); write nothing");
    import->add_option("--session", a->session, "also put every learner of the roster in this onboarding session")
        ->type_name("NAME")->check(nonEmpty());
    import->add_option("--date", a->date, "the session's day (default: today)")->type_name("YYYY-MM-DD")->check(nonEmpty());
    import->add_option("--db", a->db, dbHelp)->type_name("FILE")->check(nonEmpty());

    CLI::App* exp = sub.add_subcommand("export", "print the learners as a roster CSV (never PINs)");
    exp->add_option("--session", a->session, "only the learners of this session")->type_name("NAME")->check(nonEmpty());
    exp->add_option("--date", a->date, "the session's day (default: its latest)")->type_name("YYYY-MM-DD")->check(nonEmpty());
    exp->add_option("--db", a->db, dbHelp)->type_name("FILE")->check(nonEmpty());
    exp->allow_extras(false);
    exp->footer("Cells starting with = + - @ get a leading ' so a spreadsheet shows them as text.");

    return [a, import, &ctx] { return import->parsed() ? runImport(*a, ctx) : runExport(*a, ctx); };
}

} // namespace
} // namespace lectern::cli

LECTERN_CLI_COMMAND(roster, "import or export the learners of a roster CSV", lectern::cli::setupRoster)
