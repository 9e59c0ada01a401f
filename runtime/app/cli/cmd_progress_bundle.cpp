// `lectern export-progress [--db FILE] FILE.lectern` and `lectern import-progress [--db FILE]
// FILE.lectern`: a machine's progress carried to another on a USB stick (docs/sync.md). The
// work is in core/sync; this file only declares the command lines and prints.
#include "cli/arg_checks.h"

#include "certificate/issuer_keys.h"
#include "platform/private_files.h"
#include "store/database_open.h"
#include "store/memory_copy.h"
#include "store/read/read_only_open.h"
#include "store/store_connection.h"
#include "sync/bundle_import.h"
#include "sync/progress_bundle.h"

#include <CLI/CLI.hpp>

#include <filesystem>
#include <fstream>
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
    std::error_code ec;
    if (!std::filesystem::exists(a.db, ec))
        return fail(ctx, "export-progress", "no progress database at " + a.db + "; pass --db FILE to read another one.");
    // Read-only; an older file is read through an upgraded copy in memory, never changed.
    store::SqliteDb db;
    auto direct = store::read::openReadOnly(a.db);
    if (!direct) return fail(ctx, "export-progress", direct.error().message);
    if (direct->schemaVersion >= store::kProfilesSchemaVersion) {
        db = std::move(direct->db);
    } else {
        auto copy = store::openMemoryCopy(a.db);
        if (!copy) return fail(ctx, "export-progress", copy.error().message);
        db = std::move(*copy);
    }
    auto bundle = sync::readBundleFrom(db);
    if (!bundle) return fail(ctx, "export-progress", bundle.error().message);

    // Signed when this account holds the facilitator's key (`lectern keys init`).
    const auto keyPath = certificate::defaultSecretKeyPath();
    const bool hasKey = std::filesystem::exists(keyPath, ec);
    std::string keyError;
    const std::optional<certificate::SecretKey> key =
        hasKey ? certificate::loadSecretKey(keyPath, keyError) : std::optional<certificate::SecretKey>();
    if (hasKey && !key) return fail(ctx, "export-progress", keyError + " Nothing was written.");
    auto bytes = sync::renderBundle(*bundle, key ? &*key : nullptr);
    if (!bytes) return fail(ctx, "export-progress", bytes.error().message);
    std::string error;
    if (!platform::writePrivateFile(a.file, *bytes, error)) return fail(ctx, "export-progress", error);
    std::fprintf(ctx.out, "exported %zu learners and %zu events to %s%s\n", bundle->learners.size(),
                 bundle->events.size(), a.file.c_str(),
                 key ? (" (signed by key " + key->publicKey().fingerprint() + ")").c_str() : " (unsigned: no facilitator key)");
    return 0;
}

int runImport(BundleArgs a, const CliContext& ctx) {
    if (a.db.empty()) a.db = ctx.defaultDbPath;
    // The whole bundle is read and verified before the database is even opened.
    std::ifstream in(a.file, std::ios::binary);
    if (!in) return fail(ctx, "import-progress", "cannot read " + a.file + ".");
    const std::string bytes((std::istreambuf_iterator<char>(in)), {});
    if (in.bad()) return fail(ctx, "import-progress", "cannot read " + a.file + ".");
    auto bundle = sync::parseBundle(bytes);
    if (!bundle) return fail(ctx, "import-progress", a.file + ": " + bundle.error().message);

    StoreOpenOptions open;
    open.path = a.db;
    StoreOpenReport report;
    store::SqliteDb db;
    if (!store::openProgressDatabase(open, db, report)) return fail(ctx, "import-progress", report.error);
    auto summary = sync::importBundle(db, *bundle);
    if (!summary) return fail(ctx, "import-progress", summary.error().message + " Nothing was imported.");
    const std::string& signer = bundle->manifest.signerFingerprint;
    // Where it came from on stderr: stdout is the notes and the one summary line.
    std::fprintf(ctx.err, "lectern import-progress: bundle from %s, exported %s, %s\n", bundle->manifest.machine.c_str(),
                 bundle->manifest.exportedAt.c_str(), signer.empty() ? "unsigned" : ("signed by key " + signer).c_str());
    for (const std::string& note : summary->notes) std::fprintf(ctx.out, "note: %s\n", note.c_str());
    std::fprintf(ctx.out, "%s\n", summary->line().c_str());
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
