// cmark AST -> Lectern blocks. See markdown_convert.h.
//
// Index
//   [SECTION] Inlines (iterative: emphasis may nest thousands deep)
//   [SECTION] Callouts
//   [SECTION] Blocks (recursive, depth-capped)
//   [SECTION] Word counts
#include "load/markdown_convert.h"

#include "course/link_kind.h"
#include "util/words.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <cstring>
#include <optional>

namespace lectern {
namespace {

SourcePos nodePos(cmark_node* n, SourcePos fallback = {}) {
    const int line = cmark_node_get_start_line(n);
    if (line <= 0) return fallback;
    return {line, cmark_node_get_start_column(n)};
}

// Nodes of cmark-gfm's extensions (their type numbers are assigned at registration, so
// they are told apart by name).
enum class ExtNode { None, Table, TableRow, TableCell, Strikethrough };
ExtNode extNode(cmark_node* n) {
    if (!cmark_node_get_syntax_extension(n)) return ExtNode::None;
    const char* t = cmark_node_get_type_string(n);
    if (!t) return ExtNode::None;
    if (std::strcmp(t, "table") == 0) return ExtNode::Table;
    if (std::strcmp(t, "table_row") == 0 || std::strcmp(t, "table_header") == 0) return ExtNode::TableRow;
    if (std::strcmp(t, "table_cell") == 0) return ExtNode::TableCell;
    if (std::strcmp(t, "strikethrough") == 0) return ExtNode::Strikethrough;
    return ExtNode::None;
}

std::string literalOf(cmark_node* n) {
    const char* s = cmark_node_get_literal(n);
    return s ? std::string(s) : std::string();
}

//-----------------------------------------------------------------------------
// [SECTION] Inlines (iterative: emphasis may nest thousands deep)
//-----------------------------------------------------------------------------

void pushSpan(Inlines& out, Span span) {
    // cmark splits text at brackets and entities; join neighbours so "[!NOTE]" is one run.
    if (!out.empty() && span.flags != SpanHardBreak && span.flags != SpanSoftBreak) {
        Span& last = out.back();
        const bool mergeable = !(last.flags & (SpanHardBreak | SpanSoftBreak | SpanImage)) && !(span.flags & SpanImage);
        if (mergeable && last.flags == span.flags && last.target == span.target) {
            last.text += span.text;
            return;
        }
    }
    out.push_back(std::move(span));
}

// `budget`: model elements (blocks + spans) still allowed; see kMaxModelElements.
Inlines convertInlines(cmark_node* block, const ConvertHooks& hooks, size_t& budget) {
    Inlines out;
    const SourcePos blockPos = nodePos(block);
    int emph = 0, strong = 0, strike = 0;
    struct LinkFrame {
        std::string target;
        uint16_t flag;  // SpanLink or SpanGlossary, with the link kind (course/link_kind.h)
    };
    std::vector<LinkFrame> links;
    // While inside an image, text becomes its alt text.
    int imageDepth = 0;
    Span image;

    const auto flags = [&]() {
        uint16_t f = 0;
        if (emph) f |= SpanEmph;
        if (strong) f |= SpanStrong;
        if (strike) f |= SpanStrike;
        if (!links.empty()) f |= links.back().flag;
        return f;
    };
    const auto emit = [&](cmark_node* n, std::string text, uint16_t extra) {
        if (imageDepth > 0) {
            image.text += text;
            return;
        }
        if (budget == 0) return;
        --budget;
        Span s;
        s.text = std::move(text);
        s.flags = uint16_t(flags() | extra);
        if (!links.empty()) s.target = links.back().target;
        s.pos = nodePos(n, blockPos);
        pushSpan(out, std::move(s));
    };

    cmark_iter* it = cmark_iter_new(block);
    cmark_event_type ev;
    while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
        cmark_node* n = cmark_iter_get_node(it);
        if (n == block) continue;
        const bool enter = ev == CMARK_EVENT_ENTER;
        switch (cmark_node_get_type(n)) {
        case CMARK_NODE_TEXT: emit(n, literalOf(n), 0); break;
        case CMARK_NODE_CODE: emit(n, literalOf(n), SpanCode); break;
        case CMARK_NODE_HTML_INLINE: emit(n, literalOf(n), SpanHtml); break;
        case CMARK_NODE_SOFTBREAK:
            if (imageDepth > 0) image.text += ' ';
            else if (budget > 0) --budget, out.push_back({std::string(), SpanSoftBreak, std::string(), nodePos(n, blockPos)});
            break;
        case CMARK_NODE_LINEBREAK:
            if (imageDepth > 0) image.text += ' ';
            else if (budget > 0) --budget, out.push_back({std::string(), SpanHardBreak, std::string(), nodePos(n, blockPos)});
            break;
        case CMARK_NODE_EMPH: emph += enter ? 1 : -1; break;
        case CMARK_NODE_STRONG: strong += enter ? 1 : -1; break;
        case CMARK_NODE_LINK:
            if (enter) {
                const char* url = cmark_node_get_url(n);
                Span probe;
                probe.flags = SpanLink;
                probe.target = url ? url : "";
                probe.pos = nodePos(n, blockPos);
                if (probe.target.rfind("glossary:", 0) == 0) probe.flags = SpanGlossary;
                if (hooks.onLink && imageDepth == 0) hooks.onLink(probe);
                links.push_back({probe.target, uint16_t(probe.flags & (SpanLink | SpanGlossary | kSpanLinkKindMask))});
            } else if (!links.empty()) {
                links.pop_back();
            }
            break;
        case CMARK_NODE_IMAGE:
            if (enter) {
                if (imageDepth++ == 0) {
                    image = Span();
                    const char* url = cmark_node_get_url(n);
                    image.target = url ? url : "";
                    image.pos = nodePos(n, blockPos);
                }
            } else if (--imageDepth == 0) {
                image.flags = uint16_t(SpanImage | (flags() & ~(SpanLink | SpanGlossary | kSpanLinkKindMask)));
                if (hooks.onLink) hooks.onLink(image);
                if (budget > 0) --budget, out.push_back(std::move(image));
                image = Span();
            }
            break;
        default:
            if (extNode(n) == ExtNode::Strikethrough) strike += enter ? 1 : -1;
            break;
        }
    }
    cmark_iter_free(it);
    return out;
}

//-----------------------------------------------------------------------------
// [SECTION] Callouts
//-----------------------------------------------------------------------------

struct CalloutMarker {
    CalloutKind kind;
    std::string name;  // upper-case, as in "[!NAME]"
    size_t length;     // bytes of "[!NAME]"
};

std::optional<CalloutMarker> readMarker(std::string_view text) {
    if (text.substr(0, 2) != "[!") return std::nullopt;
    const size_t close = text.find(']');
    if (close == std::string_view::npos || close < 3 || close > 20) return std::nullopt;
    std::string name;
    for (size_t i = 2; i < close; ++i) {
        const char c = text[i];
        if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))) return std::nullopt;
        name += char(c >= 'a' ? c - 'a' + 'A' : c);
    }
    CalloutKind kind = CalloutKind::Note;
    if (name == "GOALS") kind = CalloutKind::Goals;
    else if (name == "ENGAGE") kind = CalloutKind::Engage;
    return CalloutMarker{kind, name, close + 1};
}

// A block quote opening with "[!MARKER] title" becomes a Callout. `first` is the quote's first
// paragraph, already converted; returns false when it carries no marker.
bool makeCallout(Block& quote, Block& first, const ConvertHooks& hooks) {
    if (first.inlines.empty() || first.inlines[0].flags != 0) return false;
    std::optional<CalloutMarker> marker = readMarker(first.inlines[0].text);
    if (!marker) return false;
    static const char* known[] = {"GOALS", "ENGAGE", "NOTE", "TIP", "IMPORTANT", "WARNING", "CAUTION"};
    bool isKnown = false;
    for (const char* k : known) isKnown |= marker->name == k;
    if (!isKnown)
        hooks.diags->warning(hooks.file, first.pos,
                             "unknown callout marker '[!" + marker->name +
                                 "]'; use GOALS, ENGAGE, NOTE, TIP, IMPORTANT or WARNING (shown as a note)");
    quote.kind = BlockKind::Callout;
    quote.calloutKind = marker->kind;
    quote.calloutMarker = marker->name;
    first.inlines[0].text.erase(0, marker->length);
    // The title is the rest of the first line; what follows the first line break is the body.
    size_t brk = 0;
    while (brk < first.inlines.size() && !(first.inlines[brk].flags & (SpanSoftBreak | SpanHardBreak))) ++brk;
    quote.inlines.assign(first.inlines.begin(), first.inlines.begin() + long(brk));
    while (!quote.inlines.empty() && quote.inlines.front().flags == 0) {
        std::string& t = quote.inlines.front().text;
        t.erase(0, t.find_first_not_of(" \t"));
        if (!t.empty()) break;
        quote.inlines.erase(quote.inlines.begin());
    }
    // The first paragraph keeps only the body; the caller drops it when that is empty.
    Inlines body;
    if (brk + 1 < first.inlines.size()) body.assign(first.inlines.begin() + long(brk) + 1, first.inlines.end());
    first.inlines = std::move(body);
    return true;
}

//-----------------------------------------------------------------------------
// [SECTION] Blocks (recursive, depth-capped)
//-----------------------------------------------------------------------------

class Converter {
public:
    explicit Converter(const ConvertHooks& hooks) : m_hooks(hooks) {}

    void children(cmark_node* parent, std::vector<Block>& out, int depth) {
        for (cmark_node* c = cmark_node_first_child(parent); c; c = cmark_node_next(c)) {
            if (!spend(c)) return;
            Block b;
            if (convert(c, b, depth)) out.push_back(std::move(b));
        }
    }

    // Top level: each cmark block is freed once converted, so cmark's tree and ours are not
    // both whole in memory at once.
    void document(cmark_node* doc, std::vector<Block>& out) {
        while (cmark_node* c = cmark_node_first_child(doc)) {
            if (spend(c)) {
                Block b;
                if (convert(c, b, 0)) out.push_back(std::move(b));
            }
            cmark_node_free(c);
        }
    }

private:
    Inlines inlines(cmark_node* n) {
        Inlines out = convertInlines(n, m_hooks, m_budget);
        if (m_budget == 0) spend(n);  // reports the cut once
        return out;
    }

    bool convert(cmark_node* n, Block& b, int depth) {
        b.pos = nodePos(n);
        switch (cmark_node_get_type(n)) {
        case CMARK_NODE_PARAGRAPH:
            b.kind = BlockKind::Paragraph;
            b.inlines = inlines(n);
            return true;
        case CMARK_NODE_HEADING:
            b.kind = BlockKind::Heading;
            b.level = cmark_node_get_heading_level(n);
            b.inlines = inlines(n);
            return true;
        case CMARK_NODE_THEMATIC_BREAK: b.kind = BlockKind::ThematicBreak; return true;
        case CMARK_NODE_HTML_BLOCK:
            b.kind = BlockKind::HtmlBlock;
            b.literal = literalOf(n);
            return true;
        case CMARK_NODE_CODE_BLOCK: {
            b.kind = BlockKind::CodeBlock;
            const char* info = cmark_node_get_fence_info(n);
            b.info = info ? info : "";
            b.literal = literalOf(n);
            if (m_hooks.onFence && !b.info.empty()) m_hooks.onFence(b.info, b.literal, b.pos, b);
            return true;
        }
        case CMARK_NODE_BLOCK_QUOTE:
        case CMARK_NODE_LIST: {
            if (depth >= kMaxBlockNesting) {
                if (!m_reportedDepth)
                    m_hooks.diags->error(m_hooks.file, b.pos,
                                         "block quotes or lists are nested more than " + std::to_string(kMaxBlockNesting) +
                                             " deep; the deeper content is left out");
                m_reportedDepth = true;
                return false;
            }
            if (cmark_node_get_type(n) == CMARK_NODE_LIST) {
                b.kind = BlockKind::List;
                b.ordered = cmark_node_get_list_type(n) == CMARK_ORDERED_LIST;
                b.listStart = cmark_node_get_list_start(n);
                b.tight = cmark_node_get_list_tight(n) != 0;
                children(n, b.children, depth + 1);
                return true;
            }
            b.kind = BlockKind::BlockQuote;
            children(n, b.children, depth + 1);
            if (!b.children.empty() && b.children[0].kind == BlockKind::Paragraph &&
                makeCallout(b, b.children[0], m_hooks) && b.children[0].inlines.empty())
                b.children.erase(b.children.begin());
            return true;
        }
        case CMARK_NODE_ITEM:
            b.kind = BlockKind::ListItem;
            children(n, b.children, depth);
            return true;
        default: return extension(n, b, depth);
        }
    }

    // GitHub's tables: Table > TableRow (the first is the header) > TableCell (inlines).
    bool extension(cmark_node* n, Block& b, int depth) {
        switch (extNode(n)) {
        case ExtNode::Table: {
            b.kind = BlockKind::Table;
            const uint16_t columns = cmark_gfm_extensions_get_table_columns(n);
            const uint8_t* align = cmark_gfm_extensions_get_table_alignments(n);
            for (uint16_t i = 0; i < columns; ++i) {
                const uint8_t a = align ? align[i] : 0;
                b.columnAlign.push_back(a == 'l' ? ColumnAlign::Left : a == 'c' ? ColumnAlign::Center
                                                 : a == 'r' ? ColumnAlign::Right : ColumnAlign::None);
            }
            children(n, b.children, depth);
            return true;
        }
        case ExtNode::TableRow:
            b.kind = BlockKind::TableRow;
            children(n, b.children, depth);
            return true;
        case ExtNode::TableCell:
            b.kind = BlockKind::TableCell;
            b.inlines = inlines(n);
            return true;
        default: return false;
        }
    }

    // Takes one element from the budget; false (after one error) when it is spent.
    bool spend(cmark_node* n) {
        if (m_budget > 0) {
            --m_budget;
            return true;
        }
        if (!m_reportedBudget)
            m_hooks.diags->error(m_hooks.file, nodePos(n),
                                 "this module has over " + std::to_string(kMaxModelElements) +
                                     " blocks and text runs; the rest is left out: split it into several modules");
        m_reportedBudget = true;
        return false;
    }

    const ConvertHooks& m_hooks;
    bool m_reportedDepth = false;
    bool m_reportedBudget = false;
    size_t m_budget = kMaxModelElements;
};

} // namespace

std::vector<Block> convertDocument(cmark_node* document, const ConvertHooks& hooks) {
    std::vector<Block> blocks;
    Converter(hooks).document(document, blocks);
    return blocks;
}

//-----------------------------------------------------------------------------
// [SECTION] Word counts
//-----------------------------------------------------------------------------

std::string plainText(const Inlines& spans) {
    std::string s;
    for (const Span& sp : spans) s += (sp.flags & (SpanSoftBreak | SpanHardBreak)) ? std::string(" ") : sp.text;
    const size_t b = s.find_first_not_of(" \t\r\n");
    if (b == std::string::npos) return {};
    const size_t e = s.find_last_not_of(" \t\r\n");
    return s.substr(b, e - b + 1);
}

int countWords(const Inlines& spans) {
    // Spans run together ("**bold**text" is one word); a line break separates words.
    std::string text;
    for (const Span& s : spans) text += (s.flags & (SpanSoftBreak | SpanHardBreak)) ? std::string(" ") : s.text;
    return util::countWords(text);
}

} // namespace lectern
