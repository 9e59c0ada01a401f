// The outbox's state in words, for `lectern sync --status` and the facilitator's panel:
//   "312 records waiting, last sent 14:02, LRS unreachable since 13:40"
// and as JSON for `--status --format json`. Times are the machine's local time.
#pragma once
#include "sync/outbox.h"

#include <nlohmann/json.hpp>
#include <string>

namespace lectern::sync {

// One line; `nowMs` decides whether a time needs its date ("2 Dec 14:02" when not today).
std::string statusSummary(const OutboxStatus& status, int64_t nowMs);

nlohmann::json statusJson(const OutboxStatus& status);

// "14:02" today, "2026-11-30 14:02" another day.
std::string localTimeLabel(int64_t ms, int64_t nowMs);

} // namespace lectern::sync
