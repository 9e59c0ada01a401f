// Time helpers for the store: epoch milliseconds, ISO 8601 for logs and xAPI, and a short
// local time a learner recognises. They live in util/time_format.h (one formatter for all of
// Lectern); these names keep the store's callers short.
#pragma once
#include "util/time_format.h"

namespace lectern::store {
using util::compactUtc;
using util::isoUtc;
using util::localTimeForHumans;
using util::nowMs;
} // namespace lectern::store
