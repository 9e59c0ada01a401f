// The fonts Lectern lays text out with: Noto Sans (Latin, Greek, Cyrillic), Noto Sans Arabic and
// Noto Sans CJK SC, each regular and bold. A face is mapped from its file (hb_blob, mmap) the
// first time a script needs it, never before, and never read whole into the heap. The UI's
// glyph atlas draws glyph ids from these same faces, keyed by (FaceId, glyph id, pixel size).
#pragma once
#include <array>
#include <atomic>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>

struct hb_blob_t;
struct hb_face_t;
struct hb_font_t;

namespace lectern::text {

enum class Family : uint8_t { Sans, Arabic, Cjk };
inline constexpr int kFamilyCount = 3;

// Index of a face in its FontStack: family * 2 + bold. Stable for the life of the stack.
using FaceId = uint8_t;
inline constexpr FaceId faceId(Family f, bool bold) { return FaceId(int(f) * 2 + (bold ? 1 : 0)); }
inline constexpr int kFaceCount = kFamilyCount * 2;

// Where a face comes from: a font file and the face's index in it (a .ttc holds several).
struct FaceSource {
    std::string path;
    unsigned index = 0;
};

// One face, opened once. Its hb_font is immutable after opening, so several threads may shape
// with it at once. A file that is missing or not a font opens as an empty face: it has no
// glyphs, so layout falls back to another face, or to glyph 0 (.notdef), and never fails.
class FontFace {
public:
    explicit FontFace(FaceSource source);
    ~FontFace();
    FontFace(const FontFace&) = delete;
    FontFace& operator=(const FontFace&) = delete;

    const FaceSource& source() const { return source_; }
    bool usable() const { return glyphCount_ > 0; }
    hb_font_t* hbFont() const { return font_; }
    // The mapped file's bytes (shared with FreeType by the atlas: FT_New_Memory_Face).
    const char* data(unsigned* length) const;
    unsigned unitsPerEm() const { return upem_; }
    // Font-wide metrics in font units (ascender > 0, descender < 0).
    int ascender() const { return ascender_; }
    int descender() const { return descender_; }
    int lineGap() const { return lineGap_; }
    bool hasGlyph(char32_t cp) const;

private:
    FaceSource source_;
    hb_blob_t* blob_ = nullptr;
    hb_face_t* face_ = nullptr;
    hb_font_t* font_ = nullptr;
    unsigned upem_ = 1000;
    unsigned glyphCount_ = 0;
    int ascender_ = 0, descender_ = 0, lineGap_ = 0;
};

// Six faces, opened lazily and thread-safely. Cheap to make; nothing is mapped until asked.
class FontStack {
public:
    explicit FontStack(std::array<FaceSource, kFaceCount> sources);
    // The Debian 12 Noto fonts (fonts-noto-core, fonts-noto-cjk); CJK SC is face 2 of its .ttc.
    static std::array<FaceSource, kFaceCount> debianNoto();

    // The face, opened now if it was not yet.
    const FontFace& face(FaceId id) const;
    // Whether the face was opened (by a layout that needed it): the lazy-loading guarantee.
    bool isOpen(FaceId id) const;
    const FaceSource& source(FaceId id) const { return sources_[id]; }

private:
    std::array<FaceSource, kFaceCount> sources_;
    mutable std::array<std::once_flag, kFaceCount> once_;
    mutable std::array<std::unique_ptr<FontFace>, kFaceCount> faces_;
    mutable std::array<std::atomic<bool>, kFaceCount> opened_{};
};

} // namespace lectern::text
