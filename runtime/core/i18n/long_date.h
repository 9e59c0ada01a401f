// A calendar date in words in the interface's language ("3 December 2026", "3 décembre 2026",
// "2026年12月3日"): one whole format per month, so each language writes its own order.
#pragma once
#include "util/iso_date.h"

#include <string>

namespace lectern::i18n {

std::string longDate(const IsoDate& date);

} // namespace lectern::i18n
