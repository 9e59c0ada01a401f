#include "ui/shaping/glyph_bitmaps.h"

#include "ui/glyph_set.h"

#include <ft2build.h>
#include FT_FREETYPE_H
#include FT_OUTLINE_H

#include <algorithm>
#include <cmath>
#include <cstring>
#include <unordered_map>
#include <vector>

namespace lectern::ui {

namespace {

// A glyph bigger than this (a 96 px heading is ~140 px tall) is not a glyph of ours: skipped.
constexpr unsigned kMaxBitmapSide = 512;
// More glyphs than this: the next build keeps only those drawn since the build before.
constexpr size_t kMaxGlyphs = 6000;

uint64_t keyOf(lectern::text::FaceId face, uint32_t glyph, unsigned size4, int phase) {
    return (uint64_t(face) << 56) | (uint64_t(phase & 3) << 54) | (uint64_t(size4 & 0xFFFF) << 32) | glyph;
}

struct Entry {
    GlyphQuad quad;
    int rect = -1;                 // custom rectangle in the atlas being built
    bool placed = false;           // quad is valid in the current atlas
    unsigned lastUse = 0;          // build generation it was last drawn in
    std::vector<unsigned char> bitmap;  // between addRects and render only
    unsigned width = 0, rows = 0;
};

} // namespace

struct GlyphBitmaps::Impl {
    const lectern::text::FontStack& fonts;
    FT_Library library = nullptr;
    FT_Face faces[text::kFaceCount] = {};
    bool tried[text::kFaceCount] = {};
    std::unordered_map<uint64_t, Entry> entries;
    unsigned generation = 1;
    long misses = 0;

    explicit Impl(const lectern::text::FontStack& f) : fonts(f) {
        if (FT_Init_FreeType(&library) != 0) library = nullptr;
    }
    ~Impl() {
        for (FT_Face f : faces)
            if (f) FT_Done_Face(f);
        if (library) FT_Done_FreeType(library);
    }

    // FreeType reads the face from the bytes HarfBuzz mapped: the file is mapped once.
    FT_Face face(lectern::text::FaceId id) {
        if (!tried[id] && library) {
            tried[id] = true;
            const lectern::text::FontFace& f = fonts.face(id);
            unsigned length = 0;
            const char* data = f.data(&length);
            if (f.usable() && data && length > 0 &&
                FT_New_Memory_Face(library, reinterpret_cast<const FT_Byte*>(data), FT_Long(length),
                                   FT_Long(f.source().index), &faces[id]) != 0)
                faces[id] = nullptr;
        }
        return faces[id];
    }

    void rasterise(uint64_t key, Entry& e) {
        const auto id = lectern::text::FaceId(key >> 56);
        const int phase = int((key >> 54) & 3);
        const unsigned size4 = unsigned((key >> 32) & 0xFFFF);
        const auto glyph = uint32_t(key & 0xFFFFFFFFu);
        e.bitmap.clear();
        e.width = e.rows = 0;
        e.quad = GlyphQuad{};
        FT_Face f = id < text::kFaceCount ? face(id) : nullptr;
        if (!f || size4 == 0) return;
        if (FT_Set_Char_Size(f, 0, FT_F26Dot6(size4) * 16, 72, 72) != 0) return;  // size4 / 4 px, in 26.6
        if (FT_Load_Glyph(f, glyph, FT_LOAD_NO_BITMAP | FT_LOAD_TARGET_LIGHT) != 0) return;
        FT_GlyphSlot slot = f->glyph;
        if (slot->format != FT_GLYPH_FORMAT_OUTLINE) return;
        FT_Outline_Translate(&slot->outline, phase * 64 / kGlyphPhases, 0);
        if (FT_Render_Glyph(slot, FT_RENDER_MODE_NORMAL) != 0) return;
        const FT_Bitmap& b = slot->bitmap;
        if (b.width == 0 || b.rows == 0 || b.width > kMaxBitmapSide || b.rows > kMaxBitmapSide ||
            b.pixel_mode != FT_PIXEL_MODE_GRAY)
            return;
        e.width = b.width;
        e.rows = b.rows;
        e.bitmap.resize(size_t(b.width) * b.rows);
        for (unsigned y = 0; y < b.rows; ++y)
            std::memcpy(&e.bitmap[size_t(y) * b.width], b.buffer + ptrdiff_t(y) * b.pitch, b.width);
        e.quad.x0 = float(slot->bitmap_left);
        e.quad.y0 = float(-slot->bitmap_top);
        e.quad.x1 = e.quad.x0 + float(b.width);
        e.quad.y1 = e.quad.y0 + float(b.rows);
        e.quad.empty = false;
    }
};

GlyphBitmaps::GlyphBitmaps(const lectern::text::FontStack& fonts) : m_impl(std::make_unique<Impl>(fonts)) {}
GlyphBitmaps::~GlyphBitmaps() = default;

const GlyphQuad* GlyphBitmaps::find(lectern::text::FaceId face, uint32_t glyph, float emPx, int phase) {
    const auto size4 = unsigned(std::clamp(std::lround(emPx * 4.0f), 1L, 0xFFFFL));
    auto [it, added] = m_impl->entries.try_emplace(keyOf(face, glyph, size4, phase));
    Entry& e = it->second;
    e.lastUse = m_impl->generation;
    if (e.placed) return &e.quad;
    if (added) {
        ++m_impl->misses;
        if (GlyphSet* set = activeGlyphSet()) set->markDirty();
    }
    return nullptr;
}

void GlyphBitmaps::addRects(ImFontAtlas& atlas) {
    Impl& d = *m_impl;
    if (d.entries.size() > kMaxGlyphs) {
        for (auto it = d.entries.begin(); it != d.entries.end();)
            it = it->second.lastUse + 1 < d.generation ? d.entries.erase(it) : std::next(it);
    }
    ++d.generation;
    for (auto& [key, e] : d.entries) {
        e.placed = false;
        e.rect = -1;
        d.rasterise(key, e);
        if (e.quad.empty) {
            e.placed = true;  // nothing to draw: known from now on
            continue;
        }
        e.rect = atlas.AddCustomRectRegular(int(e.width), int(e.rows));
    }
}

void GlyphBitmaps::render(ImFontAtlas& atlas) {
    unsigned char* pixels = nullptr;
    int w = 0, h = 0;
    atlas.GetTexDataAsAlpha8(&pixels, &w, &h);
    for (auto& [key, e] : m_impl->entries) {
        if (e.rect < 0) continue;
        const ImFontAtlasCustomRect* r = atlas.GetCustomRectByIndex(e.rect);
        if (pixels && r && r->IsPacked() && int(r->X + e.width) <= w && int(r->Y + e.rows) <= h) {
            for (unsigned y = 0; y < e.rows; ++y)
                std::memcpy(pixels + size_t(r->Y + y) * size_t(w) + r->X, &e.bitmap[size_t(y) * e.width], e.width);
            atlas.CalcCustomRectUV(r, &e.quad.uv0, &e.quad.uv1);
            e.placed = true;
        }
        e.rect = -1;
        std::vector<unsigned char>().swap(e.bitmap);
    }
}

size_t GlyphBitmaps::size() const { return m_impl->entries.size(); }
long GlyphBitmaps::misses() const { return m_impl->misses; }

} // namespace lectern::ui
