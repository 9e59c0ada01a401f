#include "i18n/long_date.h"

#include "i18n/tr.h"

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

} // namespace lectern::i18n
