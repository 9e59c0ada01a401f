// Decoding a module's images: PNG and JPEG only, recognised by their signature bytes (never by
// the file's extension), with libpng and libjpeg-turbo. Everything else is refused with a
// message. Sizes are bounded: an image wider or larger than what the reader can draw is
// downscaled while it is decoded (libjpeg's DCT scaling, then a box filter over rows read one
// at a time), so a 260 KB PNG of 16384 x 16384 pixels never needs its 1 GiB of pixels; beyond
// the limits below it is refused.
//
// Used by the loader (the header: is it an image the reader can show, and how big), by
// `lectern check` (a full decode: truncated and damaged files too) and by the reader's decode
// worker. Never called on the UI thread. Thread-safe: no state between calls.
#pragma once
#include <atomic>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace lectern {

enum class ImageFormat { Unknown, Png, Jpeg };

struct ImageLimits {
    int maxSide = 32768;                                      // wider or taller: refused
    uint64_t maxSourcePixels = uint64_t(16384) * 16384;       // more pixels: refused (too slow to decode)
    size_t maxFileBytes = 64u * 1024u * 1024u;                // a larger file: refused
    int maxDecodedWidth = 2048;                               // wider images are downscaled to this...
    size_t maxDecodedBytes = 32u * 1024u * 1024u;             // ...and to at most this much RGBA
};

// What the header says. `error` completes "image 'x.png' ...": "is not a PNG or JPEG file...".
struct ImageInfo {
    bool ok = false;
    ImageFormat format = ImageFormat::Unknown;
    int width = 0, height = 0;  // the image's own size
    std::string error;
};

struct DecodedImage {
    bool ok = false;
    int width = 0, height = 0;              // of `rgba` (smaller than the source when downscaled)
    int sourceWidth = 0, sourceHeight = 0;  // the image's own size
    std::vector<unsigned char> rgba;        // width * height * 4 bytes, straight alpha
    std::string error;                      // as ImageInfo::error
};

// By signature: PNG (89 'PNG' 0D 0A 1A 0A), JPEG (FF D8 FF), else Unknown.
ImageFormat sniffImageFormat(std::string_view bytes);

// The integer factor an image of w x h is divided by to fit the limits (1: full size).
int imageDownscaleFactor(int width, int height, const ImageLimits& limits = {});

// The header only (reads the start of the file; all of it for a JPEG whose header is far in).
ImageInfo probeImageFile(const std::string& path, const ImageLimits& limits = {});
ImageInfo probeImageBytes(std::string_view bytes, const ImageLimits& limits = {});

// The whole image, as RGBA8. `cancel` (may be null) is polled between rows: when it becomes
// true the decode stops and fails with "cancelled".
DecodedImage decodeImageFile(const std::string& path, const ImageLimits& limits = {},
                             const std::atomic<bool>* cancel = nullptr);
DecodedImage decodeImageBytes(std::string_view bytes, const ImageLimits& limits = {},
                              const std::atomic<bool>* cancel = nullptr);

} // namespace lectern
