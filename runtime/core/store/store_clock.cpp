#include "store/store_clock.h"

#include <chrono>
#include <cstdio>
#include <ctime>

namespace lectern::store {

int64_t nowMs() {
    using namespace std::chrono;
    return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

static std::tm utcParts(int64_t ms) {
    std::time_t seconds = std::time_t(ms / 1000);
    std::tm parts{};
    gmtime_r(&seconds, &parts);
    return parts;
}

std::string isoUtc(int64_t ms) {
    std::tm t = utcParts(ms);
    char buf[96];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", t.tm_year + 1900, t.tm_mon + 1,
                  t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec, int(ms % 1000));
    return buf;
}

std::string compactUtc(int64_t ms) {
    std::tm t = utcParts(ms);
    char buf[96];
    std::snprintf(buf, sizeof buf, "%04d%02d%02dT%02d%02d%02d%03dZ", t.tm_year + 1900, t.tm_mon + 1, t.tm_mday,
                  t.tm_hour, t.tm_min, t.tm_sec, int(ms % 1000));
    return buf;
}

std::string localTimeForHumans(int64_t ms) {
    std::time_t seconds = std::time_t(ms / 1000);
    std::tm t{};
    localtime_r(&seconds, &t);
    char buf[64];
    std::strftime(buf, sizeof buf, "%H:%M on %d %b %Y", &t);
    return buf;
}

} // namespace lectern::store
