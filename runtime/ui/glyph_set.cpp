#include "ui/glyph_set.h"

#include "util/utf8.h"

namespace lectern::ui {

namespace {

struct Range {
    char32_t first, last;
};

// Always in the atlas: what English, French and Spanish text and the interface's own symbols
// need. Greek, Cyrillic, Arabic and CJK come in when text needs them.
constexpr Range kBase[] = {
    {0x0020, 0x007E},  // Basic Latin
    {0x00A0, 0x00FF},  // Latin-1: é ñ ç « » ·
    {0x0100, 0x017F},  // Latin Extended-A: ő ş ł
    {0x2000, 0x206F},  // General Punctuation: — – “ ” ‘ ’ … • ›
    {0x20A0, 0x20CF},  // currency signs
    {0x2190, 0x2193},  // the arrows the interface draws: ← ↑ → ↓
    {0x2713, 0x2714},  // check marks
    // Not U+FFFD: ImGui sizes each font's lookup tables by its highest code point (6 bytes a
    // code point), so U+FFFD cost 3 MB over the eight fonts; without it ImGui falls back to '?'.
};

constexpr Range kArabic[] = {{0x0600, 0x06FF}, {0x0750, 0x077F}, {0x0870, 0x08FF}, {0xFB50, 0xFDFF}, {0xFE70, 0xFEFF}};
// Han, kana, Hangul, Bopomofo, CJK punctuation and the full-width forms (full-width digits).
constexpr Range kCjk[] = {{0x1100, 0x11FF}, {0x2E80, 0x2FDF}, {0x2FF0, 0x31FF}, {0x3200, 0x4DBF},
                          {0x4E00, 0x9FFF}, {0xA960, 0xA97F}, {0xAC00, 0xD7FF}, {0xF900, 0xFAFF},
                          {0xFE30, 0xFE4F}, {0xFF00, 0xFFEF}};

template <size_t N>
bool inRanges(char32_t cp, const Range (&ranges)[N]) {
    for (const Range& r : ranges)
        if (cp >= r.first && cp <= r.last) return true;
    return false;
}

GlyphSet* g_active = nullptr;

} // namespace

GlyphFamily glyphFamily(char32_t cp) {
    if (cp < 0x0600) return GlyphFamily::Sans;
    if (inRanges(cp, kArabic)) return GlyphFamily::Arabic;
    if (inRanges(cp, kCjk)) return GlyphFamily::Cjk;
    return GlyphFamily::Sans;
}

GlyphSet::GlyphSet() {
    for (const Range& r : kBase)
        for (char32_t c = r.first; c <= r.last; ++c) request(c);
    m_dirty = false;
}

bool GlyphSet::request(char32_t cp) {
    // Controls are never drawn as glyphs; beyond U+FFFF ImGui 1.86 cannot hold them.
    if (cp < 0x20 || (cp >= 0x7F && cp < 0xA0) || cp > 0xFFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
    if (m_wanted.test(cp)) return false;
    m_wanted.set(cp);
    ++m_families[int(glyphFamily(cp))];
    m_dirty = true;
    return true;
}

bool GlyphSet::request(std::string_view utf8) {
    bool added = false;
    for (size_t i = 0; i < utf8.size();) {
        if (static_cast<unsigned char>(utf8[i]) < 0x80) {  // ASCII is in the base set
            ++i;
            continue;
        }
        const char32_t cp = utf8::decode(utf8, i);
        if (cp != utf8::kInvalid) added |= request(cp);
    }
    return added;
}

bool GlyphSet::request(std::u32string_view text) {
    bool added = false;
    for (char32_t cp : text) added |= request(cp);
    return added;
}

std::vector<uint16_t> GlyphSet::ranges(GlyphFamily family) const {
    std::vector<uint16_t> out;
    if (!has(family)) return out;
    for (char32_t c = 0x20; c <= 0xFFFF; ++c) {
        if (!m_wanted.test(c) || glyphFamily(c) != family) continue;
        if (!out.empty() && out.back() == c - 1) out.back() = uint16_t(c);  // extends the last pair
        else {
            out.push_back(uint16_t(c));
            out.push_back(uint16_t(c));
        }
    }
    out.push_back(0);
    return out;
}

void setActiveGlyphSet(GlyphSet* set) { g_active = set; }
GlyphSet* activeGlyphSet() { return g_active; }

void requestGlyphs(std::string_view utf8) {
    if (g_active) g_active->request(utf8);
}

void requestGlyphs(std::u32string_view text) {
    if (g_active) g_active->request(text);
}

} // namespace lectern::ui
