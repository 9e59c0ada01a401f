// `lectern config set NAME VALUE` and `lectern config get [NAME]`: this machine's learning
// record store (sync/lrs_config.h), in $XDG_CONFIG_HOME/lectern/. `config set lrs.secret`
// without a value reads the secret from standard input (without echo on a terminal), so it
// stays out of the shell's history and of `ps`. The secret is never printed: `get` says
// whether it is set.
#include "cli/arg_checks.h"

#include "sync/lrs_config.h"

#include <CLI/CLI.hpp>

#include <algorithm>
#include <iostream>
#include <optional>
#include <memory>
#include <termios.h>
#include <unistd.h>

namespace lectern::cli {

namespace {

struct ConfigArgs {
    std::string name;
    std::optional<std::string> value;
    std::string getName;
};

std::string readSecretLine(FILE* err) {
    const bool tty = isatty(STDIN_FILENO);
    termios saved{};
    if (tty) {
        std::fputs("LRS secret: ", err);
        std::fflush(err);
        tcgetattr(STDIN_FILENO, &saved);
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    std::string line;
    std::getline(std::cin, line);
    if (tty) {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        std::fputs("\n", err);
    }
    if (!line.empty() && line.back() == '\r') line.pop_back();
    return line;
}

int runSet(const ConfigArgs& a, const CliContext& ctx) {
    std::string value;
    if (a.value) value = *a.value;
    else if (a.name == "lrs.secret") value = readSecretLine(ctx.err);
    else throw UsageError("config set " + a.name + ": give a value");
    if (a.name == "lrs.secret" && value == "-") value = readSecretLine(ctx.err);
    std::string error;
    if (!sync::setLrsValue(sync::defaultLrsConfigDir(), a.name, value, error)) {
        std::fprintf(ctx.err, "lectern config set %s: %s\n", a.name.c_str(), error.c_str());
        return 1;
    }
    std::fprintf(ctx.out, "%s is set (%s).\n", a.name.c_str(), sync::defaultLrsConfigDir().c_str());
    return 0;
}

int runGet(const ConfigArgs& a, const CliContext& ctx) {
    sync::LrsConfigRead read = sync::readLrsConfig(sync::defaultLrsConfigDir());
    if (!read.error.empty()) {
        std::fprintf(ctx.err, "lectern config get: %s\n", read.error.c_str());
        return 1;
    }
    const sync::LrsConfig& c = read.config;
    auto valueOf = [&](const std::string& name) -> std::string {
        if (name == "lrs.endpoint") return c.endpoint.empty() ? "(not set)" : c.endpoint;
        if (name == "lrs.key") return c.key.empty() ? "(not set)" : c.key;
        if (name == "lrs.secret") return c.secret.empty() ? "(not set)" : "(set; not shown)";
        return c.allowHttp ? "true" : "false";
    };
    const auto& names = sync::lrsSettingNames();
    if (!a.getName.empty()) {
        if (std::find(names.begin(), names.end(), a.getName) == names.end())
            throw UsageError("config get: unknown setting \"" + a.getName + "\"; the settings are lrs.endpoint, lrs.key, lrs.secret, lrs.allow_http");
        std::fprintf(ctx.out, "%s\n", valueOf(a.getName).c_str());
        return 0;
    }
    for (const std::string& name : names) std::fprintf(ctx.out, "%s = %s\n", name.c_str(), valueOf(name).c_str());
    if (c.isConfigured()) {
        std::string problem = sync::endpointProblem(c.endpoint, c.allowHttp);
        if (!problem.empty()) std::fprintf(ctx.out, "warning: %s\n", problem.c_str());
    }
    return 0;
}

Action setupConfig(CLI::App& sub, const CliContext& ctx) {
    sub.footer(
        "The learning record store this machine sends its records to (see docs/sync.md):\n"
        "  lectern config set lrs.endpoint https://lrs.example.org/data/xAPI\n"
        "  lectern config set lrs.key KEY\n"
        "  lectern config set lrs.secret        (reads it from standard input)\n"
        "Kept in $XDG_CONFIG_HOME/lectern/ (lrs.conf, lrs.secret), readable by you only.\n"
        "Plain http:// is allowed only to this machine unless lrs.allow_http is true.");
    sub.require_subcommand(1, 1);
    auto a = std::make_shared<ConfigArgs>();
    CLI::App* set = sub.add_subcommand("set", "set lrs.endpoint, lrs.key, lrs.secret or lrs.allow_http");
    set->add_option("name", a->name, "the setting")->required()->check(CLI::IsMember(sync::lrsSettingNames()));
    set->add_option("value", a->value, "its value (lrs.secret: omit it, or -, to read standard input)");
    CLI::App* get = sub.add_subcommand("get", "print the settings (the secret only as set or not)");
    get->add_option("name", a->getName, "one setting");
    return [a, &ctx, set] { return set->parsed() ? runSet(*a, ctx) : runGet(*a, ctx); };
}

} // namespace
} // namespace lectern::cli

LECTERN_CLI_COMMAND(config, "this machine's learning record store: lectern config set lrs.endpoint URL", lectern::cli::setupConfig)
