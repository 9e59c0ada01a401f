// Module layout: turns Blocks into positioned lines and shapes.
//
// Index
//   [SECTION] Helpers
//   [SECTION] Inline layout (word wrap across styled spans)
//   [SECTION] Block layout (paragraphs, headings, lists, quotes, code, callouts, timelines)
//   [SECTION] Module layout
#include "ui/layout/module_layout.h"

#include "ui/layout/block_direction.h"
#include "ui/layout/callout_style.h"
#include "ui/layout/text_measure.h"
#include "ui/layout/word_wrap.h"

#include "course/callout_title.h"
#include "course/link_kind.h"
#include "i18n/tr.h"

#include <imgui.h>

#include <algorithm>
#include <atomic>
#include <cctype>
#include <cmath>
#include <filesystem>

namespace lectern::ui::layout {

//-----------------------------------------------------------------------------
// [SECTION] Helpers
//-----------------------------------------------------------------------------

namespace {
std::atomic<long> g_layoutRuns{0};
}

long layoutRunCount() { return g_layoutRuns.load(); }

ImFont* fontFor(const FontSet& f, FontRole role) {
    ImFont* r = nullptr;
    switch (role) {
    case FontRole::Regular: r = f.regular; break;
    case FontRole::Bold: r = f.bold; break;
    case FontRole::Italic: r = f.italic; break;
    case FontRole::BoldItalic: r = f.boldItalic; break;
    case FontRole::Mono: r = f.mono; break;
    case FontRole::H1: r = f.h1; break;
    case FontRole::H2: r = f.h2; break;
    case FontRole::H3: r = f.h3; break;
    }
    return r ? r : f.regular;
}

unsigned inkColor(const Theme& t, Ink ink) {
    switch (ink) {
    case Ink::Text: return t.text;
    case Ink::Muted: return t.textMuted;
    case Ink::Link: return t.link;
    case Ink::Glossary: return t.glossary;
    case Ink::Code: return t.text;
    case Ink::Accent: return t.accent;
    case Ink::QuoteBar: return t.quoteBar;
    case Ink::CodeBg: return t.codeBg;
    case Ink::GoalsBg: return t.goalsBg;
    case Ink::GoalsBorder: return t.goalsBorder;
    case Ink::EngageBg: return t.engageBg;
    case Ink::EngageBorder: return t.engageBorder;
    case Ink::NoteBg: return t.noteBg;
    case Ink::NoteBorder: return t.noteBorder;
    case Ink::CalloutNoteBg: return calloutBackground(t, CalloutLook::Note);
    case Ink::CalloutNoteBorder: return calloutBorder(t, CalloutLook::Note);
    case Ink::CalloutTipBg: return calloutBackground(t, CalloutLook::Tip);
    case Ink::CalloutTipBorder: return calloutBorder(t, CalloutLook::Tip);
    case Ink::CalloutImportantBg: return calloutBackground(t, CalloutLook::Important);
    case Ink::CalloutImportantBorder: return calloutBorder(t, CalloutLook::Important);
    case Ink::CalloutWarningBg: return calloutBackground(t, CalloutLook::Warning);
    case Ink::CalloutWarningBorder: return calloutBorder(t, CalloutLook::Warning);
    case Ink::CalloutCautionBg: return calloutBackground(t, CalloutLook::Caution);
    case Ink::CalloutCautionBorder: return calloutBorder(t, CalloutLook::Caution);
    case Ink::TableHeaderBg: return t.codeBg;
    }
    return t.text;
}

float blockGap(float fontPx) { return std::round(fontPx * 0.8f); }

void ModuleLayout::restack(float gap) {
    float y = 0;
    for (BlockLayout& b : blocks) {
        b.y = y;
        y += b.height + gap;
    }
    totalHeight = blocks.empty() ? 0 : y - gap;
}

size_t ModuleLayout::blockAt(float y) const {
    if (blocks.empty()) return 0;
    auto it = std::upper_bound(blocks.begin(), blocks.end(), y, [](float v, const BlockLayout& b) { return v < b.y; });
    if (it == blocks.begin()) return 0;
    return static_cast<size_t>(it - blocks.begin()) - 1;
}

namespace {

bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

//-----------------------------------------------------------------------------
// [SECTION] Inline layout (word wrap across styled spans)
//-----------------------------------------------------------------------------

struct TextStyle {
    FontRole font = FontRole::Regular;
    Ink ink = Ink::Text;
    float lineSpacing = 1.45f;
};

class Builder {
public:
    Builder(const LayoutInput& in, BlockLayout& out) : m_in(in), m_out(out), m_px(in.fonts->basePx) {}

    float px() const { return m_px; }

    //--- lines -------------------------------------------------------------
    void beginLine(float x0, float y) {
        m_line = Line{};
        m_line.y = y;
        m_line.firstRun = static_cast<uint32_t>(m_out.runs.size());
        m_lineX0 = x0;
        m_x = 0;
        m_lineMaxFont = 0;
        m_lineOpen = true;
    }
    // Closes the current line and returns the y below it.
    float endLine(float spacing) {
        m_line.runCount = static_cast<uint32_t>(m_out.runs.size()) - m_line.firstRun;
        float h = (m_lineMaxFont > 0 ? m_lineMaxFont : m_px) * spacing;
        m_line.height = std::round(h);
        m_out.lines.push_back(m_line);
        m_lineOpen = false;
        return m_line.y + m_line.height;
    }

    void addRun(const char* b, const char* e, float width, FontRole font, Ink ink, uint8_t deco, int link,
                bool mayExtend) {
        ImFont* f = fontFor(*m_in.fonts, font);
        m_lineMaxFont = std::max(m_lineMaxFont, f->FontSize);
        const uint32_t count = static_cast<uint32_t>(m_out.runs.size()) - m_line.firstRun;
        if (mayExtend && count > 0) {
            Run& last = m_out.runs.back();
            if (last.end == b && last.font == font && last.ink == ink && last.decoration == deco && last.link == link) {
                last.end = e;
                last.width = m_lineX0 + m_x + width - last.x;
                m_x += width;
                return;
            }
        }
        Run r;
        r.begin = b;
        r.end = e;
        r.x = m_lineX0 + m_x;
        r.width = width;
        r.font = font;
        r.ink = ink;
        r.decoration = deco;
        r.link = link;
        m_out.runs.push_back(r);
        m_x += width;
    }

    // Lays out the words of `text` on from the current line (the shared wrapper, word_wrap.h),
    // extending the previous run across a single space. `pendingSpace` is the width of the space
    // owed before the next word (it carries over from one span to the next). Returns the y of
    // the line being filled.
    float words(std::string_view text, ImFont* f, FontRole font, Ink ink, uint8_t deco, int link, float x0,
                float width, float y, float lineSpacing, float& pendingSpace, float glueAfter = 0) {
        struct Sink {
            Builder& b;
            std::string_view text;
            FontRole font;
            Ink ink;
            uint8_t deco;
            int link;
            float x0, lineSpacing, y;
            float lineWidth() const { return b.m_x; }
            void newLine() {
                y = b.endLine(lineSpacing);
                b.beginLine(x0, y);
            }
            void place(const char* wb, const char* we, float ww, float space) {
                // Extend the previous run when the space between is a single ' ' of this text.
                const bool contiguous = space > 0 && wb > text.data() && wb[-1] == ' ' &&
                                        (wb - 1 == text.data() || !isSpace(wb[-2]));
                if (contiguous && !b.m_out.runs.empty() && b.m_out.runs.back().end == wb - 1 &&
                    static_cast<uint32_t>(b.m_out.runs.size()) > b.m_line.firstRun) {
                    b.addRun(wb - 1, we, space + ww, font, ink, deco, link, true);
                } else {
                    b.m_x += space;
                    b.addRun(wb, we, ww, font, ink, deco, link, false);
                }
            }
        } sink{*this, text, font, ink, deco, link, x0, lineSpacing, y};
        wrapWords(text, width, FontMeasure{f}, sink, pendingSpace, Spaces::Collapse, glueAfter);
        return sink.y;
    }

    // The width of the text glued to the end of spans[i] without a space (the first word of
    // the next span, e.g. the "," after a link): it wraps together with spans[i]'s last word.
    float glueAfter(const Inlines& spans, size_t i, FontRole base) const {
        const std::string& t = spans[i].text;
        if (t.empty() || isSpace(t.back()) || i + 1 >= spans.size()) return 0;
        const Span& next = spans[i + 1];
        if (next.flags & (SpanHardBreak | SpanSoftBreak | SpanImage) || next.text.empty() || isSpace(next.text[0])) return 0;
        size_t e = 0;
        while (e < next.text.size() && !isSpace(next.text[e])) ++e;
        return measureText(fontFor(*m_in.fonts, spanFont(next.flags, base)), next.text.data(), next.text.data() + e);
    }

    float inlines(const Inlines& spans, float x0, float width, float y, TextStyle base, float minWidth = -1) {
        width = std::max(width, minWidth >= 0 ? minWidth : m_px * 4);
        beginLine(x0, y);
        float pendingSpace = 0;  // width of the space before the next word on this line
        for (size_t si = 0; si < spans.size(); ++si) {
            const Span& s = spans[si];
            if (s.flags & SpanHardBreak) {
                y = endLine(base.lineSpacing);
                beginLine(x0, y);
                pendingSpace = 0;
                continue;
            }
            FontRole font = spanFont(s.flags, base.font);
            Ink ink = base.ink;
            uint8_t deco = 0;
            int link = -1;
            if (s.flags & SpanImage) {
                // An inline image: its own lines, between the text around it.
                if (m_x > 0) y = endLine(base.lineSpacing);
                y = image(s, x0, width, y);
                beginLine(x0, y);
                pendingSpace = 0;
                continue;
            }
            if (s.flags & SpanCode) deco |= RunCodeBg;
            if (s.flags & SpanStrike) deco |= RunStrike;
            if (s.flags & SpanHtml) ink = Ink::Muted;
            if (s.flags & SpanLink) {
                ink = Ink::Link;
                deco |= RunUnderline;
            }
            if (s.flags & SpanGlossary) {
                ink = Ink::Glossary;
                deco |= RunDotted;
            }
            if (s.flags & (SpanLink | SpanGlossary)) {
                link = static_cast<int>(m_out.links.size());
                // The flags keep the link kind the loader decided (course/link_kind.h).
                m_out.links.push_back(LinkTarget{
                    static_cast<uint16_t>(s.flags & (SpanLink | SpanGlossary | kSpanLinkKindMask)), s.target, s.text});
            }
            ImFont* f = fontFor(*m_in.fonts, font);
            const float spaceW = measureText(f, " ", " " + 1);
            if (s.flags & SpanSoftBreak) {
                if (m_x > 0) pendingSpace = spaceW;
                continue;
            }
            y = words(s.text, f, font, ink, deco, link, x0, width, y, base.lineSpacing, pendingSpace,
                      glueAfter(spans, si, base.font));
        }
        return endLine(base.lineSpacing);
    }

    // One line of plain text (generated or literal), no wrapping: list numbers, dates.
    float label(std::string_view text, float x, float y, FontRole font, Ink ink, float spacing = 1.45f) {
        beginLine(x, y);
        ImFont* f = fontFor(*m_in.fonts, font);
        addRun(text.data(), text.data() + text.size(), measureText(f, text.data(), text.data() + text.size()), font, ink,
               0, -1, false);
        return endLine(spacing);
    }

    // Literal text (code, raw HTML): each source line wrapped between characters, or, with
    // `wrap` false, kept whole (the block then scrolls sideways; sets m_widest).
    float literal(const std::string& text, float x0, float width, float y, FontRole font, Ink ink, bool wrap = true) {
        ImFont* f = fontFor(*m_in.fonts, font);
        const char* p = text.data();
        const char* end = p + text.size();
        if (p < end && end[-1] == '\n') --end;
        while (p <= end) {
            const char* nl = std::find(p, end, '\n');
            const char* le = nl;
            if (le > p && le[-1] == '\r') --le;
            const char* q = p;
            do {
                beginLine(x0, y);
                const char* cut = q < le ? (wrap ? fitText(f, q, le, width) : le) : le;
                const float w = cut > q ? measureText(f, q, cut) : 0;
                if (cut > q) addRun(q, cut, w, font, ink, 0, -1, false);
                m_widest = std::max(m_widest, w);
                y = endLine(1.35f);
                q = cut;
            } while (q < le);
            if (nl >= end) break;
            p = nl + 1;
        }
        return y;
    }

    float image(const Span& s, float x0, float width, float y) {
        // The loader resolved the target against the module folder (joining the folder again
        // doubled a relative --course path, and no image showed).
        const std::string& path = s.target;
        int w = 0, h = 0;
        // Only a file the loader found inside the course is opened (util/contained_path.h).
        if (linkKind(s) == LinkKind::CourseFile && m_in.imageSize && m_in.imageSize(path, w, h) && w > 0 && h > 0) {
            float scale = std::min(1.0f, width / float(w));
            float dw = std::round(w * scale), dh = std::round(h * scale);
            Shape sh;
            sh.kind = ShapeKind::Image;
            sh.x0 = x0;
            sh.y0 = y;
            sh.x1 = x0 + dw;
            sh.y1 = y + dh;
            sh.image = static_cast<int>(m_out.images.size());
            m_out.images.push_back(ImagePlacement{path, s.text});
            m_out.shapes.push_back(sh);
            y += dh;
            if (!s.text.empty()) {  // the alt text doubles as a caption
                Span cap;
                cap.text = s.text;
                Inlines caption{cap};
                y = inlinesOwned(caption, x0, width, y + m_px * 0.3f, TextStyle{FontRole::Italic, Ink::Muted, 1.35f});
            }
            return y;
        }
        // No texture: the alt text stands in, framed so it reads as an image placeholder.
        const std::string& text = m_out.owned.emplace_back(
            "[Image: " + (s.text.empty() ? std::filesystem::path(s.target).filename().string() : s.text) + "]");
        float top = y;
        y = plain({{std::string_view(text), 0}}, x0 + m_px * 0.5f, width - m_px, y + m_px * 0.3f,
                  TextStyle{FontRole::Italic, Ink::Muted, 1.4f});
        y += m_px * 0.3f;
        m_out.shapes.push_back(Shape{ShapeKind::StrokeRect, Ink::QuoteBar, x0, top, x0 + width, y, 1.0f, -1});
        return y;
    }

    // Like inlines() for spans that live only during layout: copies their text into `owned`.
    float inlinesOwned(const Inlines& spans, float x0, float width, float y, TextStyle style) {
        std::vector<std::pair<std::string_view, uint16_t>> parts;
        for (const Span& s : spans) parts.emplace_back(m_out.owned.emplace_back(s.text), s.flags);
        return plain(parts, x0, width, y, style);
    }

    // Word wrap for text that is not in the document (owned strings): no links.
    float plain(const std::vector<std::pair<std::string_view, uint16_t>>& parts, float x0, float width, float y,
                TextStyle style) {
        width = std::max(width, m_px * 4);
        beginLine(x0, y);
        float pendingSpace = 0;
        for (auto [text, flags] : parts) {
            FontRole font = spanFont(flags, style.font);
            y = words(text, fontFor(*m_in.fonts, font), font, style.ink, 0, -1, x0, width, y, style.lineSpacing,
                      pendingSpace);
        }
        return endLine(style.lineSpacing);
    }

    static FontRole spanFont(uint16_t flags, FontRole base) {
        if (flags & SpanCode) return FontRole::Mono;
        const bool heading = base == FontRole::H1 || base == FontRole::H2 || base == FontRole::H3;
        if (heading) return base;
        bool bold = (flags & SpanStrong) || base == FontRole::Bold || base == FontRole::BoldItalic;
        bool italic = (flags & SpanEmph) || base == FontRole::Italic || base == FontRole::BoldItalic;
        if (bold && italic) return FontRole::BoldItalic;
        if (bold) return FontRole::Bold;
        if (italic) return FontRole::Italic;
        return FontRole::Regular;
    }

    //-----------------------------------------------------------------------------
    // [SECTION] Block layout
    //-----------------------------------------------------------------------------

    // Lays out `b` in [x, x + width) from y; returns the y below it (no trailing gap).
    float block(const Block& b, float x, float width, float y, int depth, bool tight, TextStyle style) {
        if (depth > 60) return label("…", x, y, FontRole::Regular, Ink::Muted);  // absurd nesting
        switch (b.kind) {
        case BlockKind::Paragraph: {
            if (b.inlines.size() == 1 && (b.inlines[0].flags & SpanImage)) return image(b.inlines[0], x, width, y);
            return inlines(b.inlines, x, width, y, style);
        }
        case BlockKind::Heading: {
            FontRole f = b.level <= 1 ? FontRole::H1 : b.level == 2 ? FontRole::H2 : FontRole::H3;
            float top = y + (b.level <= 2 ? m_px * 0.6f : m_px * 0.3f);
            float bottom = inlines(b.inlines, x, width, top, TextStyle{f, Ink::Text, 1.25f});
            if (b.level == 2) {
                m_out.shapes.push_back(Shape{ShapeKind::Segment, Ink::QuoteBar, x, bottom + 2, x + width, bottom + 2, 1.0f, -1});
                bottom += 4;
            }
            return bottom;
        }
        case BlockKind::BlockQuote: {
            float top = y;
            float indent = m_px * 1.1f;
            y = children(b.children, x + indent, width - indent, y, depth + 1, tight,
                         TextStyle{style.font == FontRole::Regular ? FontRole::Italic : style.font, Ink::Muted, style.lineSpacing});
            m_out.shapes.push_back(Shape{ShapeKind::FillRect, Ink::QuoteBar, x + 2, top, x + 6, y, 1.0f, -1});
            return y;
        }
        case BlockKind::List: return list(b, x, width, y, depth, style);
        case BlockKind::ListItem: return children(b.children, x, width, y, depth + 1, tight, style);
        case BlockKind::CodeBlock:
        case BlockKind::HtmlBlock: {
            float pad = m_px * 0.6f;
            size_t shapeAt = m_out.shapes.size();
            m_out.shapes.push_back(Shape{ShapeKind::FillRect, Ink::CodeBg, x, y, x + width, y, 1.0f, -1});
            // A top-level code block keeps its lines whole and scrolls sideways (code broken
            // mid-word misleads); nested in a list or a quote it wraps between characters.
            const bool scrolls = depth == 0;
            m_widest = 0;
            float bottom = literal(b.literal, x + pad, width - 2 * pad, y + pad, FontRole::Mono,
                                   b.kind == BlockKind::HtmlBlock ? Ink::Muted : Ink::Code, !scrolls) + pad;
            if (scrolls && m_widest > width - 2 * pad) {
                m_out.scrollWidth = m_widest;
                m_out.clipX0 = x + pad;
                m_out.clipX1 = x + width - pad;
                bottom += kScrollBarRoom * m_px;  // room for the sideways scroll bar under the text
            }
            m_out.shapes[shapeAt].y1 = bottom;
            return bottom;
        }
        case BlockKind::ThematicBreak: {
            float mid = y + m_px * 0.75f;
            m_out.shapes.push_back(Shape{ShapeKind::Segment, Ink::QuoteBar, x + width * 0.2f, mid, x + width * 0.8f, mid, 1.5f, -1});
            return y + m_px * 1.5f;
        }
        case BlockKind::Callout: return callout(b, x, width, y, depth);
        case BlockKind::Timeline: return timeline(b, x, width, y);
        case BlockKind::Table: return table(b, x, width, y);
        case BlockKind::TableRow:
        case BlockKind::TableCell: return y;  // laid out by table()
        case BlockKind::Quiz:
        case BlockKind::Reflection:
            // Only top-level interactive blocks are live; a nested one is named, not lost.
            return label(b.kind == BlockKind::Quiz ? "[Quiz: open it from the module's page]" : "[Reflection]", x, y,
                         FontRole::Italic, Ink::Muted);
        }
        return y;
    }

    float children(const std::vector<Block>& kids, float x, float width, float y, int depth, bool tight, TextStyle style) {
        bool first = true;
        for (const Block& c : kids) {
            if (!first) y += tight ? m_px * 0.25f : m_px * 0.7f;
            y = block(c, x, width, y, depth, tight, style);
            first = false;
        }
        return y;
    }

    float list(const Block& b, float x, float width, float y, int depth, TextStyle style) {
        const float indent = m_px * 1.6f;
        int number = b.listStart;
        bool first = true;
        const int bulletLevel = m_listDepth++;  // filled, hollow, filled... by list nesting
        for (const Block& item : b.children) {
            if (!first) y += b.tight ? m_px * 0.2f : m_px * 0.6f;
            first = false;
            const float lineH = std::round(m_px * style.lineSpacing);
            if (b.ordered) {
                const std::string& n = m_out.owned.emplace_back(std::to_string(number++) + ".");
                ImFont* f = fontFor(*m_in.fonts, FontRole::Regular);
                float w = measureText(f, n.data(), n.data() + n.size());
                beginLine(x + indent - w - m_px * 0.4f, y);
                addRun(n.data(), n.data() + n.size(), w, FontRole::Regular, Ink::Muted, 0, -1, false);
                endLine(style.lineSpacing);
            } else {
                float cx = x + indent * 0.5f, cy = y + lineH * 0.5f, r = std::max(2.0f, m_px * 0.16f);
                ShapeKind k = bulletLevel % 3 == 1 ? ShapeKind::StrokeCircle : ShapeKind::FillCircle;
                m_out.shapes.push_back(Shape{k, Ink::Text, cx, cy, r, 0, 1.2f, -1});
            }
            float bottom = item.children.empty() ? y + lineH
                                                 : children(item.children, x + indent, width - indent, y, depth + 1, b.tight, style);
            y = bottom;
        }
        --m_listDepth;
        return y;
    }

    float callout(const Block& b, float x, float width, float y, int depth) {
        static const Ink kBg[] = {Ink::CalloutNoteBg, Ink::CalloutTipBg, Ink::CalloutImportantBg, Ink::CalloutWarningBg,
                                  Ink::CalloutCautionBg};
        static const Ink kBorder[] = {Ink::CalloutNoteBorder, Ink::CalloutTipBorder, Ink::CalloutImportantBorder,
                                      Ink::CalloutWarningBorder, Ink::CalloutCautionBorder};
        static const ShapeKind kIcon[] = {ShapeKind::IconInfo, ShapeKind::IconTip, ShapeKind::IconImportant,
                                          ShapeKind::IconWarning, ShapeKind::IconCaution};
        const int look = static_cast<int>(calloutLook(b.calloutMarker));
        Ink bg = kBg[look], border = kBorder[look];
        ShapeKind icon = kIcon[look];
        const char* defaultTitle = tr(untitledCalloutTitle(b.calloutMarker));
        if (b.calloutKind == CalloutKind::Goals) {
            bg = Ink::GoalsBg;
            border = Ink::GoalsBorder;
            icon = ShapeKind::Target;
        } else if (b.calloutKind == CalloutKind::Engage) {
            bg = Ink::EngageBg;
            border = Ink::EngageBorder;
            icon = ShapeKind::Arrow;
        }
        const float pad = m_px * 0.8f;
        size_t bgAt = m_out.shapes.size();
        m_out.shapes.push_back(Shape{ShapeKind::FillRect, bg, x, y, x + width, y, 1.0f, -1});
        m_out.shapes.push_back(Shape{ShapeKind::FillRect, border, x, y, x + 5, y, 1.0f, -1});
        float textX = x + pad + 5;
        float iconSize = m_px * 1.3f;
        {  // every callout has its icon, in its border colour: the kinds differ in shape, not only hue
            float cx = textX + iconSize * 0.5f, cy = y + pad + m_px * 0.72f;
            float radius = iconSize * 0.5f;
            m_out.shapes.push_back(Shape{icon, border, cx, cy, radius, 0, std::max(1.5f, m_px * 0.1f), -1});
            textX += iconSize + m_px * 0.5f;
        }
        float innerW = x + width - pad - textX;
        float yy = y + pad;
        if (!b.inlines.empty()) {
            yy = inlines(b.inlines, textX, innerW, yy, TextStyle{FontRole::Bold, Ink::Text, 1.4f});
        } else {
            yy = label(defaultTitle, textX, yy, FontRole::Bold, Ink::Text, 1.4f);
        }
        yy += m_px * 0.3f;
        yy = children(b.children, textX, innerW, yy, depth + 1, false, TextStyle{});
        yy += pad;
        m_out.shapes[bgAt].y1 = yy;
        m_out.shapes[bgAt + 1].y1 = yy;
        return yy;
    }

    // A cell's width on one line (`natural`) and its widest word (`minimum`), as laid out.
    void measureCell(const Inlines& spans, FontRole base, float& natural, float& minimum) const {
        float line = 0, word = 0;
        const float space = measureText(fontFor(*m_in.fonts, FontRole::Regular), " ", " " + 1);
        for (const Span& s : spans) {
            if (s.flags & (SpanHardBreak | SpanSoftBreak)) {
                line += space;
                word = 0;
                continue;
            }
            ImFont* f = fontFor(*m_in.fonts, spanFont(s.flags, base));
            const std::string& t = s.text;  // an image in a cell shows its alt text
            const char* p = t.data();
            const char* end = p + t.size();
            line += measureText(f, p, end);
            while (p < end) {
                const char* q = p;
                while (q < end && !isSpace(*q)) ++q;
                word += measureText(f, p, q);
                minimum = std::max(minimum, word);
                if (q < end) word = 0;
                p = q < end ? q + 1 : q;
            }
        }
        natural = std::max(natural, line);
    }

    // Columns as wide as their text when the table fits; else each keeps its widest word and
    // shares the rest by how much more it wants; a table whose words alone are wider than the
    // page shrinks every column alike (long words then break between characters).
    std::vector<float> columnWidths(const std::vector<float>& natural, const std::vector<float>& minimum, float inner) const {
        const size_t n = natural.size();
        inner = std::max(inner, float(n));
        const float floorW = std::min(m_px * 1.5f, inner / float(n));  // a column is never narrower
        float sumNat = 0, sumMin = 0;
        for (size_t c = 0; c < n; ++c) sumNat += std::max(natural[c], floorW), sumMin += std::max(minimum[c], floorW);
        std::vector<float> w(n);
        // Widths are whole pixels, rounded up where the text must fit (a column a fraction
        // narrower than its word would break it); one pixel per column is kept for that.
        const float room = inner - float(n);
        for (size_t c = 0; c < n; ++c) {
            const float nat = std::max(natural[c], floorW), mn = std::max(minimum[c], floorW);
            if (sumNat <= room) w[c] = std::ceil(nat);
            else if (sumMin <= room) w[c] = std::ceil(mn + (sumNat > sumMin ? (room - sumMin) * (nat - mn) / (sumNat - sumMin) : 0));
            else w[c] = std::floor(floorW + (inner - floorW * float(n)) * (mn - floorW) / std::max(1.0f, sumMin - floorW * float(n)));
            w[c] = std::max(1.0f, w[c]);
        }
        return w;
    }

    // A GitHub pipe table: a grid, the header row bold on a tinted band, each cell wrapped in its
    // column and aligned as its delimiter row says.
    float table(const Block& t, float x, float width, float y) {
        size_t cols = t.columnAlign.size();
        for (const Block& row : t.children) cols = std::max(cols, row.children.size());
        if (cols == 0 || t.children.empty()) return y;
        // Many columns on a narrow page: thinner padding, so the text keeps the room.
        const float pad = std::max(1.0f, std::min(std::round(m_px * 0.45f), std::floor(width / (float(cols) * 8)))),
                    vpad = std::round(m_px * 0.3f);
        std::vector<float> natural(cols, 0), minimum(cols, 0);
        for (size_t r = 0; r < t.children.size(); ++r)
            for (size_t c = 0; c < t.children[r].children.size() && c < cols; ++c)
                measureCell(t.children[r].children[c].inlines, r == 0 ? FontRole::Bold : FontRole::Regular, natural[c],
                            minimum[c]);
        const std::vector<float> w = columnWidths(natural, minimum, width - 2 * pad * float(cols) - 1);
        float tableW = 1;
        for (float cw : w) tableW += cw + 2 * pad;
        const float top = y;
        const size_t frameAt = m_out.shapes.size();
        m_out.shapes.push_back(Shape{ShapeKind::FillRect, Ink::TableHeaderBg, x, y, x + tableW, y, 1.0f, -1});
        for (size_t r = 0; r < t.children.size(); ++r) {
            const std::vector<Block>& cells = t.children[r].children;
            const TextStyle style{r == 0 ? FontRole::Bold : FontRole::Regular, Ink::Text, 1.35f};
            const size_t firstLine = m_out.lines.size();
            float rowBottom = y + vpad * 2 + std::round(m_px * style.lineSpacing);
            float cx = x;
            for (size_t c = 0; c < cols; ++c) {
                if (c < cells.size()) {
                    const size_t l0 = m_out.lines.size();
                    const float textX = cx + pad;
                    rowBottom = std::max(rowBottom, inlines(cells[c].inlines, textX, w[c], y + vpad, style, 0) + vpad);
                    const ColumnAlign a = c < t.columnAlign.size() ? t.columnAlign[c] : ColumnAlign::None;
                    if (a == ColumnAlign::Center || a == ColumnAlign::Right) alignLines(l0, textX, w[c], a == ColumnAlign::Center);
                }
                cx += w[c] + 2 * pad;
            }
            // The cells' lines interleave; the drawer finds visible lines by y: keep them in order.
            std::stable_sort(m_out.lines.begin() + long(firstLine), m_out.lines.end(),
                             [](const Line& a, const Line& b) { return a.y < b.y; });
            if (r == 0) m_out.shapes[frameAt].y1 = rowBottom;
            if (r + 1 < t.children.size())
                m_out.shapes.push_back(Shape{ShapeKind::Segment, Ink::QuoteBar, x, rowBottom, x + tableW, rowBottom,
                                             r == 0 ? 1.5f : 1.0f, -1});
            y = rowBottom;
        }
        float cx = x;
        for (size_t c = 0; c + 1 < cols; ++c) {
            cx += w[c] + 2 * pad;
            m_out.shapes.push_back(Shape{ShapeKind::Segment, Ink::QuoteBar, cx, top, cx, y, 1.0f, -1});
        }
        m_out.shapes.push_back(Shape{ShapeKind::StrokeRect, Ink::QuoteBar, x, top, x + tableW, y, 1.0f, -1});
        return y;
    }

    // Moves the runs of lines [from, end) right, to centre or right-align them in [x0, x0 + width).
    void alignLines(size_t from, float x0, float width, bool centre) {
        for (size_t i = from; i < m_out.lines.size(); ++i) {
            const Line& l = m_out.lines[i];
            if (l.runCount == 0) continue;
            const Run& last = m_out.runs[l.firstRun + l.runCount - 1];
            const float used = last.x + last.width - x0;
            const float shift = std::floor((width - used) * (centre ? 0.5f : 1.0f));
            if (shift <= 0) continue;
            for (uint32_t k = 0; k < l.runCount; ++k) m_out.runs[l.firstRun + k].x += shift;
        }
    }

    float timeline(const Block& b, float x, float width, float y) {
        const Module& m = *m_in.module;
        if (b.payload < 0 || static_cast<size_t>(b.payload) >= m.timelines.size())
            return label("[Timeline missing]", x, y, FontRole::Italic, Ink::Muted);
        const Timeline& t = m.timelines[static_cast<size_t>(b.payload)];
        if (!t.title.empty()) {
            y = label(t.title, x, y, FontRole::Bold, Ink::Text, 1.5f) + m_px * 0.3f;
        }
        const float axisX = x + m_px * 0.7f;
        const float textX = x + m_px * 2.0f;
        const float textW = width - (textX - x);
        const float r = std::max(3.0f, m_px * 0.3f);
        float firstDot = -1, lastDot = -1;
        size_t axisAt = m_out.shapes.size();
        m_out.shapes.push_back(Shape{ShapeKind::Segment, Ink::QuoteBar, axisX, y, axisX, y, std::max(2.0f, m_px * 0.12f), -1});
        for (const TimelineEvent& e : t.events) {
            float dotY = y + m_px * 0.75f;
            m_out.shapes.push_back(Shape{ShapeKind::FillCircle, Ink::Accent, axisX, dotY, r, 0, 1.0f, -1});
            if (firstDot < 0) firstDot = dotY;
            lastDot = dotY;
            y = plainRole(e.date, textX, textW, y, FontRole::Bold, Ink::Accent);
            if (!e.title.empty()) y = plainRole(e.title, textX, textW, y, FontRole::Bold, Ink::Text);
            if (!e.text.empty()) y = plainRole(e.text, textX, textW, y, FontRole::Regular, Ink::Text);
            y += m_px * 0.7f;
        }
        m_out.shapes[axisAt].y0 = firstDot < 0 ? y : firstDot;
        m_out.shapes[axisAt].y1 = lastDot < 0 ? y : lastDot;
        return y;
    }

    // Wraps a string that lives in the document (no copy).
    float plainRole(const std::string& text, float x, float width, float y, FontRole font, Ink ink) {
        return plain({{std::string_view(text), 0}}, x, width, y, TextStyle{font, ink, 1.4f});
    }

private:
    const LayoutInput& m_in;
    BlockLayout& m_out;
    float m_px;
    Line m_line;
    float m_lineX0 = 0;
    float m_x = 0;
    float m_lineMaxFont = 0;
    bool m_lineOpen = false;
    int m_listDepth = 0;
    float m_widest = 0;  // literal(): the widest line laid out
};

} // namespace

//-----------------------------------------------------------------------------
// [SECTION] Module layout
//-----------------------------------------------------------------------------

BlockLayout layoutBlock(const LayoutInput& in, size_t blockIndex) {
    BlockLayout out;
    out.blockIndex = blockIndex;
    const Block& b = in.module->blocks[blockIndex];
    if (b.kind == BlockKind::Quiz || b.kind == BlockKind::Reflection) {
        out.interactive = true;
        out.height = in.interactiveHeight ? in.interactiveHeight(blockIndex) : in.fonts->basePx * 12;
        return out;
    }
    Builder builder(in, out);
    out.height = std::ceil(builder.block(b, 0, in.width, 0, 0, false, TextStyle{}));
    mirrorIfRightToLeft(out, in.width, *in.fonts);
    return out;
}

BlockLayout layoutWrappedText(std::string_view text, const FontSet& fonts, FontRole font, float width) {
    LayoutInput in;
    in.fonts = &fonts;
    in.width = width;
    BlockLayout out;
    const std::string& owned = out.owned.emplace_back(text);
    Builder builder(in, out);
    out.height = std::ceil(builder.plain({{std::string_view(owned), 0}}, 0, width, 0, TextStyle{font, Ink::Text, 1.3f}));
    mirrorIfRightToLeft(out, width, fonts);
    return out;
}

ModuleLayout layoutModule(const LayoutInput& in) {
    ++g_layoutRuns;
    ModuleLayout ml;
    ml.module = in.module;
    ml.width = in.width;
    ml.fontPx = in.fonts->basePx;
    ml.blocks.reserve(in.module->blocks.size());
    for (size_t i = 0; i < in.module->blocks.size(); ++i) ml.blocks.push_back(layoutBlock(in, i));
    ml.restack(blockGap(ml.fontPx));
    return ml;
}

} // namespace lectern::ui::layout
