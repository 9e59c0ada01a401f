// Image files built by the tests themselves: PNGs and JPEGs written with libpng and libjpeg
// (any size, depth, colour type, interlaced or not), and the hostile inputs of issue 11 (a
// 16-bit PPM, a truncated Radiance HDR). Everything is in memory; tests write it where needed.
#pragma once
#include <csetjmp>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <jpeglib.h>
#include <png.h>
#include <stdexcept>
#include <string>
#include <vector>

namespace lectern::test {

struct PngSpec {
    int width = 4, height = 4;
    int colorType = PNG_COLOR_TYPE_RGBA;  // PNG_COLOR_TYPE_GRAY, _RGB, _PALETTE, _GRAY_ALPHA...
    int bitDepth = 8;
    bool interlaced = false;
    int compression = 6;
    // The value of sample `c` of pixel (x, y), 0..(2^bitDepth - 1); default: all zero.
    std::function<unsigned(int x, int y, int c)> sample;
    // Or a whole row of raw bytes at once (fast, for very large images).
    std::function<void(int y, unsigned char* row)> fillRow;
};

inline int pngChannels(int colorType) {
    switch (colorType) {
    case PNG_COLOR_TYPE_GRAY:
    case PNG_COLOR_TYPE_PALETTE: return 1;
    case PNG_COLOR_TYPE_GRAY_ALPHA: return 2;
    case PNG_COLOR_TYPE_RGB: return 3;
    default: return 4;
    }
}

inline std::string pngBytes(const PngSpec& spec) {
    png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, nullptr, nullptr, nullptr);
    png_infop info = png_create_info_struct(png);
    std::string out;
    std::vector<unsigned char> row;
    if (setjmp(png_jmpbuf(png))) {
        png_destroy_write_struct(&png, &info);
        throw std::runtime_error("libpng could not write the test image");
    }
    png_set_write_fn(
        png, &out, [](png_structp p, png_bytep d, size_t n) { static_cast<std::string*>(png_get_io_ptr(p))->append(reinterpret_cast<char*>(d), n); },
        nullptr);
    png_set_IHDR(png, info, png_uint_32(spec.width), png_uint_32(spec.height), spec.bitDepth, spec.colorType,
                 spec.interlaced ? PNG_INTERLACE_ADAM7 : PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_DEFAULT,
                 PNG_FILTER_TYPE_DEFAULT);
    png_color palette[2] = {{0, 0, 0}, {255, 0, 0}};  // index 1 is red
    if (spec.colorType == PNG_COLOR_TYPE_PALETTE) png_set_PLTE(png, info, palette, 2);
    png_set_compression_level(png, spec.compression);
    png_set_filter(png, 0, PNG_FILTER_NONE);
    png_write_info(png, info);
    if (spec.bitDepth == 16) png_set_swap(png);  // rows below are built little-endian
    const int channels = pngChannels(spec.colorType);
    const size_t rowBytes = (size_t(spec.width) * size_t(channels) * size_t(spec.bitDepth) + 7) / 8;
    row.assign(rowBytes, 0);
    const int passes = spec.interlaced ? png_set_interlace_handling(png) : 1;
    for (int pass = 0; pass < passes; ++pass) {
        for (int y = 0; y < spec.height; ++y) {
            if (spec.fillRow) {
                spec.fillRow(y, row.data());
            } else if (spec.sample) {
                std::fill(row.begin(), row.end(), 0);
                for (int x = 0; x < spec.width; ++x)
                    for (int c = 0; c < channels; ++c) {
                        const unsigned v = spec.sample(x, y, c);
                        const size_t i = size_t(x) * size_t(channels) + size_t(c);
                        if (spec.bitDepth == 16) {
                            row[i * 2] = (unsigned char)(v & 0xFF);
                            row[i * 2 + 1] = (unsigned char)(v >> 8);
                        } else if (spec.bitDepth == 8) {
                            row[i] = (unsigned char)v;
                        } else {  // 1, 2 or 4 bits, most significant first
                            const size_t bit = i * size_t(spec.bitDepth);
                            row[bit / 8] |= (unsigned char)(v << (8 - spec.bitDepth - bit % 8));
                        }
                    }
            }
            png_write_row(png, row.data());
        }
    }
    png_write_end(png, nullptr);
    png_destroy_write_struct(&png, &info);
    return out;
}

struct JpegSpec {
    int width = 16, height = 16;
    bool progressive = false;
    int quality = 90;
    unsigned char r = 200, g = 30, b = 30;  // one colour
};

inline std::string jpegBytes(const JpegSpec& spec) {
    jpeg_compress_struct cinfo{};
    jpeg_error_mgr err{};
    cinfo.err = jpeg_std_error(&err);
    jpeg_create_compress(&cinfo);
    unsigned char* buffer = nullptr;
    unsigned long size = 0;
    jpeg_mem_dest(&cinfo, &buffer, &size);
    cinfo.image_width = JDIMENSION(spec.width);
    cinfo.image_height = JDIMENSION(spec.height);
    cinfo.input_components = 3;
    cinfo.in_color_space = JCS_RGB;
    jpeg_set_defaults(&cinfo);
    jpeg_set_quality(&cinfo, spec.quality, TRUE);
    if (spec.progressive) jpeg_simple_progression(&cinfo);
    jpeg_start_compress(&cinfo, TRUE);
    std::vector<unsigned char> row(size_t(spec.width) * 3);
    for (int x = 0; x < spec.width; ++x) {
        row[size_t(x) * 3] = spec.r;
        row[size_t(x) * 3 + 1] = spec.g;
        row[size_t(x) * 3 + 2] = spec.b;
    }
    while (cinfo.next_scanline < cinfo.image_height) {
        JSAMPROW r = row.data();
        jpeg_write_scanlines(&cinfo, &r, 1);
    }
    jpeg_finish_compress(&cinfo);
    std::string out(reinterpret_cast<char*>(buffer), size);
    jpeg_destroy_compress(&cinfo);
    std::free(buffer);
    return out;
}

// A 16-bit binary PPM (the file that crashed stb_image when named photo.png).
inline std::string ppm16Bytes(int w = 8, int h = 8) {
    std::string s = "P6\n" + std::to_string(w) + " " + std::to_string(h) + "\n65535\n";
    s.append(size_t(w) * size_t(h) * 6, '\x7f');
    return s;
}

// A Radiance HDR that ends in its first scanline (the one that spun stb_image forever).
inline std::string truncatedHdrBytes() {
    std::string s = "#?RADIANCE\nFORMAT=32-bit_rle_rgbe\n\n-Y 64 +X 64\n";
    s += std::string("\x02\x02\x00\x40\x80", 5);  // an RLE scanline header, then nothing
    return s;
}

} // namespace lectern::test
