// Where a machine's learning record store is, and how to sign in to it, kept beside the
// learner's settings in $XDG_CONFIG_HOME/lectern/ (docs/sync.md):
//   lrs.conf    "name = value" lines: lrs.endpoint, lrs.key, lrs.allow_http; mode 0600
//   lrs.secret  the secret alone, mode 0600; never in the progress file, a log or a report
// `lectern config set|get` writes and reads them; the sync worker and `lectern sync` read them.
#pragma once
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace lectern::sync {

struct LrsConfig {
    std::string endpoint;    // the xAPI base, e.g. https://lrs.example.org/data/xAPI (no trailing /)
    std::string key;         // HTTP Basic user
    std::string secret;      // HTTP Basic password
    bool allowHttp = false;  // plain http:// to a host that is not this machine
    bool isConfigured() const { return !endpoint.empty(); }
};

// The names `lectern config` knows, in the order `config get` prints them.
const std::vector<std::string>& lrsSettingNames();  // lrs.endpoint, lrs.key, lrs.secret, lrs.allow_http

std::filesystem::path defaultLrsConfigDir();  // platform::configDir()

// Reads the configuration; a missing folder or file gives an empty configuration. Unknown
// names and malformed lines are errors naming the file and line.
struct LrsConfigRead {
    LrsConfig config;
    std::string error;
};
LrsConfigRead readLrsConfig(const std::filesystem::path& dir);

// Sets one value (lrs.secret goes to its own file). Values are checked first: a bad endpoint
// is refused with what to do and nothing is written.
bool setLrsValue(const std::filesystem::path& dir, const std::string& name, const std::string& value, std::string& error);

// Empty when the endpoint may be used; else why not and what to do. Plain http:// only to a
// loopback host (127.0.0.0/8, ::1, localhost) unless allowHttp.
std::string endpointProblem(const std::string& endpoint, bool allowHttp);

// "http://127.0.0.1:8080" of "http://127.0.0.1:8080/data/xAPI": an LRS's `more` links are
// relative to the host, not to the endpoint.
std::string hostOf(const std::string& endpoint);

} // namespace lectern::sync
