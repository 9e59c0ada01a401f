#include "util/time_format.h"

#include <chrono>
#include <cstdio>
#include <cctype>
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

// Epoch milliseconds of a UTC calendar time (fields as people write them: month 1-12).
static int64_t utcMs(int y, int mo, int d, int h, int mi, int s) {
    std::tm tm{};
    tm.tm_year = y - 1900;
    tm.tm_mon = mo - 1;
    tm.tm_mday = d;
    tm.tm_hour = h;
    tm.tm_min = mi;
    tm.tm_sec = s;
    return int64_t(timegm(&tm)) * 1000;
}

std::optional<int64_t> parseIsoTimestamp(const std::string& text) {
    int y, mo, d, h, mi, sec, used = 0;
    if (std::sscanf(text.c_str(), "%4d-%2d-%2dT%2d:%2d:%2d%n", &y, &mo, &d, &h, &mi, &sec, &used) != 6 || used != 19)
        return std::nullopt;
    if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || sec > 60) return std::nullopt;
    size_t i = 19;
    int64_t millis = 0;
    if (i < text.size() && text[i] == '.') {
        int digits = 0;
        for (++i; i < text.size() && std::isdigit(static_cast<unsigned char>(text[i])); ++i, ++digits)
            if (digits < 3) millis = millis * 10 + (text[i] - '0');
        if (digits == 0) return std::nullopt;
        for (int k = digits; k < 3; ++k) millis *= 10;
    }
    int64_t offsetMinutes = 0;
    if (i < text.size() && (text[i] == 'Z' || text[i] == 'z')) {
        ++i;
    } else if (i < text.size() && (text[i] == '+' || text[i] == '-')) {
        int oh = 0, om = 0, n = 0;
        if (std::sscanf(text.c_str() + i + 1, "%2d:%2d%n", &oh, &om, &n) != 2 || n != 5) return std::nullopt;
        offsetMinutes = (text[i] == '-' ? -1 : 1) * (oh * 60 + om);
        i += 6;
    } else {
        return std::nullopt;  // xAPI asks for a time zone; a local time is ambiguous
    }
    if (i != text.size()) return std::nullopt;
    return utcMs(y, mo, d, h, mi, sec) - offsetMinutes * 60 * 1000 + millis;
}

std::optional<int64_t> parseCompactUtc(const std::string& text) {
    int y, mo, d, h, mi, s, ms, used = 0;
    if (std::sscanf(text.c_str(), "%4d%2d%2dT%2d%2d%2d%3dZ%n", &y, &mo, &d, &h, &mi, &s, &ms, &used) != 7 || used != 19)
        return std::nullopt;
    return utcMs(y, mo, d, h, mi, s) + ms;
}

} // namespace lectern::util
