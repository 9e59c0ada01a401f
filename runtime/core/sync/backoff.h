// How long to wait before trying an unreachable LRS again: exponential back-off with "full
// jitter" (a random wait between half and all of the doubled delay), so a room of machines
// that lost the network together does not come back in one burst.
#pragma once
#include <algorithm>
#include <cstdint>
#include <random>

namespace lectern::sync {

struct Backoff {
    int64_t firstMs = 1000;
    int64_t capMs = 5 * 60 * 1000;
    int failures = 0;

    // The wait after one more failure.
    int64_t nextDelayMs(std::mt19937_64& random) {
        const int64_t ceiling = std::min(capMs, firstMs << std::min(failures, 20));
        ++failures;
        std::uniform_int_distribution<int64_t> pick(ceiling / 2, ceiling);
        return pick(random);
    }
    void reset() { failures = 0; }
};

} // namespace lectern::sync
