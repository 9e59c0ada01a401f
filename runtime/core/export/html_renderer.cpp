// Module -> HTML. See html_renderer.h.
//
// Index
//   [SECTION] Inlines
//   [SECTION] Interactive blocks
//   [SECTION] Blocks
#include "export/html_renderer.h"

#include "course/link_kind.h"

namespace lectern {

std::string escapeHtml(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        default: out += c;
        }
    }
    return out;
}

std::string HtmlWriter::run() {
    if (m_opt.standalone) {
        m_out += "<!DOCTYPE html>\n<html lang=\"" + escapeHtml(m_mod.meta.language) +
                 "\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + escapeHtml(m_mod.meta.title) +
                 "</title>\n</head>\n<body>\n";
    }
    for (const Block& b : m_mod.blocks) block(b, false);
    if (m_opt.standalone) m_out += "</body>\n</html>\n";
    return std::move(m_out);
}

//-----------------------------------------------------------------------------
// [SECTION] Inlines
//-----------------------------------------------------------------------------
void HtmlWriter::image(const Span& s) {
    // Only a file the loader found inside the course is referenced (course/link_kind.h).
    if (linkKind(s) == LinkKind::CourseFile)
        m_out += "<img src=\"" + escapeHtml(s.target) + "\" alt=\"" + escapeHtml(s.text) + "\" />";
    else
        m_out += escapeHtml(s.text);
}

std::optional<std::string> HtmlWriter::linkHref(const Span& s) {
    if (linkKind(s) == LinkKind::Refused) return std::nullopt;
    return s.target;
}

// The <a ...> a span opens, or "" for none.
std::string HtmlWriter::linkTag(const Span& s) {
    if (s.flags & (SpanSoftBreak | SpanHardBreak | SpanImage)) return "";
    std::string tag;
    if (s.flags & SpanLink)
        if (const std::optional<std::string> href = linkHref(s)) tag += "<a href=\"" + escapeHtml(*href) + "\">";
    if (s.flags & SpanGlossary) tag += "<a class=\"glossary\" href=\"#term-" + escapeHtml(s.target) + "\">";
    return tag;
}

void HtmlWriter::inlines(const Inlines& spans) {
    // With joinLinks, one link whose text runs over a line break stays one <a> (a screen reader
    // then announces one link, not two); otherwise each span closes its own.
    std::string open;
    const auto close = [&] {
        if (!open.empty()) m_out += "</a>";
        open.clear();
    };
    for (size_t i = 0; i < spans.size(); ++i) {
        const Span& s = spans[i];
        if (s.flags & (SpanSoftBreak | SpanHardBreak)) {
            if (!open.empty() && !(m_opt.joinLinks && i + 1 < spans.size() && linkTag(spans[i + 1]) == open)) close();
            m_out += (s.flags & SpanSoftBreak) ? "\n" : "<br />\n";
            continue;
        }
        if (s.flags & SpanImage) {
            close();
            image(s);
            continue;
        }
        const std::string tag = linkTag(s);
        if (tag != open) {
            close();
            m_out += tag;
            open = tag;
        }
        if (s.flags & SpanStrong) m_out += "<strong>";
        if (s.flags & SpanEmph) m_out += "<em>";
        if (s.flags & SpanStrike) m_out += "<del>";
        if (s.flags & SpanCode) m_out += "<code>";
        m_out += (s.flags & SpanHtml) && m_opt.rawHtml ? s.text : escapeHtml(s.text);
        if (s.flags & SpanCode) m_out += "</code>";
        if (s.flags & SpanStrike) m_out += "</del>";
        if (s.flags & SpanEmph) m_out += "</em>";
        if (s.flags & SpanStrong) m_out += "</strong>";
        if (!m_opt.joinLinks) close();
    }
    close();
}

void HtmlWriter::text(std::string_view cls, const std::string& s) {
    if (s.empty()) return;
    m_out += "<div class=\"" + std::string(cls) + "\">" + escapeHtml(s) + "</div>\n";
}

//-----------------------------------------------------------------------------
// [SECTION] Interactive blocks
//-----------------------------------------------------------------------------
void HtmlWriter::quiz(const Quiz& q) {
    m_out += "<div class=\"quiz\" id=\"quiz-" + escapeHtml(q.id) + "\">\n";
    text("quiz-title", q.title);
    for (const Question& question : q.questions) {
        m_out += "<div class=\"question\" data-type=\"" + std::string(questionTypeName(question.type)) + "\" id=\"q-" +
                 escapeHtml(question.id) + "\">\n";
        text("prompt", question.prompt);
        for (const Choice& c : question.choices)
            m_out += "<div class=\"choice\" data-id=\"" + escapeHtml(c.id) + "\">" + escapeHtml(c.text) + "</div>\n";
        for (const MatchPair& p : question.pairs)
            m_out += "<div class=\"pair\">" + escapeHtml(p.left) + " &#8594; " + escapeHtml(p.right) + "</div>\n";
        text("hint", question.hint);
        m_out += "</div>\n";
    }
    m_out += "</div>\n";
}

void HtmlWriter::reflection(const Reflection& r) {
    m_out += "<div class=\"reflection\" id=\"reflection-" + escapeHtml(r.id) + "\">\n";
    text("quote", r.quote);
    text("attribution", r.attribution);
    text("prompt", r.prompt);
    m_out += "</div>\n";
}

void HtmlWriter::timeline(const Timeline& t) {
    m_out += "<div class=\"timeline\">\n";
    text("timeline-title", t.title);
    for (const TimelineEvent& e : t.events) {
        m_out += "<div class=\"event\"><span class=\"date\">" + escapeHtml(e.date) + "</span> <span class=\"title\">" +
                 escapeHtml(e.title) + "</span>";
        if (!e.text.empty()) m_out += " <span class=\"text\">" + escapeHtml(e.text) + "</span>";
        m_out += "</div>\n";
    }
    m_out += "</div>\n";
}

//-----------------------------------------------------------------------------
// [SECTION] Blocks
//-----------------------------------------------------------------------------
void HtmlWriter::heading(const Block& b) {
    const std::string tag = "h" + std::to_string(b.level < 1 ? 1 : b.level > 6 ? 6 : b.level);
    m_out += "<" + tag + (b.anchor.empty() ? std::string() : " id=\"" + escapeHtml(b.anchor) + "\"") + ">";
    inlines(b.inlines);
    m_out += "</" + tag + ">\n";
}

void HtmlWriter::callout(const Block& b) {
    std::string marker = b.calloutMarker;
    for (char& c : marker) c = char(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    m_out += "<div class=\"callout callout-" + escapeHtml(marker) + "\">\n";
    if (!b.inlines.empty()) {
        m_out += "<div class=\"callout-title\">";
        inlines(b.inlines);
        m_out += "</div>\n";
    }
    for (const Block& c : b.children) block(c, false);
    m_out += "</div>\n";
}

void HtmlWriter::block(const Block& b, bool tight) {
    switch (b.kind) {
    case BlockKind::Paragraph:
        if (tight) {
            inlines(b.inlines);
            m_out += '\n';
        } else {
            m_out += "<p>";
            inlines(b.inlines);
            m_out += "</p>\n";
        }
        break;
    case BlockKind::Heading: heading(b); break;
    case BlockKind::BlockQuote:
        m_out += "<blockquote>\n";
        for (const Block& c : b.children) block(c, false);
        m_out += "</blockquote>\n";
        break;
    case BlockKind::List: {
        const char* tag = b.ordered ? "ol" : "ul";
        m_out += std::string("<") + tag;
        if (b.ordered && b.listStart != 1) m_out += " start=\"" + std::to_string(b.listStart) + "\"";
        m_out += ">\n";
        for (const Block& c : b.children) block(c, b.tight);
        m_out += std::string("</") + tag + ">\n";
        break;
    }
    case BlockKind::ListItem:
        m_out += "<li>";
        for (const Block& c : b.children) block(c, tight);
        m_out += "</li>\n";
        break;
    case BlockKind::CodeBlock: {
        const std::string lang = b.info.substr(0, b.info.find_first_of(" \t"));
        m_out += "<pre><code" + (lang.empty() ? std::string() : " class=\"language-" + escapeHtml(lang) + "\"") + ">";
        m_out += escapeHtml(b.literal);
        m_out += "</code></pre>\n";
        break;
    }
    case BlockKind::HtmlBlock:
        if (m_opt.rawHtml) m_out += b.literal;
        else m_out += "<div class=\"raw-html\">" + escapeHtml(b.literal) + "</div>\n";
        break;
    case BlockKind::ThematicBreak: m_out += "<hr />\n"; break;
    case BlockKind::Callout: callout(b); break;
    case BlockKind::Quiz:
        if (b.payload >= 0 && size_t(b.payload) < m_mod.quizzes.size()) quiz(m_mod.quizzes[size_t(b.payload)]);
        break;
    case BlockKind::Reflection:
        if (b.payload >= 0 && size_t(b.payload) < m_mod.reflections.size()) reflection(m_mod.reflections[size_t(b.payload)]);
        break;
    case BlockKind::Timeline:
        if (b.payload >= 0 && size_t(b.payload) < m_mod.timelines.size()) timeline(m_mod.timelines[size_t(b.payload)]);
        break;
    case BlockKind::Table: table(b); break;
    case BlockKind::TableRow:
    case BlockKind::TableCell: break;  // written by table()
    }
}

// As cmark-gfm writes tables: <thead> for the first row, <tbody> for the rest.
void HtmlWriter::table(const Block& t) {
    static const char* kAlign[] = {"", " align=\"left\"", " align=\"center\"", " align=\"right\""};
    m_out += "<table>\n";
    for (size_t r = 0; r < t.children.size(); ++r) {
        const char* cell = r == 0 ? "th" : "td";
        if (r == 0) m_out += "<thead>\n";
        if (r == 1) m_out += "<tbody>\n";
        m_out += "<tr>\n";
        const std::vector<Block>& cells = t.children[r].children;
        for (size_t c = 0; c < cells.size(); ++c) {
            const ColumnAlign a = c < t.columnAlign.size() ? t.columnAlign[c] : ColumnAlign::None;
            m_out += std::string("<") + cell + kAlign[int(a)] + ">";
            inlines(cells[c].inlines);
            m_out += std::string("</") + cell + ">\n";
        }
        m_out += "</tr>\n";
        if (r == 0) m_out += "</thead>\n";
    }
    if (t.children.size() > 1) m_out += "</tbody>\n";
    m_out += "</table>\n";
}

std::string renderHtml(const Module& module, const HtmlOptions& options) { return HtmlWriter(module, options).run(); }

} // namespace lectern
