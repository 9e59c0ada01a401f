// `lectern keys init [--force] [--issuer NAME]`: creates the issuer's Ed25519 key pair for
// certificates in $XDG_CONFIG_HOME/lectern/ (issuer.key 0600, issuer.pub), refusing to replace
// one without --force (certificates signed with the old key would no longer verify against
// the new one). Prints where the public key is and its fingerprint; the secret is never printed.
// --issuer NAME also records who signs (issuer.name), used when course.yaml names none.
#include "cli/arg_checks.h"

#include "certificate/issuer_keys.h"
#include "platform/private_files.h"

#include <CLI/CLI.hpp>

#include <memory>

namespace lectern::cli {

namespace {

struct KeysArgs {
    bool force = false;
    std::string issuer;
};

int runInit(const KeysArgs& a, const CliContext& ctx) {
    const auto secret = certificate::defaultSecretKeyPath(), pub = certificate::defaultPublicKeyPath();
    certificate::KeyInitResult r = certificate::createKeyPair(secret, pub, a.force);
    if (!r.ok) {
        std::fprintf(ctx.err, "lectern keys init: %s\n", r.error.c_str());
        return 1;
    }
    if (!a.issuer.empty()) {
        std::string error;
        if (!platform::writePrivateFile(certificate::defaultIssuerNamePath().string(), a.issuer + "\n", error)) {
            std::fprintf(ctx.err, "lectern keys init: %s\n", error.c_str());
            return 1;
        }
    }
    std::fprintf(ctx.out,
                 "Created the issuer's key pair.\n"
                 "  secret key:  %s (readable by you only; keep it, never share it)\n"
                 "  public key:  %s\n"
                 "  fingerprint: %s\n"
                 "Give the public key to whoever verifies certificates: lectern certificate verify CODE|FILE.pdf --key %s\n",
                 secret.c_str(), pub.c_str(), r.publicKey.fingerprint().c_str(), pub.c_str());
    return std::ferror(ctx.out) ? 1 : 0;
}

Action setupKeys(CLI::App& sub, const CliContext& ctx) {
    sub.footer(
        "The issuer's key pair signs certificates (`lectern certificate issue`). `init` creates\n"
        "it in $XDG_CONFIG_HOME/lectern/ (issuer.key: the secret, mode 0600; issuer.pub: the\n"
        "public key, for whoever verifies).");
    sub.require_subcommand(1, 1);
    auto a = std::make_shared<KeysArgs>();
    CLI::App* init = sub.add_subcommand("init", "create the issuer's Ed25519 key pair for certificates");
    init->add_flag("--force", a->force, "replace an existing key pair (certificates signed with it no longer verify)");
    init->add_option("--issuer", a->issuer, "who signs, printed on certificates (when course.yaml names none)")
        ->type_name("NAME")
        ->check(nonEmpty());
    return [a, &ctx] { return runInit(*a, ctx); };
}

} // namespace
} // namespace lectern::cli

LECTERN_CLI_COMMAND(keys, "the issuer's key pair for certificates: lectern keys init", lectern::cli::setupKeys)
