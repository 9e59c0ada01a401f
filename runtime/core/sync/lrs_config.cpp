#include "sync/lrs_config.h"

#include "platform/private_files.h"
#include "platform/xdg_paths.h"
#include "util/url_parts.h"

#include <fstream>
#include <sstream>

namespace lectern::sync {

namespace fs = std::filesystem;

namespace {

const char* kConfFile = "lrs.conf";
const char* kSecretFile = "lrs.secret";

std::string trim(const std::string& s) {
    size_t b = s.find_first_not_of(" \t\r\n"), e = s.find_last_not_of(" \t\r\n");
    return b == std::string::npos ? std::string() : s.substr(b, e - b + 1);
}

std::optional<bool> parseBool(const std::string& v) {
    if (v == "true" || v == "yes" || v == "1") return true;
    if (v == "false" || v == "no" || v == "0") return false;
    return std::nullopt;
}

bool readFile(const fs::path& path, std::string& text) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return false;
    std::ostringstream s;
    s << in.rdbuf();
    text = s.str();
    return true;
}

bool isLoopback(const std::string& host) {
    if (host == "localhost" || host == "::1" || host == "[::1]") return true;
    // 127.0.0.0/8 written as four decimal numbers.
    int parts = 0;
    std::istringstream in(host);
    std::string part;
    bool first127 = false;
    while (std::getline(in, part, '.')) {
        if (part.empty() || part.size() > 3 || part.find_first_not_of("0123456789") != std::string::npos) return false;
        if (parts == 0) first127 = part == "127";
        ++parts;
    }
    return parts == 4 && first127;
}

std::string lower(std::string s) {
    for (char& c : s) c = char(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

} // namespace

const std::vector<std::string>& lrsSettingNames() {
    static const std::vector<std::string> names = {"lrs.endpoint", "lrs.key", "lrs.secret", "lrs.allow_http"};
    return names;
}

fs::path defaultLrsConfigDir() { return platform::configDir(); }

std::string hostOf(const std::string& endpoint) {
    size_t start = endpoint.find("://");
    if (start == std::string::npos) return endpoint;
    size_t end = endpoint.find('/', start + 3);
    return end == std::string::npos ? endpoint : endpoint.substr(0, end);
}

std::string endpointProblem(const std::string& endpoint, bool allowHttp) {
    const std::string l = lower(endpoint);
    const bool https = l.rfind("https://", 0) == 0, http = l.rfind("http://", 0) == 0;
    if (!https && !http)
        return "the LRS endpoint must start with https:// (or http:// for this machine), e.g. "
               "https://lrs.example.org/data/xAPI";
    const UrlParts parts = splitUrl(endpoint);
    const std::string& host = parts.hostAscii.empty() ? parts.host : parts.hostAscii;
    if (!parts.userinfo.empty()) return "the LRS endpoint carries a user name: set it with `lectern config set lrs.key KEY` instead";
    if (host.empty()) return "the LRS endpoint names no host: " + endpoint;
    if (endpoint.find_first_of(" \t\r\n") != std::string::npos) return "the LRS endpoint contains a space";
    if (l.find('?') != std::string::npos || l.find('#') != std::string::npos)
        return "the LRS endpoint is the xAPI base address, without ?query or #fragment";
    if (http && !allowHttp && !isLoopback(host))
        return "plain http:// sends the LRS secret and learners' records unencrypted; use https://, or, on a "
               "network you trust, `lectern config set lrs.allow_http true`";
    return {};
}

LrsConfigRead readLrsConfig(const fs::path& dir) {
    LrsConfigRead r;
    std::string text;
    const fs::path conf = dir / kConfFile;
    if (readFile(conf, text)) {
        std::istringstream in(text);
        std::string line;
        int lineNo = 0;
        while (std::getline(in, line)) {
            ++lineNo;
            line = trim(line);
            if (line.empty() || line[0] == '#') continue;
            size_t eq = line.find('=');
            const std::string where = conf.string() + ":" + std::to_string(lineNo) + ": ";
            if (eq == std::string::npos) {
                r.error = where + "expected \"name = value\"; fix it with `lectern config set NAME VALUE`";
                return r;
            }
            std::string name = trim(line.substr(0, eq)), value = trim(line.substr(eq + 1));
            if (name == "lrs.endpoint") {
                while (!value.empty() && value.back() == '/') value.pop_back();
                r.config.endpoint = value;
            } else if (name == "lrs.key") {
                r.config.key = value;
            } else if (name == "lrs.allow_http") {
                auto b = parseBool(value);
                if (!b) {
                    r.error = where + "lrs.allow_http is true or false";
                    return r;
                }
                r.config.allowHttp = *b;
            } else {
                r.error = where + "unknown setting \"" + name + "\" (known: lrs.endpoint, lrs.key, lrs.allow_http)";
                return r;
            }
        }
    }
    if (readFile(dir / kSecretFile, text)) {
        while (!text.empty() && (text.back() == '\n' || text.back() == '\r')) text.pop_back();
        r.config.secret = text;
    }
    return r;
}

bool setLrsValue(const fs::path& dir, const std::string& name, const std::string& rawValue, std::string& error) {
    std::string value = trim(rawValue);
    std::error_code ec;
    platform::createPrivateDirectories(dir, ec);
    if (ec) {
        error = "cannot create " + dir.string() + ": " + ec.message();
        return false;
    }
    if (name == "lrs.secret") {
        if (value.find('\n') != std::string::npos) {
            error = "the secret is one line";
            return false;
        }
        return platform::writePrivateFile((dir / kSecretFile).string(), value + "\n", error);
    }
    LrsConfigRead current = readLrsConfig(dir);
    if (!current.error.empty()) {
        error = current.error;
        return false;
    }
    LrsConfig c = current.config;
    if (name == "lrs.endpoint") {
        while (!value.empty() && value.back() == '/') value.pop_back();
        if (std::string problem = endpointProblem(value, c.allowHttp); !problem.empty()) {
            error = problem;
            return false;
        }
        c.endpoint = value;
    } else if (name == "lrs.key") {
        if (value.find_first_of(":\n") != std::string::npos) {
            error = "the key cannot contain ':' or a line break (HTTP Basic authentication)";
            return false;
        }
        c.key = value;
    } else if (name == "lrs.allow_http") {
        auto b = parseBool(value);
        if (!b) {
            error = "lrs.allow_http is true or false";
            return false;
        }
        c.allowHttp = *b;
    } else {
        error = "unknown setting \"" + name + "\"; the settings are lrs.endpoint, lrs.key, lrs.secret, lrs.allow_http";
        return false;
    }
    std::string text = "# Lectern's learning record store (lectern config set NAME VALUE). The secret is in lrs.secret.\n";
    if (!c.endpoint.empty()) text += "lrs.endpoint = " + c.endpoint + "\n";
    if (!c.key.empty()) text += "lrs.key = " + c.key + "\n";
    if (c.allowHttp) text += "lrs.allow_http = true\n";
    return platform::writePrivateFile((dir / kConfFile).string(), text, error);
}

} // namespace lectern::sync
