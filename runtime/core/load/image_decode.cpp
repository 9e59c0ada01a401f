// Image decoding with libpng and libjpeg-turbo. See image_decode.h.
//
// Index
//   [SECTION] Limits, messages and the box filter
//   [SECTION] PNG
//   [SECTION] JPEG
//   [SECTION] Public API
//
// Both libraries report errors by longjmp. The functions that call setjmp keep every C++
// object in a context owned by their caller, so a longjmp skips no destructor.
#include "load/image_decode.h"

#include "util/file_read.h"

#include <algorithm>
#include <csetjmp>
#include <cstdio>  // jpeglib.h needs FILE and size_t first
#include <cstring>
#include <jpeglib.h>
#include <jerror.h>  // the warning codes: a truncated file is only a warning to libjpeg
#include <new>
#include <png.h>

namespace lectern {
namespace {

//-----------------------------------------------------------------------------
// [SECTION] Limits, messages and the box filter
//-----------------------------------------------------------------------------

constexpr size_t kHeadBytes = 256 * 1024;           // what a header probe reads first
constexpr long kJpegMaxMemory = 256L * 1024 * 1024;  // libjpeg's own buffers (progressive files)
constexpr int kJpegMaxScans = 200;                   // a progressive file has about 10
constexpr int kJpegMaxWarnings = 100;

std::string pixels(int w, int h) { return std::to_string(w) + " x " + std::to_string(h) + " pixels"; }

// Empty when an image of w x h can be shown (downscaled if need be).
std::string sizeProblem(int w, int h, const ImageLimits& lim) {
    if (w <= 0 || h <= 0) return "has no pixels (its header says " + pixels(w, h) + "); re-export it";
    if (w > lim.maxSide || h > lim.maxSide || uint64_t(w) * uint64_t(h) > lim.maxSourcePixels)
        return "is too large to show: " + pixels(w, h) + " (the reader takes up to " + std::to_string(lim.maxSide) +
               " pixels a side and " + std::to_string(lim.maxSourcePixels / 1000000) +
               " megapixels); scale it down, for example to 2048 pixels wide";
    return {};
}

std::string truncatedMessage() {
    return "is truncated: the file ends before the image does; copy it again or re-export it";
}

// Averages k x k blocks of RGBA rows, given one at a time, into the output image. Colour is
// weighted by alpha so that transparent pixels do not darken their neighbours.
class BoxDownscaler {
public:
    void start(int srcW, int srcH, int k, std::vector<unsigned char>& out) {
        m_srcW = srcW;
        m_srcH = srcH;
        m_k = k;
        m_outW = (srcW + k - 1) / k;
        m_row = 0;
        m_out = &out;
        out.assign(size_t(m_outW) * size_t((srcH + k - 1) / k) * 4, 0);
        m_sum.assign(k == 1 ? 0 : size_t(m_outW) * 4, 0);
    }
    int outWidth() const { return m_outW; }
    int outHeight() const { return (m_srcH + m_k - 1) / m_k; }

    void addRow(const unsigned char* rgba) {
        if (m_row >= m_srcH) return;
        if (m_k == 1) {
            std::memcpy(m_out->data() + size_t(m_row++) * size_t(m_srcW) * 4, rgba, size_t(m_srcW) * 4);
            return;
        }
        const unsigned char* p = rgba;
        for (int ox = 0, x = 0; ox < m_outW; ++ox) {
            uint64_t* s = &m_sum[size_t(ox) * 4];
            uint64_t r = 0, g = 0, b = 0, a = 0;
            for (const int end = std::min(m_srcW, x + m_k); x < end; ++x, p += 4) {
                r += p[0] * p[3];
                g += p[1] * p[3];
                b += p[2] * p[3];
                a += p[3];
            }
            s[0] += r;
            s[1] += g;
            s[2] += b;
            s[3] += a;
        }
        ++m_row;
        if (m_row % m_k == 0 || m_row == m_srcH) flushRow();
    }

private:
    void flushRow() {
        const int oy = (m_row - 1) / m_k;
        const uint64_t rows = uint64_t(m_row - oy * m_k);
        unsigned char* o = m_out->data() + size_t(oy) * size_t(m_outW) * 4;
        for (int ox = 0; ox < m_outW; ++ox, o += 4) {
            uint64_t* s = &m_sum[size_t(ox) * 4];
            const uint64_t n = rows * uint64_t(std::min(m_k, m_srcW - ox * m_k));
            if (s[3] > 0) {
                for (int c = 0; c < 3; ++c) o[c] = (unsigned char)((s[c] + s[3] / 2) / s[3]);
                o[3] = (unsigned char)((s[3] + n / 2) / n);
            }
            s[0] = s[1] = s[2] = s[3] = 0;
        }
    }

    int m_srcW = 0, m_srcH = 0, m_k = 1, m_outW = 0, m_row = 0;
    std::vector<unsigned char>* m_out = nullptr;
    std::vector<uint64_t> m_sum;
};

bool cancelled(const std::atomic<bool>* cancel) { return cancel && cancel->load(std::memory_order_relaxed); }

//-----------------------------------------------------------------------------
// [SECTION] PNG
//-----------------------------------------------------------------------------

struct PngContext {
    std::string_view bytes;
    size_t pos = 0;
    const std::atomic<bool>* cancel = nullptr;
    bool truncated = false, stopped = false;
    char message[256] = {};
    png_structp png = nullptr;
    png_infop info = nullptr;
    int width = 0, height = 0;
    bool interlaced = false;
    std::vector<unsigned char> row;
    std::vector<png_bytep> rows;
    BoxDownscaler box;

    PngContext() {
        png = png_create_read_struct(PNG_LIBPNG_VER_STRING, this, onError, onWarning);
        if (png) info = png_create_info_struct(png);
    }
    ~PngContext() {
        if (png) png_destroy_read_struct(&png, info ? &info : nullptr, nullptr);
    }
    PngContext(const PngContext&) = delete;
    PngContext& operator=(const PngContext&) = delete;

    static void onError(png_structp png, png_const_charp msg) {
        auto* c = static_cast<PngContext*>(png_get_error_ptr(png));
        if (!c->message[0]) std::snprintf(c->message, sizeof c->message, "%s", msg ? msg : "unknown error");
        png_longjmp(png, 1);
    }
    static void onWarning(png_structp, png_const_charp) {}
    static void onRead(png_structp png, png_bytep out, size_t n) {
        auto* c = static_cast<PngContext*>(png_get_io_ptr(png));
        if (c->bytes.size() - c->pos < n) {
            c->truncated = true;
            png_error(png, "the file ends early");
        }
        std::memcpy(out, c->bytes.data() + c->pos, n);
        c->pos += n;
    }

    std::string failure() const {
        if (stopped) return "cancelled";
        if (truncated) return truncatedMessage();
        return std::string("cannot be decoded as a PNG: ") + message + "; re-export it from an image editor";
    }
};

bool pngHeader(PngContext& c) {
    if (setjmp(png_jmpbuf(c.png))) return false;
    png_set_read_fn(c.png, &c, PngContext::onRead);
    png_set_chunk_malloc_max(c.png, 8u * 1024u * 1024u);  // text and ICC chunks
    png_read_info(c.png, c.info);
    c.width = int(png_get_image_width(c.png, c.info));
    c.height = int(png_get_image_height(c.png, c.info));
    c.interlaced = png_get_interlace_type(c.png, c.info) != PNG_INTERLACE_NONE;
    return true;
}

// Reads the pixels as RGBA8 into `out`, divided by k (1 for an interlaced image: libpng
// needs the whole image in memory to put its seven passes together).
bool pngPixels(PngContext& c, int k, std::vector<unsigned char>& out) {
    if (setjmp(png_jmpbuf(c.png))) return false;
    png_set_expand(c.png);  // palette, gray under 8 bits, tRNS -> 8-bit RGB(A)
    png_set_scale_16(c.png);
    png_set_gray_to_rgb(c.png);
    png_set_add_alpha(c.png, 0xFF, PNG_FILLER_AFTER);
    const int passes = png_set_interlace_handling(c.png);
    png_read_update_info(c.png, c.info);
    if (png_get_rowbytes(c.png, c.info) != size_t(c.width) * 4) png_error(c.png, "unexpected pixel layout");
    if (passes > 1) {
        out.assign(size_t(c.width) * size_t(c.height) * 4, 0);
        c.rows.resize(size_t(c.height));
        for (int y = 0; y < c.height; ++y) c.rows[size_t(y)] = out.data() + size_t(y) * size_t(c.width) * 4;
        png_read_image(c.png, c.rows.data());
        return true;
    }
    c.row.resize(size_t(c.width) * 4);
    c.box.start(c.width, c.height, k, out);
    for (int y = 0; y < c.height; ++y) {
        if (cancelled(c.cancel)) {
            c.stopped = true;
            png_error(c.png, "cancelled");
        }
        png_read_row(c.png, c.row.data(), nullptr);
        c.box.addRow(c.row.data());
    }
    return true;
}

// Empty when the header's image can be decoded within the limits.
std::string pngLimitProblem(const PngContext& c, const ImageLimits& lim) {
    if (std::string p = sizeProblem(c.width, c.height, lim); !p.empty()) return p;
    if (c.interlaced && imageDownscaleFactor(c.width, c.height, lim) > 1)
        return "is an interlaced PNG of " + pixels(c.width, c.height) +
               ", too large to show: an interlaced image cannot be downscaled row by row; save it without "
               "interlacing, or at most " + std::to_string(lim.maxDecodedWidth) + " pixels wide";
    return {};
}

//-----------------------------------------------------------------------------
// [SECTION] JPEG
//-----------------------------------------------------------------------------

struct JpegContext {
    jpeg_decompress_struct cinfo{};
    jpeg_error_mgr err{};
    jpeg_progress_mgr progress{};
    std::jmp_buf jump{};
    bool created = false;
    const std::atomic<bool>* cancel = nullptr;
    bool truncated = false, damaged = false, stopped = false, tooManyScans = false;
    int warnings = 0;
    char message[JMSG_LENGTH_MAX] = {};
    std::vector<unsigned char> row, rgbaRow;
    BoxDownscaler box;

    JpegContext() {
        cinfo.err = jpeg_std_error(&err);
        err.error_exit = onError;
        err.emit_message = onMessage;
        progress.progress_monitor = onProgress;
        cinfo.client_data = this;
    }
    ~JpegContext() {
        if (created) jpeg_destroy_decompress(&cinfo);
    }
    JpegContext(const JpegContext&) = delete;
    JpegContext& operator=(const JpegContext&) = delete;

    static JpegContext& of(j_common_ptr ci) { return *static_cast<JpegContext*>(ci->client_data); }
    [[noreturn]] static void onError(j_common_ptr ci) {
        JpegContext& c = of(ci);
        (*ci->err->format_message)(ci, c.message);
        std::longjmp(c.jump, 1);
    }
    static void onMessage(j_common_ptr ci, int level) {
        if (level >= 0) return;  // trace messages
        JpegContext& c = of(ci);
        const int code = ci->err->msg_code;
        if (code == JWRN_JPEG_EOF) c.truncated = true;
        else if (code == JWRN_HIT_MARKER || code == JWRN_HUFF_BAD_CODE || code == JWRN_ARITH_BAD_CODE ||
                 code == JWRN_MUST_RESYNC || code == JWRN_BOGUS_PROGRESSION || code == JWRN_NOT_SEQUENTIAL)
            c.damaged = true;
        else if (++c.warnings <= kJpegMaxWarnings) return;  // harmless: extraneous bytes, an old JFIF...
        if (!c.truncated) (*ci->err->format_message)(ci, c.message);
        std::longjmp(c.jump, 1);
    }
    static void onProgress(j_common_ptr ci) {
        JpegContext& c = of(ci);
        if (cancelled(c.cancel)) c.stopped = true;
        else if (ci->is_decompressor && reinterpret_cast<j_decompress_ptr>(ci)->input_scan_number > kJpegMaxScans)
            c.tooManyScans = true;
        else return;
        std::longjmp(c.jump, 1);
    }

    std::string failure() const {
        if (stopped) return "cancelled";
        if (truncated) return truncatedMessage();
        if (tooManyScans)
            return "cannot be decoded as a JPEG: it has more than " + std::to_string(kJpegMaxScans) +
                   " scans (a normal file has at most about 10); re-export it";
        if (damaged) return std::string("is a damaged JPEG (") + message + "); copy it again or re-export it";
        return std::string("cannot be decoded as a JPEG: ") + message + "; re-export it from an image editor";
    }
};

bool jpegHeader(JpegContext& c, std::string_view bytes) {
    if (setjmp(c.jump)) return false;
    jpeg_create_decompress(&c.cinfo);
    c.created = true;
    c.cinfo.client_data = &c;
    c.cinfo.mem->max_memory_to_use = kJpegMaxMemory;
    c.cinfo.progress = &c.progress;
    jpeg_mem_src(&c.cinfo, reinterpret_cast<const unsigned char*>(bytes.data()), static_cast<unsigned long>(bytes.size()));
    jpeg_read_header(&c.cinfo, TRUE);
    return true;
}

// The memory libjpeg needs for a progressive file: every DCT coefficient of the whole image.
uint64_t jpegCoefficientBytes(const jpeg_decompress_struct& ci) {
    if (!ci.progressive_mode) return 0;
    uint64_t bytes = 0;
    for (int i = 0; i < ci.num_components; ++i)
        bytes += uint64_t(ci.comp_info[i].width_in_blocks + 1) * uint64_t(ci.comp_info[i].height_in_blocks + 1) *
                 DCTSIZE2 * sizeof(JCOEF);
    return bytes;
}

std::string jpegLimitProblem(const JpegContext& c, const ImageLimits& lim) {
    const int w = int(c.cinfo.image_width), h = int(c.cinfo.image_height);
    if (std::string p = sizeProblem(w, h, lim); !p.empty()) return p;
    if (const uint64_t need = jpegCoefficientBytes(c.cinfo); need > uint64_t(kJpegMaxMemory))
        return "is a progressive JPEG of " + pixels(w, h) + ", too large to decode (it needs " +
               formatByteSize(size_t(need)) + " while being decoded); save it as a baseline JPEG or smaller";
    return {};
}

bool jpegPixels(JpegContext& c, int k, const ImageLimits& lim, std::vector<unsigned char>& out) {
    if (setjmp(c.jump)) return false;
    // libjpeg scales by 1/2, 1/4 or 1/8 while it decodes, at no cost; the box filter does the rest.
    unsigned denom = 1;
    while (denom < 8 && int(denom) * 2 <= k) denom *= 2;
    c.cinfo.scale_num = 1;
    c.cinfo.scale_denom = denom;
    const bool cmyk = c.cinfo.jpeg_color_space == JCS_CMYK || c.cinfo.jpeg_color_space == JCS_YCCK;
    c.cinfo.out_color_space = cmyk ? JCS_CMYK : JCS_EXT_RGBA;
    jpeg_calc_output_dimensions(&c.cinfo);
    const int ow = int(c.cinfo.output_width), oh = int(c.cinfo.output_height);
    c.row.resize(size_t(ow) * size_t(c.cinfo.output_components));
    c.rgbaRow.resize(size_t(ow) * 4);
    c.box.start(ow, oh, imageDownscaleFactor(ow, oh, lim), out);
    jpeg_start_decompress(&c.cinfo);
    while (c.cinfo.output_scanline < c.cinfo.output_height) {
        if (cancelled(c.cancel)) {
            c.stopped = true;
            return false;
        }
        JSAMPROW r = c.row.data();
        if (jpeg_read_scanlines(&c.cinfo, &r, 1) != 1) break;
        if (cmyk) {  // Adobe's inverted CMYK, as Photoshop writes it
            for (int x = 0; x < ow; ++x) {
                const unsigned char* p = &c.row[size_t(x) * 4];
                unsigned char* q = &c.rgbaRow[size_t(x) * 4];
                for (int i = 0; i < 3; ++i) q[i] = (unsigned char)((p[i] * p[3] + 127) / 255);
                q[3] = 255;
            }
            c.box.addRow(c.rgbaRow.data());
        } else {
            c.box.addRow(c.row.data());
        }
    }
    return true;
}

//-----------------------------------------------------------------------------
// [SECTION] Public API
//-----------------------------------------------------------------------------

std::string notAnImage() {
    return "is not a PNG or JPEG file (its first bytes are neither signature, whatever its name says); the "
           "reader shows only PNG and JPEG images: convert it to one of them";
}

// `complete`: the bytes are the whole file (else a truncated JPEG header may lie further in).
ImageInfo probe(std::string_view bytes, const ImageLimits& lim, bool& needMore, bool complete) {
    ImageInfo r;
    needMore = false;
    r.format = sniffImageFormat(bytes);
    if (r.format == ImageFormat::Png) {
        PngContext c;
        c.bytes = bytes;
        if (!c.png || !c.info) return r.error = "cannot be decoded: out of memory", r;
        if (!pngHeader(c)) {
            needMore = c.truncated && !complete;
            r.error = c.failure();
            return r;
        }
        r.width = c.width;
        r.height = c.height;
        r.error = pngLimitProblem(c, lim);
    } else if (r.format == ImageFormat::Jpeg) {
        JpegContext c;
        if (!jpegHeader(c, bytes)) {
            needMore = (c.truncated || c.damaged) && !complete;
            r.error = c.failure();
            return r;
        }
        r.width = int(c.cinfo.image_width);
        r.height = int(c.cinfo.image_height);
        r.error = jpegLimitProblem(c, lim);
    } else {
        r.error = bytes.empty() ? "is an empty file, not an image" : notAnImage();
    }
    r.ok = r.error.empty();
    return r;
}

// The error of a file that could not be read, completing "image 'x' ...".
std::string readProblem(const FileRead& read, const ImageLimits& lim) {
    if (read.size > lim.maxFileBytes)
        return "is " + formatByteSize(read.size) + ", over the " + formatByteSize(lim.maxFileBytes) +
               " the reader opens; save it smaller (a photo as a JPEG)";
    return read.message;
}

} // namespace

ImageFormat sniffImageFormat(std::string_view b) {
    static const unsigned char png[8] = {0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    if (b.size() >= 8 && std::memcmp(b.data(), png, 8) == 0) return ImageFormat::Png;
    if (b.size() >= 3 && (unsigned char)b[0] == 0xFF && (unsigned char)b[1] == 0xD8 && (unsigned char)b[2] == 0xFF)
        return ImageFormat::Jpeg;
    return ImageFormat::Unknown;
}

int imageDownscaleFactor(int width, int height, const ImageLimits& lim) {
    if (width <= 0 || height <= 0) return 1;
    for (int k = 1;; ++k) {
        const uint64_t w = uint64_t((width + k - 1) / k), h = uint64_t((height + k - 1) / k);
        if ((w <= uint64_t(std::max(1, lim.maxDecodedWidth)) && w * h * 4 <= lim.maxDecodedBytes) || k >= width)
            return k;
    }
}

ImageInfo probeImageBytes(std::string_view bytes, const ImageLimits& limits) {
    bool needMore = false;
    return probe(bytes, limits, needMore, true);
}

ImageInfo probeImageFile(const std::string& path, const ImageLimits& limits) {
    ImageInfo r;
    FileRead head = readFileHead(path, kHeadBytes);
    if (!head.ok()) return r.error = readProblem(head, limits), r;
    if (head.size > limits.maxFileBytes) return r.error = readProblem(head, limits), r;
    bool needMore = false;
    r = probe(head.bytes, limits, needMore, head.bytes.size() >= head.size);
    if (!needMore) return r;
    FileRead all = readFileBounded(path, limits.maxFileBytes);
    if (!all.ok()) return ImageInfo{false, r.format, 0, 0, readProblem(all, limits)};
    return probe(all.bytes, limits, needMore, true);
}

DecodedImage decodeImageBytes(std::string_view bytes, const ImageLimits& lim, const std::atomic<bool>* cancel) {
    DecodedImage r;
    try {
        const ImageFormat format = sniffImageFormat(bytes);
        if (format == ImageFormat::Png) {
            PngContext c;
            c.bytes = bytes;
            c.cancel = cancel;
            if (!c.png || !c.info) return r.error = "cannot be decoded: out of memory", r;
            if (!pngHeader(c)) return r.error = c.failure(), r;
            r.sourceWidth = c.width;
            r.sourceHeight = c.height;
            if (std::string p = pngLimitProblem(c, lim); !p.empty()) return r.error = p, r;
            const int k = c.interlaced ? 1 : imageDownscaleFactor(c.width, c.height, lim);
            if (!pngPixels(c, k, r.rgba)) return r.rgba.clear(), r.error = c.failure(), r;
            r.width = k == 1 ? c.width : c.box.outWidth();
            r.height = k == 1 ? c.height : c.box.outHeight();
        } else if (format == ImageFormat::Jpeg) {
            JpegContext c;
            c.cancel = cancel;
            if (!jpegHeader(c, bytes)) return r.error = c.failure(), r;
            r.sourceWidth = int(c.cinfo.image_width);
            r.sourceHeight = int(c.cinfo.image_height);
            if (std::string p = jpegLimitProblem(c, lim); !p.empty()) return r.error = p, r;
            const int k = imageDownscaleFactor(r.sourceWidth, r.sourceHeight, lim);
            if (!jpegPixels(c, k, lim, r.rgba)) return r.rgba.clear(), r.error = c.failure(), r;
            r.width = c.box.outWidth();
            r.height = c.box.outHeight();
        } else {
            r.error = bytes.empty() ? "is an empty file, not an image" : notAnImage();
            return r;
        }
    } catch (const std::bad_alloc&) {
        r = DecodedImage();
        r.error = "cannot be decoded: not enough memory";
        return r;
    }
    r.ok = true;
    return r;
}

DecodedImage decodeImageFile(const std::string& path, const ImageLimits& limits, const std::atomic<bool>* cancel) {
    FileRead read = readFileBounded(path, limits.maxFileBytes);
    if (!read.ok()) {
        DecodedImage r;
        r.error = readProblem(read, limits);
        return r;
    }
    return decodeImageBytes(read.bytes, limits, cancel);
}

} // namespace lectern
