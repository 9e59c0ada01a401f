// ISO dates. See iso_date.h.
#include "util/iso_date.h"

#include <chrono>
#include <cstdio>

namespace lectern {

std::optional<IsoDate> parseIsoDate(std::string_view t, bool* real) {
    if (real) *real = true;
    if (t.size() != 10 || t[4] != '-' || t[7] != '-') return std::nullopt;
    int v[3] = {0, 0, 0};
    const size_t start[3] = {0, 5, 8}, len[3] = {4, 2, 2};
    for (int part = 0; part < 3; ++part)
        for (size_t i = start[part]; i < start[part] + len[part]; ++i) {
            if (t[i] < '0' || t[i] > '9') return std::nullopt;
            v[part] = v[part] * 10 + (t[i] - '0');
        }
    const std::chrono::year_month_day ymd{std::chrono::year{v[0]}, std::chrono::month{unsigned(v[1])},
                                          std::chrono::day{unsigned(v[2])}};
    if (!ymd.ok()) {
        if (real) *real = false;
        return std::nullopt;
    }
    return IsoDate{v[0], v[1], v[2]};
}

IsoDate todayUtc() {
    const std::chrono::year_month_day ymd{std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now())};
    return {int(ymd.year()), int(unsigned(ymd.month())), int(unsigned(ymd.day()))};
}

std::string formatIsoDate(const IsoDate& d) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
    return buf;
}

std::string formatLongDate(const IsoDate& d) {
    static const char* const kMonths[] = {"January", "February", "March",     "April",   "May",      "June",
                                          "July",    "August",   "September", "October", "November", "December"};
    if (d.month < 1 || d.month > 12) return formatIsoDate(d);
    return std::to_string(d.day) + " " + kMonths[d.month - 1] + " " + std::to_string(d.year);
}

} // namespace lectern
