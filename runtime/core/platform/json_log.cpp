#include "platform/json_log.h"

#include "platform/private_files.h"
#include "util/time_format.h"

#include <chrono>
#include <cstdio>
#include <unistd.h>
#include <ctime>

namespace lectern::platform {

JsonLog::~JsonLog() {
    if (m_owned && m_file) std::fclose(m_file);
}

bool JsonLog::open(const std::string& target, std::string& error) {
    if (target.empty()) return true;
    if (target == "-") {
        m_file = stderr;
        return true;
    }
    // 0600: the log is the account's own, like its progress.
    int fd = openPrivateForAppend(target);
    m_file = fd >= 0 ? fdopen(fd, "a") : nullptr;
    if (!m_file) {
        if (fd >= 0) ::close(fd);
        error = "cannot open log file " + target + " for writing";
        return false;
    }
    m_owned = true;
    return true;
}

void JsonLog::write(std::string_view event, std::string_view fieldsJson) {
    if (!m_file) return;
    std::string_view inner = fieldsJson;
    if (inner.size() >= 2 && inner.front() == '{' && inner.back() == '}') inner = inner.substr(1, inner.size() - 2);
    std::string line = "{\"ts\":\"" + isoTimestampUtc() + "\",\"event\":\"" + std::string(event) + "\"";
    if (!inner.empty()) line += "," + std::string(inner);
    line += "}";
    writeLine(line);
}

void JsonLog::writeLine(std::string_view objectJson) {
    if (!m_file) return;
    std::lock_guard lock(m_mutex);
    std::fwrite(objectJson.data(), 1, objectJson.size(), m_file);
    std::fputc('\n', m_file);
    std::fflush(m_file);
}

std::string isoTimestampUtc() { return util::isoUtc(util::nowMs()); }

} // namespace lectern::platform
