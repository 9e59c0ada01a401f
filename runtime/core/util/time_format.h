// The one place that turns epoch milliseconds into text: ISO 8601 in UTC for logs, records and
// xAPI, a compact sortable form for file names, and local times a learner reads.
#pragma once
#include <cstdint>
#include <optional>
#include <string>

namespace lectern::util {

int64_t nowMs();                             // milliseconds since the Unix epoch (system clock)
std::string isoUtc(int64_t ms);              // 2026-11-23T19:02:11.123Z
std::string compactUtc(int64_t ms);          // 20261123T190211123Z: sortable, safe in file names
std::string localDateMinutes(int64_t ms);    // 2026-11-23 19:02, local time
std::string localTimeForHumans(int64_t ms);  // 19:02 on 23 Nov 2026, local time

// An ISO 8601 timestamp as xAPI writes them ("2026-11-23T19:02:11.123Z", "...+02:00", any
// number of fraction digits) in epoch milliseconds; nullopt when it is not one.
std::optional<int64_t> parseIsoTimestamp(const std::string& text);
// compactUtc's text back in epoch milliseconds (backup file names); nullopt when it is not one.
std::optional<int64_t> parseCompactUtc(const std::string& text);

} // namespace lectern::util
