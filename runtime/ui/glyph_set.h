// GlyphSet: the code points the font atlas holds, so that it costs only what is shown. A base
// set (Latin up to Extended-A, general punctuation, the symbols the UI draws) plus every code
// point asked for since: course text, or text that was drawn and found missing from the atlas
// (glyph_miss_hook.cpp). Asking for one that is new marks the set dirty; LecternUi::prepareFonts
// then rebuilds the atlas before the next frame (never inside one: ImGui locks the atlas).
//
// ImGui 1.86's ImWchar is 16-bit: code points above U+FFFF can never be in the atlas (ImGui
// decodes them to U+FFFD, shown as the fallback '?'), so they are ignored here.
#pragma once
#include <bitset>
#include <cstdint>
#include <string_view>
#include <vector>

namespace lectern::ui {

// The faces a code point is looked for in, beyond Noto Sans and DejaVu Sans. A family's face
// is merged into the atlas (and its file mapped) only when the set holds one of its code points.
enum class GlyphFamily : uint8_t { Sans, Arabic, Cjk };
GlyphFamily glyphFamily(char32_t cp);

class GlyphSet {
public:
    GlyphSet();  // the base set, not dirty

    // Adds code points; true when one was new (the atlas must be rebuilt to hold it).
    bool request(char32_t cp);
    bool request(std::string_view utf8);
    bool request(std::u32string_view text);

    bool contains(char32_t cp) const { return cp <= 0xFFFF && m_wanted.test(cp); }
    bool has(GlyphFamily family) const { return m_families[int(family)] > 0; }
    // Set by a new code point, cleared by the rebuild that takes it in.
    bool dirty() const { return m_dirty; }
    void clearDirty() { m_dirty = false; }
    // Something else the atlas holds is missing (a shaped glyph, shaping/glyph_bitmaps.h).
    void markDirty() { m_dirty = true; }
    size_t size() const { return m_wanted.count(); }

    // ImGui glyph ranges (pairs, zero-terminated) of the family's code points.
    std::vector<uint16_t> ranges(GlyphFamily family) const;

private:
    std::bitset<0x10000> m_wanted;
    int m_families[3] = {0, 0, 0};
    bool m_dirty = false;
};

// The set of the UI being drawn (LecternUi makes one and hands it here; null: none, requests
// are dropped). UI thread only, like ImGui.
void setActiveGlyphSet(GlyphSet* set);
GlyphSet* activeGlyphSet();

// Text about to be shown: its glyphs are in the atlas from the next frame on.
void requestGlyphs(std::string_view utf8);
void requestGlyphs(std::u32string_view text);

} // namespace lectern::ui
