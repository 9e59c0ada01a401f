#include "i18n/long_date.h"

#include "i18n/tr.h"

#include <ctime>

namespace lectern::i18n {

std::string longDate(const IsoDate& d) {
    // TRANSLATORS: the day, then the year (%1$d, %2$d if your language puts the year first).
    static const char* const kMonths[] = {N_("%d January %d"), N_("%d February %d"), N_("%d March %d"),
                                          N_("%d April %d"),   N_("%d May %d"),      N_("%d June %d"),
                                          N_("%d July %d"),    N_("%d August %d"),   N_("%d September %d"),
                                          N_("%d October %d"), N_("%d November %d"), N_("%d December %d")};
    if (d.month < 1 || d.month > 12) return formatIsoDate(d);
    return formatText(tr(kMonths[d.month - 1]), d.day, d.year);
}

std::string longDateTime(int64_t epochMs) {
    const std::time_t t = static_cast<std::time_t>(epochMs / 1000);
    std::tm local{};
    if (!localtime_r(&t, &local)) return {};
    char hour[8];
    std::snprintf(hour, sizeof hour, "%02d:%02d", local.tm_hour, local.tm_min);
    // TRANSLATORS: %1$s a date in words ("4 December 2026"), %2$s the hour ("02:57").
    return formatText(tr("%1$s at %2$s"), longDate({local.tm_year + 1900, local.tm_mon + 1, local.tm_mday}).c_str(), hour);
}

} // namespace lectern::i18n
