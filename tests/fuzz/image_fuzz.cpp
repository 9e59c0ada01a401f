// libFuzzer target for the image decoder (runtime/core/load/image_decode): any bytes must be
// refused or decoded without a crash, a hang, a leak or undefined behaviour, within bounded
// memory. The first byte picks small or default limits, so the downscaling paths run on
// small inputs too. Seeds: tests/fuzz/image_corpus/ (tiny PNGs and JPEGs of every kind).
// Run: build-fuzz/image_fuzz -max_total_time=60 tests/fuzz/image_corpus
#include "load/image_decode.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size == 0) return 0;
    const std::string_view bytes(reinterpret_cast<const char*>(data) + 1, size - 1);
    lectern::ImageLimits limits;
    if (data[0] & 1) {  // small limits: every image is downscaled, large ones refused
        limits.maxSide = 4096;
        limits.maxSourcePixels = 4096u * 1024u;
        limits.maxDecodedWidth = 1 + data[0] / 8;
        limits.maxDecodedBytes = 4096;
    }
    const lectern::ImageInfo info = lectern::probeImageBytes(bytes, limits);
    const lectern::DecodedImage image = lectern::decodeImageBytes(bytes, limits);
    // What the header promised, the decode keeps: both succeed or both name a problem.
    if (image.ok && (!info.ok || image.sourceWidth != info.width || image.sourceHeight != info.height)) __builtin_trap();
    if (image.ok && image.rgba.size() != size_t(image.width) * size_t(image.height) * 4) __builtin_trap();
    return 0;
}
