#include "util/time_format.h"

#include <chrono>
#include <cstdio>
#include <ctime>

namespace lectern::util {
namespace {

// Floor division, so a time before 1970 still gets milliseconds in 0..999.
std::tm parts(int64_t ms, bool utc, int& millis) {
    int64_t seconds = ms / 1000;
    millis = int(ms % 1000);
    if (millis < 0) millis += 1000, --seconds;
    const std::time_t t = static_cast<std::time_t>(seconds);
    std::tm tm{};
    if (utc) gmtime_r(&t, &tm);
    else localtime_r(&t, &tm);
    return tm;
}

std::string format(int64_t ms, bool utc, const char* pattern, bool withMillis, const char* millisPattern = "") {
    int millis = 0;
    const std::tm tm = parts(ms, utc, millis);
    char buf[96];
    size_t n = std::strftime(buf, sizeof buf, pattern, &tm);
    std::string out(buf, n);
    if (withMillis) {
        std::snprintf(buf, sizeof buf, millisPattern, millis);
        out += buf;
    }
    return out;
}

} // namespace

int64_t nowMs() {
    using namespace std::chrono;
    return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

std::string isoUtc(int64_t ms) { return format(ms, true, "%Y-%m-%dT%H:%M:%S", true, ".%03dZ"); }
std::string compactUtc(int64_t ms) { return format(ms, true, "%Y%m%dT%H%M%S", true, "%03dZ"); }
std::string localDateMinutes(int64_t ms) { return format(ms, false, "%Y-%m-%d %H:%M", false); }
std::string localTimeForHumans(int64_t ms) { return format(ms, false, "%H:%M on %d %b %Y", false); }

} // namespace lectern::util
