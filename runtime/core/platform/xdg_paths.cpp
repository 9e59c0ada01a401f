#include "platform/xdg_paths.h"

#include "platform/private_files.h"

#include <cstdlib>
#include <system_error>

namespace lectern::platform {
namespace {

// XDG says: use the variable when it is set to an absolute path, else the default under HOME.
std::filesystem::path baseDir(const char* variable, const char* homeRelativeDefault) {
    const char* value = std::getenv(variable);
    if (value && value[0] == '/') return value;
    const char* home = std::getenv("HOME");
    std::filesystem::path base = (home && home[0]) ? home : "/tmp";
    return base / homeRelativeDefault;
}

} // namespace

std::filesystem::path dataDir() { return baseDir("XDG_DATA_HOME", ".local/share") / "lectern"; }
std::filesystem::path configDir() { return baseDir("XDG_CONFIG_HOME", ".config") / "lectern"; }
std::filesystem::path defaultDatabasePath() { return dataDir() / "progress.db"; }

bool ensureDir(const std::filesystem::path& dir, std::string& error) {
    std::error_code ec;
    createPrivateDirectories(dir, ec);  // 0700, as XDG asks
    if (ec && !std::filesystem::is_directory(dir)) {
        error = "cannot create folder " + dir.string() + ": " + ec.message();
        return false;
    }
    return true;
}

} // namespace lectern::platform
