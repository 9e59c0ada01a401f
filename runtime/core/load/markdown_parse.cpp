#include "load/markdown_parse.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <mutex>

namespace lectern {

cmark_node* parseMarkdown(const std::string& markdown) {
    // cmark-gfm's registry is a process-wide list filled without a lock: fill it once.
    static std::once_flag registered;
    std::call_once(registered, [] { cmark_gfm_core_extensions_ensure_registered(); });
    // Only "~~text~~" strikes through; a single "~" stays a tilde, as authors expect.
    cmark_parser* parser = cmark_parser_new(CMARK_OPT_DEFAULT | CMARK_OPT_STRIKETHROUGH_DOUBLE_TILDE);
    if (!parser) return nullptr;
    for (const char* name : {"table", "strikethrough"})
        if (cmark_syntax_extension* ext = cmark_find_syntax_extension(name)) cmark_parser_attach_syntax_extension(parser, ext);
    cmark_parser_feed(parser, markdown.data(), markdown.size());
    cmark_node* doc = cmark_parser_finish(parser);
    cmark_parser_free(parser);
    return doc;
}

} // namespace lectern
