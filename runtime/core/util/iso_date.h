// Calendar dates written as ISO 8601 days ("2026-12-01"): the `reviewed:` date of a module.
#pragma once
#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace lectern {

struct IsoDate {
    int year = 0;
    int month = 0;  // 1-12
    int day = 0;    // 1-31
    auto operator<=>(const IsoDate&) const = default;
};

// `text` is exactly YYYY-MM-DD. Returns nullopt for any other form; `*real` (when given) is set
// to false for a well-formed day that does not exist (2026-02-30), so the message can say which.
std::optional<IsoDate> parseIsoDate(std::string_view text, bool* real = nullptr);

// Today in UTC, from the system clock.
IsoDate todayUtc();

std::string formatIsoDate(const IsoDate& d);   // "2026-12-01"
std::string formatLongDate(const IsoDate& d);  // "1 December 2026", as the course writes dates

} // namespace lectern
