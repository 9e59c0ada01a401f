#include "text/paragraph_layout.h"

#include "util/utf8.h"

#include <fribidi.h>
#include <hb.h>
#include <linebreak.h>

#include <algorithm>
#include <mutex>

namespace lectern::text {
namespace {

// The paragraph decoded once: code points (invalid bytes become U+FFFD, so every later stage
// sees valid text) and where each starts in the bytes.
struct Decoded {
    std::vector<char32_t> cps;
    std::vector<uint32_t> bytes;  // cps.size() + 1 entries
};

Decoded decode(std::string_view text) {
    Decoded d;
    d.cps.reserve(text.size());
    d.bytes.reserve(text.size() + 1);
    for (size_t i = 0; i < text.size();) {
        d.bytes.push_back(uint32_t(i));
        const char32_t cp = utf8::decode(text, i);
        d.cps.push_back(cp == utf8::kInvalid ? U'\uFFFD' : cp);
    }
    d.bytes.push_back(uint32_t(text.size()));
    return d;
}

bool isHardBreak(char32_t cp) {
    return cp == U'\n' || cp == U'\r' || cp == 0x0B || cp == 0x0C || cp == 0x85 || cp == 0x2028 || cp == 0x2029;
}

// UAX #9 P2/P3 and X1-I2 through FriBidi. On its failure (allocation) everything gets the
// paragraph level rather than no layout.
std::vector<FriBidiLevel> bidiLevels(const std::vector<char32_t>& cps, BaseDirection dir, bool& rtl) {
    const auto n = FriBidiStrIndex(cps.size());
    std::vector<FriBidiCharType> types(n);
    std::vector<FriBidiBracketType> brackets(n);
    static_assert(sizeof(FriBidiChar) == sizeof(char32_t));
    const auto* chars = reinterpret_cast<const FriBidiChar*>(cps.data());
    fribidi_get_bidi_types(chars, n, types.data());
    fribidi_get_bracket_types(chars, n, types.data(), brackets.data());
    FriBidiParType par = dir == BaseDirection::LeftToRight   ? FRIBIDI_PAR_LTR
                         : dir == BaseDirection::RightToLeft ? FRIBIDI_PAR_RTL
                                                             : FRIBIDI_PAR_ON;
    std::vector<FriBidiLevel> levels(n);
    const FriBidiLevel max = fribidi_get_par_embedding_levels_ex(types.data(), brackets.data(), n, &par, levels.data());
    rtl = FRIBIDI_IS_RTL(par) || (max == 0 && dir == BaseDirection::RightToLeft);
    if (max == 0) std::fill(levels.begin(), levels.end(), FriBidiLevel(rtl ? 1 : 0));
    return levels;
}

bool isNeutralScript(hb_script_t s) {
    return s == HB_SCRIPT_COMMON || s == HB_SCRIPT_INHERITED || s == HB_SCRIPT_UNKNOWN;
}

// Common and Inherited characters (spaces, digits, punctuation, marks) take the script of the
// character before them, or at the start the first real script after them.
std::vector<hb_script_t> resolvedScripts(const std::vector<char32_t>& cps) {
    hb_unicode_funcs_t* uf = hb_unicode_funcs_get_default();
    std::vector<hb_script_t> s(cps.size());
    hb_script_t last = HB_SCRIPT_COMMON;
    size_t firstReal = cps.size();
    for (size_t i = 0; i < cps.size(); ++i) {
        const hb_script_t own = hb_unicode_script(uf, cps[i]);
        if (!isNeutralScript(own)) {
            last = own;
            if (firstReal == cps.size()) firstReal = i;
        }
        s[i] = last;
    }
    if (firstReal < cps.size())
        std::fill(s.begin(), s.begin() + std::ptrdiff_t(firstReal), s[firstReal]);
    return s;
}

Family preferredFamily(hb_script_t s) {
    switch (s) {
    case HB_SCRIPT_ARABIC: return Family::Arabic;
    case HB_SCRIPT_HAN:
    case HB_SCRIPT_HIRAGANA:
    case HB_SCRIPT_KATAKANA:
    case HB_SCRIPT_HANGUL:
    case HB_SCRIPT_BOPOMOFO: return Family::Cjk;
    default: return Family::Sans;
    }
}

hb_language_t languageFor(hb_script_t s, const std::string& given) {
    if (!given.empty()) return hb_language_from_string(given.c_str(), int(given.size()));
    if (s == HB_SCRIPT_ARABIC) return hb_language_from_string("ar", 2);
    if (s == HB_SCRIPT_HAN || s == HB_SCRIPT_BOPOMOFO) return hb_language_from_string("zh-Hans", 7);
    return HB_LANGUAGE_INVALID;
}

// The face for each code point: the script's own family first, then the others; a mark, a
// format or control character stays in the face of the character it follows (a harakah on its
// letter, a joiner between two Arabic letters). No face has it: the script's face, whose
// .notdef (glyph 0) is then drawn.
std::vector<FaceId> chooseFaces(const std::vector<char32_t>& cps, const std::vector<hb_script_t>& scripts,
                                const std::vector<bool>& bold, const FontStack& fonts) {
    hb_unicode_funcs_t* uf = hb_unicode_funcs_get_default();
    std::vector<FaceId> faces(cps.size());
    for (size_t i = 0; i < cps.size(); ++i) {
        const char32_t cp = cps[i];
        if (i > 0) {
            switch (hb_unicode_general_category(uf, cp)) {
            case HB_UNICODE_GENERAL_CATEGORY_NON_SPACING_MARK:
            case HB_UNICODE_GENERAL_CATEGORY_SPACING_MARK:
            case HB_UNICODE_GENERAL_CATEGORY_ENCLOSING_MARK:
            case HB_UNICODE_GENERAL_CATEGORY_FORMAT:
            case HB_UNICODE_GENERAL_CATEGORY_CONTROL:
                if (bold[i] == bold[i - 1]) {
                    faces[i] = faces[i - 1];
                    continue;
                }
                break;
            default: break;
            }
        }
        const Family first = preferredFamily(scripts[i]);
        FaceId chosen = faceId(first, bold[i]);
        if (!fonts.face(chosen).hasGlyph(cp)) {
            for (Family f : {Family::Sans, Family::Arabic, Family::Cjk}) {
                if (f == first) continue;
                if (fonts.face(faceId(f, bold[i])).hasGlyph(cp)) {
                    chosen = faceId(f, bold[i]);
                    break;
                }
            }
        }
        faces[i] = chosen;
    }
    return faces;
}

constexpr int kMaxMarksInARow = 30;

bool isMarkOrFormat(hb_unicode_funcs_t* uf, char32_t cp) {
    switch (hb_unicode_general_category(uf, cp)) {
    case HB_UNICODE_GENERAL_CATEGORY_NON_SPACING_MARK:
    case HB_UNICODE_GENERAL_CATEGORY_SPACING_MARK:
    case HB_UNICODE_GENERAL_CATEGORY_ENCLOSING_MARK:
    case HB_UNICODE_GENERAL_CATEGORY_FORMAT: return true;
    default: return false;
    }
}

// One shaped run: a logical range with one level, script and face; its glyphs in HarfBuzz's
// (visual) order, clusters as code point indexes.
struct Run {
    uint32_t begin = 0, end = 0;
    FriBidiLevel level = 0;
    FaceId face = 0;
    std::vector<uint32_t> glyph, cluster;
    std::vector<float> advance, xOffset, yOffset;
};

std::vector<Run> shapeRuns(const std::vector<char32_t>& cps, const std::vector<FriBidiLevel>& levels,
                           const std::vector<hb_script_t>& scripts, const std::vector<FaceId>& faces,
                           const FontStack& fonts, const LayoutOptions& options) {
    // Controls (a line feed, a tab) are shaped as spaces: fonts have no glyph for them.
    std::vector<uint32_t> shaped(cps.begin(), cps.end());
    hb_unicode_funcs_t* uf = hb_unicode_funcs_get_default();
    for (auto& cp : shaped)
        if (hb_unicode_general_category(uf, cp) == HB_UNICODE_GENERAL_CATEGORY_CONTROL) cp = U' ';

    std::vector<Run> runs;
    hb_buffer_t* buf = hb_buffer_create();
    const size_t n = cps.size();
    for (size_t start = 0; start < n;) {
        size_t end = start + 1;
        // HarfBuzz's time grows with the square of a cluster's length: after 30 marks in a row
        // (UAX #15's stream-safe limit; no real text has more) a new run begins.
        int marks = 0;
        while (end < n && levels[end] == levels[start] && scripts[end] == scripts[start] && faces[end] == faces[start]) {
            marks = isMarkOrFormat(uf, cps[end]) ? marks + 1 : 0;
            if (marks > kMaxMarksInARow) break;
            ++end;
        }
        Run run;
        run.begin = uint32_t(start);
        run.end = uint32_t(end);
        run.level = levels[start];
        run.face = faces[start];
        const FontFace& face = fonts.face(run.face);
        hb_buffer_clear_contents(buf);
        // The whole paragraph is the context, so letters join across run edges as they should.
        hb_buffer_add_codepoints(buf, shaped.data(), int(n), unsigned(start), int(end - start));
        hb_buffer_set_direction(buf, (run.level & 1) ? HB_DIRECTION_RTL : HB_DIRECTION_LTR);
        hb_buffer_set_script(buf, scripts[start]);
        hb_buffer_set_language(buf, languageFor(scripts[start], options.language));
        // At the paragraph's edges: a mark with no letter to sit on gets a dotted circle.
        hb_buffer_set_flags(buf, hb_buffer_flags_t((start == 0 ? HB_BUFFER_FLAG_BOT : 0) | (end == n ? HB_BUFFER_FLAG_EOT : 0)));
        hb_shape(face.hbFont(), buf, nullptr, 0);
        unsigned count = 0;
        const hb_glyph_info_t* info = hb_buffer_get_glyph_infos(buf, &count);
        const hb_glyph_position_t* pos = hb_buffer_get_glyph_positions(buf, &count);
        const float scale = options.sizePx / float(face.unitsPerEm());
        run.glyph.resize(count);
        run.cluster.resize(count);
        run.advance.resize(count);
        run.xOffset.resize(count);
        run.yOffset.resize(count);
        for (unsigned g = 0; g < count; ++g) {
            run.glyph[g] = info[g].codepoint;
            run.cluster[g] = std::clamp<uint32_t>(info[g].cluster, run.begin, run.end - 1);
            run.advance[g] = float(pos[g].x_advance) * scale;
            run.xOffset[g] = float(pos[g].x_offset) * scale;
            run.yOffset[g] = -float(pos[g].y_offset) * scale;  // HarfBuzz's y grows upwards
        }
        runs.push_back(std::move(run));
        start = end;
    }
    hb_buffer_destroy(buf);
    return runs;
}

// UAX #14 opportunities through libunibreak: brk[i] says whether a line may end after cps[i].
std::vector<char> breakOpportunities(const std::vector<char32_t>& cps, const std::string& language) {
    static std::once_flag once;
    std::call_once(once, init_linebreak);
    std::vector<char> brk(cps.size());
    static_assert(sizeof(utf32_t) == sizeof(char32_t));
    set_linebreaks_utf32(reinterpret_cast<const utf32_t*>(cps.data()), cps.size(),
                         language.empty() ? nullptr : language.c_str(), brk.data());
    return brk;
}

// Greedy breaking: each line takes as much as fits, ending at the last opportunity; when none
// fits (one long word, or a URL) it is cut at the last cluster that fits, and a line always
// takes at least one cluster, so nothing overflows but a single cluster wider than the column.
std::vector<std::pair<uint32_t, uint32_t>> breakLines(const std::vector<char32_t>& cps, const std::vector<char>& brk,
                                                      const std::vector<float>& advance, const std::vector<bool>& clusterStart,
                                                      float maxWidth) {
    std::vector<std::pair<uint32_t, uint32_t>> lines;
    const size_t n = cps.size();
    const bool wrap = maxWidth > 0;
    size_t start = 0;
    while (start < n) {
        float w = 0;
        size_t best = 0;  // last break opportunity after start, 0: none
        size_t end = n;
        for (size_t i = start; i < n; ++i) {
            if (i > start && clusterStart[i]) {
                if (brk[i - 1] == LINEBREAK_MUSTBREAK) {
                    end = i;
                    break;
                }
                if (brk[i - 1] == LINEBREAK_ALLOWBREAK) best = i;
            }
            const float a = advance[i];
            if (wrap && i > start && a > 0 && w + a > maxWidth && !utf8::isSpace(cps[i])) {
                if (best > start) {
                    end = best;
                } else {
                    end = i;
                    while (end > start && !clusterStart[end]) --end;
                    if (end == start) {  // the first cluster alone is too wide: it gets the line
                        end = start + 1;
                        while (end < n && !clusterStart[end]) ++end;
                    }
                }
                break;
            }
            w += a;
        }
        lines.emplace_back(uint32_t(start), uint32_t(end));
        start = end;
    }
    return lines;
}

// A piece of a line: part of one run, at one level (trailing spaces at the paragraph's, L1).
struct Segment {
    const Run* run;
    uint32_t begin, end;
    FriBidiLevel level;
};

// UAX #9 L2: from the highest level down to the lowest odd one, reverse every sequence of
// segments at that level or higher.
void reorderVisually(std::vector<Segment>& segs) {
    if (segs.empty()) return;
    int hi = 0, lowOdd = 1000;
    for (const Segment& s : segs) {
        hi = std::max(hi, int(s.level));
        if (s.level & 1) lowOdd = std::min(lowOdd, int(s.level));
    }
    for (int level = hi; level >= lowOdd; --level) {
        for (size_t i = 0; i < segs.size();) {
            if (segs[i].level < level) {
                ++i;
                continue;
            }
            size_t j = i;
            while (j < segs.size() && segs[j].level >= level) ++j;
            std::reverse(segs.begin() + std::ptrdiff_t(i), segs.begin() + std::ptrdiff_t(j));
            i = j;
        }
    }
}

// The run's glyphs whose clusters lie in [begin, end): a contiguous slice, since HarfBuzz keeps
// clusters monotonic (rising left to right, or falling in a right-to-left run).
std::pair<size_t, size_t> glyphSlice(const Run& run, uint32_t begin, uint32_t end) {
    const auto& c = run.cluster;
    if (run.level & 1) {
        const auto first = std::partition_point(c.begin(), c.end(), [&](uint32_t v) { return v >= end; });
        const auto last = std::partition_point(first, c.end(), [&](uint32_t v) { return v >= begin; });
        return {size_t(first - c.begin()), size_t(last - c.begin())};
    }
    const auto first = std::partition_point(c.begin(), c.end(), [&](uint32_t v) { return v < begin; });
    const auto last = std::partition_point(first, c.end(), [&](uint32_t v) { return v < end; });
    return {size_t(first - c.begin()), size_t(last - c.begin())};
}

} // namespace

ParagraphLayout layoutParagraph(std::string_view text, const FontStack& fonts, const LayoutOptions& options) {
    ParagraphLayout out;
    Decoded d = decode(text);
    const size_t n = d.cps.size();
    const auto& cps = d.cps;

    std::vector<FriBidiLevel> levels;
    if (n > 0) {
        levels = bidiLevels(cps, options.direction, out.rtl);
    } else {
        out.rtl = options.direction == BaseDirection::RightToLeft;
    }
    const FriBidiLevel baseLevel = out.rtl ? 1 : 0;
    const std::vector<hb_script_t> scripts = resolvedScripts(cps);
    std::vector<bool> bold(n, options.bold);
    for (const BoldSpan& span : options.boldSpans) {
        const auto from = std::lower_bound(d.bytes.begin(), d.bytes.end() - 1, uint32_t(span.begin));
        const auto to = std::lower_bound(d.bytes.begin(), d.bytes.end() - 1, uint32_t(std::min(span.end, text.size())));
        for (auto it = from; it < to; ++it) bold[size_t(it - d.bytes.begin())] = true;
    }
    const std::vector<FaceId> faces = chooseFaces(cps, scripts, bold, fonts);
    const std::vector<Run> runs = shapeRuns(cps, levels, scripts, faces, fonts, options);

    std::vector<float> advance(n, 0.0f);
    std::vector<bool> clusterStart(n + 1, false);
    clusterStart[n] = true;
    for (const Run& r : runs) {
        clusterStart[r.begin] = true;
        for (size_t g = 0; g < r.glyph.size(); ++g) {
            advance[r.cluster[g]] += r.advance[g];
            clusterStart[r.cluster[g]] = true;
        }
    }
    std::vector<char> brk = breakOpportunities(cps, options.language);
    auto ranges = breakLines(cps, brk, advance, clusterStart, options.maxWidth);
    if (ranges.empty() || isHardBreak(cps[n - 1])) ranges.emplace_back(uint32_t(n), uint32_t(n));  // caret room

    size_t runIndex = 0;
    std::vector<int> boxOf;  // cluster's box on the current line, by code point offset in the line
    std::vector<Segment> segs;
    float top = 0;
    for (const auto& [ls, le] : ranges) {
        Line line;
        line.byteBegin = d.bytes[ls];
        line.byteEnd = d.bytes[le];
        uint32_t ws = le;
        while (ws > ls && utf8::isSpace(cps[ws - 1])) --ws;

        segs.clear();
        while (runIndex < runs.size() && runs[runIndex].end <= ls) ++runIndex;
        for (size_t r = runIndex; r < runs.size() && runs[r].begin < le; ++r) {
            const uint32_t b = std::max(runs[r].begin, ls), e = std::min(runs[r].end, le);
            if (b < std::min(e, ws)) segs.push_back({&runs[r], b, std::min(e, ws), runs[r].level});
            if (std::max(b, ws) < e) segs.push_back({&runs[r], std::max(b, ws), e, baseLevel});
        }
        reorderVisually(segs);

        boxOf.assign(le - ls, -1);
        float pen = 0, trailing = 0;
        std::vector<FaceId> used;
        for (const Segment& s : segs) {
            const Run& run = *s.run;
            auto [g0, g1] = glyphSlice(run, s.begin, s.end);
            const bool reversed = (s.level & 1) != (run.level & 1);
            for (size_t k = 0; k < g1 - g0; ++k) {
                const size_t g = reversed ? g1 - 1 - k : g0 + k;
                const uint32_t c = run.cluster[g];
                line.glyphs.push_back({run.face, run.glyph[g], pen + run.xOffset[g], run.yOffset[g], run.advance[g], d.bytes[c]});
                int& box = boxOf[c - ls];
                if (box < 0) {
                    box = int(line.clusters.size());
                    line.clusters.push_back({d.bytes[c], 0, c, 0, pen, pen + run.advance[g], bool(s.level & 1)});
                } else {
                    ClusterBox& cb = line.clusters[size_t(box)];
                    cb.x0 = std::min(cb.x0, pen);
                    cb.x1 = std::max(cb.x1, pen + run.advance[g]);
                }
                pen += run.advance[g];
                if (c >= ws) trailing += run.advance[g];
            }
            if (std::find(used.begin(), used.end(), run.face) == used.end()) used.push_back(run.face);
        }
        std::sort(line.clusters.begin(), line.clusters.end(), [](const ClusterBox& a, const ClusterBox& b) { return a.cpBegin < b.cpBegin; });
        for (size_t k = 0; k < line.clusters.size(); ++k) {
            ClusterBox& cb = line.clusters[k];
            cb.cpEnd = k + 1 < line.clusters.size() ? line.clusters[k + 1].cpBegin : le;
            cb.byteEnd = d.bytes[cb.cpEnd];
        }
        line.width = pen - trailing;
        // Trailing spaces sit at the paragraph's level (L1): on the right of a left-to-right
        // line, on the left of a right-to-left one.
        line.left = out.rtl ? trailing : 0;
        if (used.empty()) used.push_back(faceId(out.rtl ? Family::Arabic : Family::Sans, options.bold));
        for (FaceId f : used) {
            const FontFace& face = fonts.face(f);
            const float scale = options.sizePx / float(face.unitsPerEm());
            line.ascent = std::max(line.ascent, float(face.ascender()) * scale);
            line.descent = std::max(line.descent, -float(face.descender()) * scale);
        }
        if (line.ascent + line.descent <= 0) line.ascent = options.sizePx;  // no usable font
        line.baseline = top + line.ascent;
        top += line.ascent + line.descent;
        out.width = std::max(out.width, line.width);
        out.lines.push_back(std::move(line));
    }
    out.height = top;

    // Right-to-left paragraphs align right: in the column, or with the widest line unwrapped.
    if (out.rtl) {
        const float column = options.maxWidth > 0 ? options.maxWidth : out.width;
        for (Line& line : out.lines) {
            const float shift = column - line.width - line.left;
            for (PositionedGlyph& g : line.glyphs) g.x += shift;
            for (ClusterBox& cb : line.clusters) {
                cb.x0 += shift;
                cb.x1 += shift;
            }
            line.left += shift;
        }
    }
    for (const Run& r : runs) {
        ShapedRun sr{d.bytes[r.begin], d.bytes[r.end], r.face, bool(r.level & 1), {}, {}};
        char tag[5] = {};
        hb_tag_to_string(hb_script_to_iso15924_tag(scripts[r.begin]), tag);
        sr.script = tag;
        if (const hb_language_t lang = languageFor(scripts[r.begin], options.language)) sr.language = hb_language_to_string(lang);
        out.runs.push_back(std::move(sr));
    }
    out.cpBytes = std::move(d.bytes);
    return out;
}

} // namespace lectern::text
