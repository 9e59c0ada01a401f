// `lectern export-progress [--db FILE] FILE.lectern` and `lectern import-progress [--db FILE]
// FILE.lectern`: a machine's progress carried to another on a USB stick (docs/sync.md). The
// work is in core/sync; this file only declares the command lines and prints.
#include "cli/arg_checks.h"

#include "sync/bundle_files.h"

#include <CLI/CLI.hpp>

#include <memory>

namespace lectern::cli {

namespace {

struct BundleArgs {
    std::string file;
    std::string db;
};

int fail(const CliContext& ctx, const char* command, const std::string& message) {
    std::fprintf(ctx.err, "lectern %s: %s\n", command, message.c_str());
    return 1;
}

int runExport(BundleArgs a, const CliContext& ctx) {
    if (a.db.empty()) a.db = ctx.defaultDbPath;
    auto done = sync::exportProgressFile(a.db, a.file);
    if (!done) return fail(ctx, "export-progress", done.error().message);
    std::fprintf(ctx.out, "exported %zu learners and %zu events to %s%s\n", done->learners, done->events, a.file.c_str(),
                 done->signer.empty() ? " (unsigned: no facilitator key)" : (" (signed by key " + done->signer + ")").c_str());
    return 0;
}

int runImport(BundleArgs a, const CliContext& ctx) {
    if (a.db.empty()) a.db = ctx.defaultDbPath;
    auto done = sync::importProgressFile(a.db, a.file);
    if (!done) return fail(ctx, "import-progress", done.error().message);
    const sync::BundleManifest& m = done->manifest;
    // Where it came from on stderr: stdout is the notes and the one summary line.
    std::fprintf(ctx.err, "lectern import-progress: bundle from %s, exported %s, %s\n", m.machine.c_str(), m.exportedAt.c_str(),
                 m.signerFingerprint.empty() ? "unsigned" : ("signed by key " + m.signerFingerprint).c_str());
    for (const std::string& note : done->summary.notes) std::fprintf(ctx.out, "note: %s\n", note.c_str());
    std::fprintf(ctx.out, "%s\n", done->summary.line().c_str());
    return 0;
}

Action setupExport(CLI::App& sub, const CliContext& ctx) {
    sub.footer(
        "Writes every learner (uuid, name, external id) and every event of the database to one\n"
        "file, with a manifest: counts, the SHA-256 of the records, this machine's name and the\n"
        "time, and an Ed25519 signature when this account has the facilitator's key (`lectern keys\n"
        "init`). The file is written whole or not at all, readable by its owner only. Carry it to\n"
        "another machine and run `lectern import-progress FILE` there.");
    auto a = std::make_shared<BundleArgs>();
    sub.add_option("FILE", a->file, "the bundle to write (.lectern)")->required()->type_name("");
    sub.add_option("--db", a->db, "the progress database (default: " + ctx.defaultDbPath + ")")->type_name("FILE")->check(nonEmpty());
    return [a, &ctx] { return runExport(*a, ctx); };
}

Action setupImport(CLI::App& sub, const CliContext& ctx) {
    sub.footer(
        "Checks the whole bundle first (manifest, SHA-256, counts, signature): a cut-short or\n"
        "altered file is refused and nothing is written. Then, in one transaction: learners are\n"
        "matched by UUID only (a new learner whose name is taken here gets \"Name (2)\", and a note\n"
        "says so), events are added unless already here, and the progress of every learner who got\n"
        "new events is rebuilt from all their events. Prints N new, M already present, K refused.\n"
        "Importing the same bundle again, or bundles in any order, gives the same result.");
    auto a = std::make_shared<BundleArgs>();
    sub.add_option("FILE", a->file, "the bundle to merge (.lectern)")->required()->type_name("")->check(CLI::ExistingFile);
    sub.add_option("--db", a->db, "the progress database (default: " + ctx.defaultDbPath + ")")->type_name("FILE")->check(nonEmpty());
    return [a, &ctx] { return runImport(*a, ctx); };
}

} // namespace
} // namespace lectern::cli

// Named with a hyphen, so registered by hand (LECTERN_CLI_COMMAND makes an identifier of the name).
[[maybe_unused]] static const bool kRegisteredExportProgress = ::lectern::cli::registerCommand(
    {"export-progress", "write this machine's learners and events to a bundle file (for a USB stick)", lectern::cli::setupExport});
[[maybe_unused]] static const bool kRegisteredImportProgress = ::lectern::cli::registerCommand(
    {"import-progress", "merge a bundle written by export-progress into this machine's progress", lectern::cli::setupImport});
