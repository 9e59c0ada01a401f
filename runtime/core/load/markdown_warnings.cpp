#include "load/markdown_warnings.h"

#include <set>
#include <string_view>

namespace lectern {
namespace {

bool isBlank(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// "[^1]", "[^note]": a footnote reference (or the start of its definition), or "".
std::string footnoteIn(const std::string& t) {
    for (size_t at = t.find("[^"); at != std::string::npos; at = t.find("[^", at + 2)) {
        size_t e = at + 2;
        while (e < t.size() && t[e] != ']' && !isBlank(t[e]) && e - at < 40) ++e;
        if (e < t.size() && t[e] == ']' && e > at + 2) return t.substr(at, e - at + 1);
    }
    return {};
}

// The first "http://", "https://" or "www." address that starts a word, or "".
std::string bareUrlIn(const std::string& t) {
    for (const char* scheme : {"https://", "http://", "www."}) {
        for (size_t at = t.find(scheme); at != std::string::npos; at = t.find(scheme, at + 1)) {
            if (at > 0 && !isBlank(t[at - 1]) && t[at - 1] != '(') continue;
            size_t e = at;
            while (e < t.size() && !isBlank(t[e]) && t[e] != '<' && t[e] != '>') ++e;
            while (e > at && (t[e - 1] == '.' || t[e - 1] == ',' || t[e - 1] == ')' || t[e - 1] == ';')) --e;
            if (e - at > std::string_view(scheme).size()) return t.substr(at, std::min<size_t>(e - at, 80));
        }
    }
    return {};
}

class Walker {
public:
    explicit Walker(const std::function<void(SourcePos, std::string)>& warn) : m_warn(warn) {}

    void blocks(const std::vector<Block>& bs, int depth) {
        for (const Block& b : bs) block(b, depth);
    }

private:
    void block(const Block& b, int depth) {
        if (depth > 200) return;  // the loader caps nesting at 100
        switch (b.kind) {
        case BlockKind::HtmlBlock:
            m_warn(b.pos, "raw HTML is not rendered: learners see it as code text; write it in Markdown instead "
                          "(a pipe table, a list, **bold**, ![alt](image.png)) or remove it");
            return;
        case BlockKind::Quiz:
        case BlockKind::Reflection:
            if (depth > 0)
                m_warn(b.pos, std::string("a ") + (b.kind == BlockKind::Quiz ? "quiz" : "reflection") +
                                  " inside a list, quote or callout cannot be answered there: learners see only its name; "
                                  "move the fenced block out to the top level of the module");
            return;
        case BlockKind::ListItem:
            taskBox(b);
            break;
        default: break;
        }
        spans(b.inlines);
        blocks(b.children, depth + 1);
    }

    // "- [ ] item" / "- [x] item": GitHub's task lists.
    void taskBox(const Block& item) {
        if (item.children.empty() || item.children[0].kind != BlockKind::Paragraph) return;
        const Inlines& in = item.children[0].inlines;
        if (in.empty() || in[0].flags != 0) return;
        const std::string& t = in[0].text;
        if (t.size() >= 3 && t[0] == '[' && (t[1] == ' ' || t[1] == 'x' || t[1] == 'X') && t[2] == ']' &&
            (t.size() == 3 || t[3] == ' '))
            m_warn(in[0].pos, "task-list boxes are not shown: learners see '" + t.substr(0, 3) +
                                  "' as text; remove the brackets or make it a plain list");
    }

    void spans(const Inlines& in) {
        for (const Span& s : in) {
            if (s.flags & SpanHtml) {
                if (!m_reportedInlineHtml.count(s.pos.line))
                    m_warn(s.pos, "inline HTML '" + s.text.substr(0, 40) + "' is not rendered: learners see it as text; "
                                  "use Markdown (*emphasis*, **bold**, a line ending in '\\' for a line break) or remove it");
                m_reportedInlineHtml.insert(s.pos.line);
                continue;
            }
            if (s.flags & (SpanCode | SpanImage | SpanLink | SpanGlossary | SpanHardBreak | SpanSoftBreak)) continue;
            if (std::string note = footnoteIn(s.text); !note.empty())
                m_warn(s.pos, "footnotes are not supported: learners see '" + note +
                                  "' as written; put the note in the sentence or in brackets");
            if (std::string url = bareUrlIn(s.text); !url.empty())
                m_warn(s.pos, "the web address '" + url + "' is plain text, not a link; write <" +
                                  (url.rfind("www.", 0) == 0 ? "https://" + url : url) + "> or [text](" +
                                  (url.rfind("www.", 0) == 0 ? "https://" + url : url) + ")");
        }
    }

    const std::function<void(SourcePos, std::string)>& m_warn;
    std::set<int> m_reportedInlineHtml;  // one warning per line
};

} // namespace

void warnUnshownMarkdown(const std::vector<Block>& blocks, const std::function<void(SourcePos, std::string)>& warn) {
    Walker(warn).blocks(blocks, 0);
}

} // namespace lectern
