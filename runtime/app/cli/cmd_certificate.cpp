// `lectern certificate issue --learner NAME|--external-id ID|--all [--db FILE] [--course DIR]
//                            [--issuer NAME] -o FILE.pdf|DIR`
// `lectern certificate verify CODE|FILE.pdf [--key PUBLIC_KEY] [--db FILE]`
// Issuing refuses a learner who has not completed the course, saying what is missing; --all
// issues one for every learner who has, into a folder. Verifying exits 0 only when the
// certificate is genuine, else 1 and which failure (tampered file, unknown code, wrong key).
// The work is in core/certificate; this file declares the command line and prints.
#include "cli/arg_checks.h"

#include "certificate/certificate_issue.h"
#include "certificate/certificate_verify.h"
#include "load/course_loader.h"
#include "load/load_error.h"
#include "util/file_read.h"

#include <CLI/CLI.hpp>

#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>

namespace lectern::cli {

namespace {

struct CertificateArgs {
    std::string db, course, learner, externalId, issuer, output, key;
    bool all = false;
    std::string target;  // verify: CODE or FILE.pdf
};

int fail(const CliContext& ctx, const char* what, const std::string& message) {
    std::fprintf(ctx.err, "lectern certificate %s: %s\n", what, message.c_str());
    return 1;
}

int runIssue(CertificateArgs a, const CliContext& ctx) {
    if (a.all == (!a.learner.empty() || !a.externalId.empty()) || (!a.learner.empty() && !a.externalId.empty()))
        throw UsageError("give one of --learner NAME, --external-id ID or --all");
    if (a.db.empty()) a.db = ctx.defaultDbPath;
    if (a.course.empty()) a.course = ctx.defaultCourseDir;
    std::error_code ec;
    if (!std::filesystem::exists(a.db, ec)) return fail(ctx, "issue", "no progress database at " + a.db + "; pass --db FILE.");
    if (std::optional<LoadError> problem = courseFolderProblem(a.course, "--course DIR"))
        return fail(ctx, "issue", problem->message);
    LoadResult loaded = loadCourse(a.course);
    if (!loaded.course || loaded.diagnostics.hasErrors())
        return fail(ctx, "issue", "the course at " + a.course + " has errors (see `lectern check " + a.course +
                                      "`): no certificate is issued for a course that does not load cleanly.");
    const Course& course = *loaded.course;
    auto room = report::makeRoomFigures(a.db, course, {});
    if (!room) return fail(ctx, "issue", room.error().message);

    const report::LearnerFigures* learner = nullptr;
    std::string error;
    if (!a.all) {
        learner = certificate::findLearner(*room, a.learner, a.externalId, error);
        if (!learner) return fail(ctx, "issue", error);
        if (std::string missing = certificate::missingForCompletion(course, *learner); !missing.empty())
            return fail(ctx, "issue", "refused: " + missing);
    }
    std::optional<certificate::Issuer> issuer = certificate::Issuer::open(
        certificate::defaultSecretKeyPath(), a.db, certificate::resolveIssuer(course, a.issuer), error);
    if (!issuer) return fail(ctx, "issue", error);

    if (!a.all) {
        auto issued = issuer->issue(course, *learner, a.output, store::Actor::CommandLine, error);
        if (!issued) return fail(ctx, "issue", error);
        std::fprintf(ctx.out, "Issued certificate %s to %s: %s\n", issued->certificate.code.c_str(),
                     learner->fullName.c_str(), issued->path.c_str());
        return std::ferror(ctx.out) ? 1 : 0;
    }
    certificate::BulkResult bulk = certificate::issueAll(*issuer, course, *room, a.output, store::Actor::CommandLine);
    for (const auto& i : bulk.issued)
        std::fprintf(ctx.out, "%s\t%s\t%s\n", i.certificate.code.c_str(), i.certificate.payload.learnerName.c_str(),
                     i.path.c_str());
    std::fprintf(ctx.out, "Issued %zu certificate(s) into %s; %d learner(s) have not completed the course.\n",
                 bulk.issued.size(), a.output.c_str(), bulk.notComplete);
    for (const auto& e : bulk.errors) std::fprintf(ctx.err, "lectern certificate issue: %s\n", e.c_str());
    return bulk.errors.empty() ? 0 : 1;
}

int runVerify(CertificateArgs a, const CliContext& ctx) {
    if (a.key.empty()) a.key = certificate::defaultPublicKeyPath().string();
    std::string error;
    std::optional<certificate::PublicKey> key = certificate::loadPublicKey(a.key, error);
    if (!key) return fail(ctx, "verify", error);
    std::error_code ec;
    if (std::filesystem::is_regular_file(a.target, ec)) {
        FileRead file = readFileBounded(a.target, 64u * 1024u * 1024u);
        if (!file.ok()) return fail(ctx, "verify", a.target + ": " + file.message);
        certificate::FileCheck check = certificate::verifyPdf(file.bytes, *key);
        const bool genuine = check.verdict == certificate::Verdict::Genuine;
        std::fprintf(genuine ? ctx.out : ctx.err, "%s%s: %s\n", genuine ? "" : "lectern certificate verify: REFUSED ",
                     a.target.c_str(), check.message.c_str());
        return genuine ? 0 : 1;
    }
    if (a.target.size() > 4 && a.target.compare(a.target.size() - 4, 4, ".pdf") == 0)
        return fail(ctx, "verify", "no file " + a.target + " (give a certificate PDF or its code).");
    if (a.db.empty()) a.db = ctx.defaultDbPath;
    certificate::CodeCheck check = certificate::verifyCode(a.target, a.db, *key);
    const bool genuine = check.verdict == certificate::CodeVerdict::Genuine;
    std::fprintf(genuine ? ctx.out : ctx.err, "%s%s\n", genuine ? "" : "lectern certificate verify: REFUSED ",
                 check.message.c_str());
    return genuine ? 0 : 1;
}

Action setupCertificate(CLI::App& sub, const CliContext& ctx) {
    sub.footer(
        "Certificates of completion, signed with the issuer's key (`lectern keys init`).\n"
        "issue: one learner's (--learner NAME or --external-id ID) to -o FILE.pdf, or --all\n"
        "learners who completed the course into -o DIR. A learner who has not completed is\n"
        "refused, with what is missing. verify: a code (looked up in --db) or a PDF file,\n"
        "checked with --key (default: the issuer's public key); exit 0 only when genuine.");
    sub.require_subcommand(1, 1);
    auto a = std::make_shared<CertificateArgs>();
    CLI::App* issue = sub.add_subcommand("issue", "issue a certificate (PDF) to a learner who completed the course");
    issue->add_option("--learner", a->learner, "the learner's profile or full name")->type_name("NAME")->check(nonEmpty());
    issue->add_option("--external-id", a->externalId, "the learner's external id (from the roster)")->type_name("ID")->check(nonEmpty());
    issue->add_flag("--all", a->all, "every learner who completed the course; -o is then a folder");
    issue->add_option("--db", a->db, "the progress database (default: " + ctx.defaultDbPath + ")")->type_name("FILE")->check(nonEmpty());
    issue->add_option("--course", a->course, "the course folder (default: " + ctx.defaultCourseDir + ")")->type_name("DIR")->check(nonEmpty());
    issue->add_option("--issuer", a->issuer, "who signs (default: keys init --issuer, else course.yaml's issuer:)")
        ->type_name("NAME")
        ->check(nonEmpty());
    issue->add_option("-o,--output", a->output, "the PDF to write (a folder with --all)")->type_name("FILE.pdf|DIR")->required()->check(nonEmpty());
    CLI::App* verify = sub.add_subcommand("verify", "check a certificate by its code or its PDF file; exit 0 only when genuine");
    verify->add_option("target", a->target, "a certificate code (K7Q2-9XMD-41TB) or a certificate PDF")
        ->type_name("CODE|FILE.pdf")
        ->required();
    verify->add_option("--key", a->key, "the issuer's public key (default: " + certificate::defaultPublicKeyPath().string() + ")")
        ->type_name("PUBLIC_KEY")
        ->check(nonEmpty());
    verify->add_option("--db", a->db, "where to look a code up (default: " + ctx.defaultDbPath + ")")->type_name("FILE")->check(nonEmpty());
    return [a, issue, &ctx] { return issue->parsed() ? runIssue(*a, ctx) : runVerify(*a, ctx); };
}

} // namespace
} // namespace lectern::cli

LECTERN_CLI_COMMAND(certificate, "issue and verify certificates of completion (PDF)", lectern::cli::setupCertificate)
