// `lectern sync [--db FILE] [--course DIR]`: sends every record waiting in the outbox to the
// configured learning record store (lectern config); exits 0 when all is sent, 1 with the
// reason otherwise (nothing configured, unreachable, credentials refused, records flagged).
// `lectern sync --status [--format json]` prints waiting, sent, flagged and the last error
// without sending anything. `lectern sync --pull` fetches the course's statements from the LRS
// and merges them (every machine's learners in this one's dashboard), idempotent by id.
#include "cli/arg_checks.h"

#include "load/course_loader.h"
#include "store/database_open.h"
#include "sync/lrs_client.h"
#include "sync/lrs_pull.h"
#include "sync/statement_import.h"
#include "sync/lrs_sync.h"
#include "sync/sync_status_text.h"
#include "util/time_format.h"

#include <CLI/CLI.hpp>

#include <memory>

namespace lectern::cli {

namespace {

struct SyncArgs {
    std::string db;
    std::string course;
    bool status = false;
    bool pull = false;
    std::string format = "text";
};

// Rows written without a stored statement are rendered with the course's IRIs when it is the
// course at hand, with the defaults for its id otherwise.
sync::ContextFor contextsFrom(const std::string& courseDir) {
    LoadResult loaded = loadCourse(courseDir);
    std::shared_ptr<const Course> course = loaded.course;
    return [course](const std::string& courseId) {
        return course && course->id == courseId ? xapi::contextFor(course) : xapi::contextForId(courseId);
    };
}

bool openDb(const SyncArgs& a, const CliContext& ctx, store::SqliteDb& db) {
    StoreOpenOptions open;
    open.path = a.db;
    StoreOpenReport report;
    if (!store::openProgressDatabase(open, db, report)) {
        std::fprintf(ctx.err, "lectern sync: %s\n", report.error.c_str());
        return false;
    }
    return true;
}

int printStatus(store::SqliteDb& db, const SyncArgs& a, const sync::LrsConfig& config, const CliContext& ctx) {
    sync::Outbox outbox(db);
    // Counted in statements (a quiz attempt is one per question, too), so first turn the new
    // events into outbox rows: the same work the next sync would do first.
    if (auto queued = outbox.enqueueNewEvents(contextsFrom(a.course), util::nowMs()); !queued) {
        std::fprintf(ctx.err, "lectern sync --status: %s\n", queued.error().message.c_str());
        return 1;
    }
    auto status = outbox.status();
    if (!status) {
        std::fprintf(ctx.err, "lectern sync --status: %s\n", status.error().message.c_str());
        return 1;
    }
    if (a.format == "json") {
        nlohmann::json j = sync::statusJson(*status);
        j["endpoint"] = config.endpoint.empty() ? nlohmann::json(nullptr) : nlohmann::json(config.endpoint);
        std::fprintf(ctx.out, "%s\n", j.dump(2).c_str());
        return 0;
    }
    std::fprintf(ctx.out, "LRS: %s\n", config.endpoint.empty() ? "(not configured: lectern config set lrs.endpoint URL)" : config.endpoint.c_str());
    std::fprintf(ctx.out, "%s\n", sync::statusSummary(*status, util::nowMs()).c_str());
    std::fprintf(ctx.out, "waiting %lld, sent %lld, flagged %lld (%lld conflicts, %lld rejected), kept on this machine %lld (notes and unshared reflections)\n",
                 (long long)status->waiting, (long long)status->sent, (long long)status->flaggedTotal(),
                 (long long)status->conflicts, (long long)status->rejected, (long long)status->kept);
    if (!status->lastError.empty()) std::fprintf(ctx.out, "last error: %s\n", status->lastError.c_str());
    for (const sync::FlaggedStatement& f : status->flagged)
        std::fprintf(ctx.out, "%s %s (HTTP %d): %s\n", f.state.c_str(), f.statementId.c_str(), f.httpStatus, f.message.c_str());
    return 0;
}

// The course's statements from the LRS, made into this machine's records (idempotent by id).
int runPull(store::SqliteDb& db, sync::LrsClient& client, const SyncArgs& a, const CliContext& ctx) {
    LoadResult loaded = loadCourse(a.course);
    if (!loaded.course) {
        std::fprintf(ctx.err, "lectern sync --pull: the course %s could not be loaded; run lectern check %s\n", a.course.c_str(), a.course.c_str());
        return 1;
    }
    const xapi::StatementContext context = xapi::contextFor(loaded.course);
    sync::PullResult pulled = sync::pullCourseStatements(client, context.courseIri);
    sync::StatementsRead read = sync::readStatements(pulled.statements, context, util::nowMs());
    auto summary = sync::importStatements(db, read, true, util::nowMs());
    if (!summary) {
        std::fprintf(ctx.err, "lectern sync --pull: %s Nothing was imported.\n", summary.error().message.c_str());
        return 1;
    }
    for (const std::string& note : summary->notes) std::fprintf(ctx.out, "note: %s\n", note.c_str());
    std::fprintf(ctx.out, "pulled %zu statements (%d pages): %s\n", pulled.statements.size(), pulled.pages, summary->line().c_str());
    if (!pulled.error.empty()) {
        std::fprintf(ctx.err, "lectern sync --pull: %s; what was read is imported, run it again\n", pulled.error.c_str());
        return 1;
    }
    return 0;
}

int runSync(SyncArgs a, const CliContext& ctx) {
    if (a.db.empty()) a.db = ctx.defaultDbPath;
    if (a.course.empty()) a.course = ctx.defaultCourseDir;
    if (a.format != "text" && a.format != "json") throw UsageError("--format is text or json");
    requireExistingPaths({a.db});
    sync::LrsConfigRead config = sync::readLrsConfig(sync::defaultLrsConfigDir());
    if (!config.error.empty()) {
        std::fprintf(ctx.err, "lectern sync: %s\n", config.error.c_str());
        return 1;
    }
    store::SqliteDb db;
    if (!openDb(a, ctx, db)) return 1;
    if (a.status) return printStatus(db, a, config.config, ctx);
    const sync::LrsConfig& c = config.config;
    if (!c.isConfigured()) {
        std::fprintf(ctx.err, "lectern sync: no learning record store is configured; set one with `lectern config set lrs.endpoint URL` (and lrs.key, lrs.secret)\n");
        return 1;
    }
    if (std::string problem = sync::endpointProblem(c.endpoint, c.allowHttp); !problem.empty()) {
        std::fprintf(ctx.err, "lectern sync: %s\n", problem.c_str());
        return 1;
    }
    sync::LrsClient client(c);
    if (a.pull) return runPull(db, client, a, ctx);
    sync::SyncRun run = sync::sendOutbox(db, client, contextsFrom(a.course));
    auto status = sync::Outbox(db).status();
    std::fprintf(ctx.out, "sent %lld, flagged %lld in this run; %lld waiting\n", (long long)run.sent,
                 (long long)(run.conflicts + run.rejected), status ? (long long)status->waiting : -1LL);
    if (run.stop != sync::SyncStop::AllSent) {
        std::fprintf(ctx.err, "lectern sync: %s\n", sync::describeStop(run).c_str());
        return 1;
    }
    if (run.conflicts + run.rejected > 0) {
        std::fprintf(ctx.err, "lectern sync: %lld record(s) were not accepted by the LRS; `lectern sync --status` lists them\n",
                     (long long)(run.conflicts + run.rejected));
        return 1;
    }
    return 0;
}

Action setupSync(CLI::App& sub, const CliContext& ctx) {
    sub.footer(
        "Sends the records waiting on this machine to the learning record store set with\n"
        "`lectern config` (xAPI 1.0.3; see docs/sync.md). Each record is sent until the LRS says\n"
        "it holds it; one it refuses is flagged (--status lists it) and the rest goes on.\n"
        "Notes, and reflections not shared with the facilitator, never leave the machine.");
    auto a = std::make_shared<SyncArgs>();
    sub.add_option("--db", a->db, "the progress database (default: " + ctx.defaultDbPath + ")")->type_name("FILE")->check(nonEmpty());
    sub.add_option("--course", a->course, "the course folder, for records written before Lectern 0.8 (default: the bundled course)")
        ->type_name("DIR")
        ->check(nonEmpty());
    sub.add_flag("--status", a->status, "print waiting, sent, flagged and the last error; send nothing");
    sub.add_flag("--pull", a->pull, "fetch the course's statements from the LRS into this machine's records (the room's dashboard)");
    sub.add_option("--format", a->format, "text or json (with --status)")->type_name("FORMAT");
    return [a, &ctx] { return runSync(*a, ctx); };
}

} // namespace
} // namespace lectern::cli

LECTERN_CLI_COMMAND(sync, "send records to the learning record store: lectern sync [--status]", lectern::cli::setupSync)
