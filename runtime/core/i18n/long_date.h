// A calendar date in words in the interface's language ("3 December 2026", "3 décembre 2026",
// "2026年12月3日"): one whole format per month, so each language writes its own order.
#pragma once
#include "util/iso_date.h"

#include <cstdint>
#include <string>

namespace lectern::i18n {

std::string longDate(const IsoDate& date);

// A moment in local time for a learner to read: its date in words and its hour ("4 December 2026
// at 02:57", "4 décembre 2026 à 02:57").
std::string longDateTime(int64_t epochMs);

} // namespace lectern::i18n
