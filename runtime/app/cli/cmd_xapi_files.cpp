// `lectern export-xapi [--since ISO] [--db FILE] [--course DIR] FILE.jsonl` and `lectern
// import-xapi [--db FILE] [--course DIR] FILE`: records as xAPI statements in a file, for a
// machine no network reaches. Export writes every statement that may leave the machine (never
// notes or unshared reflections), byte for byte, one per line, file mode 0600. Import takes
// JSON Lines or a JSON array (an LRS's export) and makes the course's statements events and
// state exactly as if recorded here (sync/statement_import.h); it prints
// "N new, M already present, K refused".
#include "cli/arg_checks.h"

#include "load/course_loader.h"
#include "platform/private_files.h"
#include "store/database_open.h"
#include "store/statements.h"
#include "sync/outbox.h"
#include "sync/statement_import.h"
#include "util/file_read.h"
#include "util/time_format.h"

#include <CLI/CLI.hpp>

#include <memory>
#include <sqlite3.h>

namespace lectern::cli {

namespace {

struct XapiFileArgs {
    std::string db, course, file, since;
};

std::shared_ptr<const Course> courseOf(const std::string& dir) { return loadCourse(dir).course; }

xapi::StatementContext contextOf(const std::shared_ptr<const Course>& course) {
    return course ? xapi::contextFor(course) : xapi::StatementContext{};
}

bool openDb(const std::string& path, const char* command, const CliContext& ctx, store::SqliteDb& db) {
    StoreOpenOptions open;
    open.path = path;
    StoreOpenReport report;
    if (store::openProgressDatabase(open, db, report)) return true;
    std::fprintf(ctx.err, "lectern %s: %s\n", command, report.error.c_str());
    return false;
}

void defaults(XapiFileArgs& a, const CliContext& ctx) {
    if (a.db.empty()) a.db = ctx.defaultDbPath;
    if (a.course.empty()) a.course = ctx.defaultCourseDir;
}

int runExport(XapiFileArgs a, const CliContext& ctx) {
    defaults(a, ctx);
    requireExistingPaths({a.db});
    int64_t sinceMs = 0;
    if (!a.since.empty()) {
        std::string iso = a.since.size() == 10 ? a.since + "T00:00:00Z" : a.since;
        auto parsed = util::parseIsoTimestamp(iso);
        if (!parsed) throw UsageError("--since takes a date or an ISO 8601 time, e.g. 2026-12-01 or 2026-12-01T09:00:00Z");
        sinceMs = *parsed;
    }
    store::SqliteDb db;
    if (!openDb(a.db, "export-xapi", ctx, db)) return 1;
    std::shared_ptr<const Course> course = courseOf(a.course);
    sync::Outbox outbox(db);
    auto queued = outbox.enqueueNewEvents(
        [course](const std::string& id) { return course && course->id == id ? xapi::contextFor(course) : xapi::contextForId(id); },
        util::nowMs());
    if (!queued) {
        std::fprintf(ctx.err, "lectern export-xapi: %s\n", queued.error().message.c_str());
        return 1;
    }
    store::SqliteStmt s(db, store::statementIn("outbox.sql", "export_statements"));
    s.bind(1, sinceMs);
    std::string text;
    int64_t count = 0;
    while (s.step() == SQLITE_ROW) {
        text += s.columnText(0);
        text += '\n';
        ++count;
    }
    std::string error;
    if (!platform::writePrivateFile(a.file, text, error)) {
        std::fprintf(ctx.err, "lectern export-xapi: %s\n", error.c_str());
        return 1;
    }
    std::fprintf(ctx.out, "%lld statements written to %s (notes and unshared reflections are never exported)\n",
                 (long long)count, a.file.c_str());
    return 0;
}

int runImport(XapiFileArgs a, const CliContext& ctx) {
    defaults(a, ctx);
    requireExistingPaths({a.file});
    std::shared_ptr<const Course> course = courseOf(a.course);
    if (!course) {
        std::fprintf(ctx.err, "lectern import-xapi: the course %s could not be loaded: its statements cannot be recognised; run lectern check %s\n",
                     a.course.c_str(), a.course.c_str());
        return 1;
    }
    constexpr size_t kMaxStatementFileBytes = size_t(1) << 30;
    FileRead file = readFileBounded(a.file, kMaxStatementFileBytes);
    if (!file.ok()) {
        std::fprintf(ctx.err, "lectern import-xapi: %s: %s\n", a.file.c_str(), file.message.c_str());
        return 1;
    }
    const std::string& bytes = file.bytes;
    std::string error;
    std::vector<std::string> statements;
    if (!sync::splitStatementFile(bytes, statements, error)) {
        std::fprintf(ctx.err, "lectern import-xapi: %s: %s; nothing was imported\n", a.file.c_str(), error.c_str());
        return 1;
    }
    sync::StatementsRead read = sync::readStatements(statements, xapi::contextFor(course), util::nowMs());
    store::SqliteDb db;
    if (!openDb(a.db, "import-xapi", ctx, db)) return 1;
    auto summary = sync::importStatements(db, read, false, util::nowMs());
    if (!summary) {
        std::fprintf(ctx.err, "lectern import-xapi: %s Nothing was imported.\n", summary.error().message.c_str());
        return 1;
    }
    for (const std::string& note : summary->notes) std::fprintf(ctx.out, "note: %s\n", note.c_str());
    for (const std::string& why : read.reasons) std::fprintf(ctx.err, "lectern import-xapi: refused %s\n", why.c_str());
    std::fprintf(ctx.out, "%s\n", summary->line().c_str());
    return 0;
}

Action setupExport(CLI::App& sub, const CliContext& ctx) {
    sub.footer("Writes this machine's records as xAPI statements, one per line, exactly as they are sent to an LRS.\n"
               "Notes, and reflections not shared with the facilitator, are never written.");
    auto a = std::make_shared<XapiFileArgs>();
    sub.add_option("file", a->file, "the file to write (JSON Lines)")->required()->type_name("FILE.jsonl");
    sub.add_option("--since", a->since, "only records from this date or time on (2026-12-01, 2026-12-01T09:00:00Z)")->type_name("ISO");
    sub.add_option("--db", a->db, "the progress database (default: " + ctx.defaultDbPath + ")")->type_name("FILE")->check(nonEmpty());
    sub.add_option("--course", a->course, "the course folder (default: the bundled course)")->type_name("DIR")->check(nonEmpty());
    return [a, &ctx] { return runExport(*a, ctx); };
}

Action setupImport(CLI::App& sub, const CliContext& ctx) {
    sub.footer("Reads xAPI statements (JSON Lines, or a JSON array as an LRS exports them) and records the course's\n"
               "as if they were made here: attempts, scores, sections read, completion. By statement id: importing\n"
               "a file twice changes nothing. Learners are matched by UUID, never by name.");
    auto a = std::make_shared<XapiFileArgs>();
    sub.add_option("file", a->file, "the statements to import")->required()->type_name("FILE");
    sub.add_option("--db", a->db, "the progress database (default: " + ctx.defaultDbPath + ")")->type_name("FILE")->check(nonEmpty());
    sub.add_option("--course", a->course, "the course the statements are about (default: the bundled course)")->type_name("DIR")->check(nonEmpty());
    return [a, &ctx] { return runImport(*a, ctx); };
}

} // namespace
} // namespace lectern::cli

// Named with a hyphen, so registered by hand (LECTERN_CLI_COMMAND makes an identifier of the name).
[[maybe_unused]] static const bool kRegisteredExportXapi = ::lectern::cli::registerCommand(
    {"export-xapi", "write this machine's records as xAPI statements to a file (JSON Lines)", lectern::cli::setupExport});
[[maybe_unused]] static const bool kRegisteredImportXapi = ::lectern::cli::registerCommand(
    {"import-xapi", "record the course's xAPI statements from a file as if made here", lectern::cli::setupImport});
