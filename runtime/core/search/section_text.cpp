#include "search/section_text.h"

namespace lectern::search {
namespace {

void append(std::string& out, std::string_view text) {
    if (text.empty()) return;
    if (!out.empty() && out.back() != ' ') out += ' ';
    out.append(text);
}

void appendBlock(const Module& module, const Block& block, std::string& out, int depth) {
    // The loader caps nesting at 100; the cap here keeps a hand-built model from overflowing the stack.
    if (depth > 200) return;
    switch (block.kind) {
    case BlockKind::Paragraph:
    case BlockKind::Heading:
    case BlockKind::TableCell:
        append(out, inlineText(block.inlines));
        break;
    case BlockKind::Callout:
        append(out, inlineText(block.inlines));
        [[fallthrough]];
    case BlockKind::BlockQuote:
    case BlockKind::List:
    case BlockKind::ListItem:
    case BlockKind::Table:
    case BlockKind::TableRow:
        for (const Block& child : block.children) appendBlock(module, child, out, depth + 1);
        break;
    case BlockKind::CodeBlock:
    case BlockKind::HtmlBlock:
        append(out, block.literal);
        break;
    case BlockKind::ThematicBreak:
        break;
    case BlockKind::Reflection:
        if (block.payload >= 0 && static_cast<size_t>(block.payload) < module.reflections.size()) {
            const Reflection& r = module.reflections[block.payload];
            append(out, r.prompt);
            append(out, r.quote);
            append(out, r.attribution);
        }
        break;
    case BlockKind::Quiz:
        if (block.payload >= 0 && static_cast<size_t>(block.payload) < module.quizzes.size()) {
            const Quiz& q = module.quizzes[block.payload];
            append(out, q.title);
            for (const Question& question : q.questions) append(out, question.prompt);
        }
        break;
    case BlockKind::Timeline:
        if (block.payload >= 0 && static_cast<size_t>(block.payload) < module.timelines.size()) {
            const Timeline& t = module.timelines[block.payload];
            append(out, t.title);
            for (const TimelineEvent& e : t.events) {
                append(out, e.date);
                append(out, e.title);
                append(out, e.text);
            }
        }
        break;
    }
}

} // namespace

std::string inlineText(const Inlines& inlines) {
    std::string out;
    for (const Span& span : inlines) {
        if (span.flags & (SpanSoftBreak | SpanHardBreak)) {
            out += ' ';
            continue;
        }
        out += span.text;
    }
    return out;
}

std::string sectionText(const Module& module, const Section& section) {
    std::string out;
    const size_t end = std::min(section.endBlock, module.blocks.size());
    for (size_t i = section.firstBlock; i < end; ++i) {
        const Block& block = module.blocks[i];
        // The section's own heading is indexed as its title, not again as its text.
        if (i == section.firstBlock && block.kind == BlockKind::Heading) continue;
        appendBlock(module, block, out, 0);
    }
    return out;
}

} // namespace lectern::search
