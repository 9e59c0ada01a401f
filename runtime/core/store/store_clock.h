// Time helpers for the store: epoch milliseconds, ISO 8601 for logs and xAPI, and a short
// local time a learner recognises ("14:02, 23 Nov").
#pragma once
#include <cstdint>
#include <string>

namespace lectern::store {
int64_t nowMs();
std::string isoUtc(int64_t ms);          // 2026-11-23T19:02:11.123Z
std::string compactUtc(int64_t ms);      // 20261123T190211123Z: sortable, safe in file names
std::string localTimeForHumans(int64_t ms);
}
