// cmark's AST -> Lectern blocks. Keeps every block's source line and column, flattens inline
// Markdown into Spans, turns "> [!GOALS]"-style block quotes into callouts, and hands fenced
// ```quiz/```reflection/```timeline blocks and every link target to the module parser.
// Block nesting is capped (kMaxBlockNesting): deeper content is left out with one error, so
// 100,000 nested block quotes cost neither the stack nor the UI.
#pragma once
#include "course/document.h"

#include <functional>
#include <string>
#include <vector>

struct cmark_node;

namespace lectern {

inline constexpr int kMaxBlockNesting = 100;
// Blocks plus inline runs one module may have (~150 bytes each): bounds memory on 8 MiB of
// "*a* *a* ..." (cmark alone takes ~1.5 GB there; without the cap ours would add as much).
inline constexpr size_t kMaxModelElements = 1000000;

struct ConvertHooks {
    std::string file;
    Diagnostics* diags = nullptr;
    // A fenced code block; return true after turning `out` into an interactive block.
    std::function<bool(const std::string& info, const std::string& literal, SourcePos pos, Block& out)> onFence;
    // A link or image span just built (target = the URL as written); may rewrite it.
    std::function<void(Span& span)> onLink;
};

// Consumes the document's children: each is freed once converted (the document node itself
// stays for the caller to free).
std::vector<Block> convertDocument(cmark_node* document, const ConvertHooks& hooks);

// The text of spans without styling; breaks become spaces; trimmed.
std::string plainText(const Inlines& spans);

// Words in a run of spans, as util::countWords counts them (breaks separate words).
int countWords(const Inlines& spans);

} // namespace lectern
