// pin_bench: what checking a PIN costs on this machine at the limits Lectern uses
// (argon2id, libsodium OPSLIMIT_INTERACTIVE / MEMLIMIT_INTERACTIVE; session/profile_auth.h),
// and at the lower memory limits it falls back to when that memory cannot be allocated.
// Prints 'name value unit' lines for tools/bench.
#include "bench_timing.h"

#include "session/pin.h"
#include "session/profile_auth.h"

#include <cstdio>

using namespace lectern::session;

namespace {

// Median time of `runs` checks of the right PIN against a hash made at `limits`.
double checkMs(PinHashLimits limits, int runs) {
    Pin pin = Pin::fromDigits("482913");
    auto hash = hashPinWithLimits(pin, limits);
    if (!hash) return -1;
    std::vector<double> ms;
    for (int i = 0; i < runs; ++i) {
        auto t = bench::Clock::now();
        if (!pinMatches(pin, *hash)) return -1;
        ms.push_back(bench::msSince(t));
    }
    return bench::percentile(ms, 0.5);
}

} // namespace

int main() {
    const PinHashLimits preferred = preferredPinLimits();
    std::printf("# argon2id opslimit %llu, memlimit %zu MiB\n", preferred.opsLimit, preferred.memLimit >> 20);
    std::printf("pin_check_interactive_ms %.1f ms\n", checkMs(preferred, 9));
    std::printf("pin_check_fallback_16MiB_ms %.1f ms\n", checkMs({preferred.opsLimit, preferred.memLimit / 4}, 9));
    auto t = bench::Clock::now();
    auto hash = hashPin(Pin::fromDigits("482913"));
    std::printf("pin_hash_interactive_ms %.1f ms\n", hash ? bench::msSince(t) : -1.0);
    return hash ? 0 : 1;
}
