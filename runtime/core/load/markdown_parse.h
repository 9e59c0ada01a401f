// The one place Markdown text becomes cmark's tree: cmark-gfm with GitHub's table and
// strikethrough ("~~text~~") extensions, everything else CommonMark as before.
#pragma once
#include <string>

struct cmark_node;

namespace lectern {

// The document node (free it with cmark_node_free), or nullptr when out of memory.
// Safe to call from several threads at once.
cmark_node* parseMarkdown(const std::string& markdown);

} // namespace lectern
