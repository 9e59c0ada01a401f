#include "text/font_stack.h"

#include <hb.h>

namespace lectern::text {

FontFace::FontFace(FaceSource source) : source_(std::move(source)) {
    // hb_blob_create_from_file maps the file (mmap) and gives the empty blob when it cannot.
    blob_ = hb_blob_create_from_file(source_.path.c_str());
    face_ = hb_face_create(blob_, source_.index);
    glyphCount_ = hb_face_get_glyph_count(face_);
    upem_ = hb_face_get_upem(face_);
    if (upem_ == 0) upem_ = 1000;
    font_ = hb_font_create(face_);  // unscaled: positions come back in font units
    hb_font_make_immutable(font_);
    hb_font_extents_t ext{};
    if (hb_font_get_h_extents(font_, &ext)) {
        ascender_ = ext.ascender;
        descender_ = ext.descender;
        lineGap_ = ext.line_gap;
    }
}

FontFace::~FontFace() {
    hb_font_destroy(font_);
    hb_face_destroy(face_);
    hb_blob_destroy(blob_);
}

const char* FontFace::data(unsigned* length) const { return hb_blob_get_data(blob_, length); }

bool FontFace::hasGlyph(char32_t cp) const {
    if (!usable()) return false;
    hb_codepoint_t glyph = 0;
    return hb_font_get_nominal_glyph(font_, cp, &glyph) && glyph != 0;
}

FontStack::FontStack(std::array<FaceSource, kFaceCount> sources) : sources_(std::move(sources)) {}

std::array<FaceSource, kFaceCount> FontStack::debianNoto() {
    const std::string tt = "/usr/share/fonts/truetype/noto/";
    const std::string ot = "/usr/share/fonts/opentype/noto/";
    std::array<FaceSource, kFaceCount> s;
    s[faceId(Family::Sans, false)] = {tt + "NotoSans-Regular.ttf", 0};
    s[faceId(Family::Sans, true)] = {tt + "NotoSans-Bold.ttf", 0};
    s[faceId(Family::Arabic, false)] = {tt + "NotoSansArabic-Regular.ttf", 0};
    s[faceId(Family::Arabic, true)] = {tt + "NotoSansArabic-Bold.ttf", 0};
    // NotoSansCJK-*.ttc holds JP, KR, SC, TC, HK (then the Mono ones): SC is index 2 (fc-query).
    s[faceId(Family::Cjk, false)] = {ot + "NotoSansCJK-Regular.ttc", 2};
    s[faceId(Family::Cjk, true)] = {ot + "NotoSansCJK-Bold.ttc", 2};
    return s;
}

const FontFace& FontStack::face(FaceId id) const {
    std::call_once(once_[id], [&] {
        faces_[id] = std::make_unique<FontFace>(sources_[id]);
        opened_[id].store(true, std::memory_order_release);
    });
    return *faces_[id];
}

bool FontStack::isOpen(FaceId id) const { return opened_[id].load(std::memory_order_acquire); }

} // namespace lectern::text
