// Glossary parsing: the glossary is Markdown, read with the module parser (no front matter),
// so its headings get anchors exactly as module headings do: "## GGE {#gge}" or a slug.
#include "load/glossary.h"

#include "load/markdown_convert.h"

#include <filesystem>
#include <map>

namespace lectern {

GlossaryLoad parseGlossaryText(std::string_view bytes, const std::string& file, const std::string& courseRoot) {
    GlossaryLoad out;
    ModuleParseOptions opt;
    opt.frontMatter = false;
    opt.courseRoot = courseRoot;
    opt.moduleDir = courseRoot.empty() ? std::string() : std::filesystem::path(file).parent_path().generic_string();
    if (opt.moduleDir.empty() && !courseRoot.empty()) opt.moduleDir = ".";
    ModuleLoad load = parseModuleText(bytes, file, opt);
    out.diagnostics = std::move(load.diagnostics);
    for (ModuleRef& r : load.refs)
        if (r.kind == ModuleRef::Kind::Glossary) out.refs.push_back(std::move(r));
    const Module& m = *load.module;
    std::map<std::string, SourcePos> seen;  // lower-cased term -> first definition
    for (const Section& s : m.sections) {
        const Block& h = m.blocks[s.firstBlock];
        if (h.kind != BlockKind::Heading || h.level != 2) continue;
        GlossaryEntry e;
        e.id = s.id;
        e.term = s.title;
        e.pos = s.pos;
        for (size_t i = s.firstBlock + 1; i < s.endBlock; ++i) {
            const std::string text = plainText(m.blocks[i].inlines);
            if (text.empty()) continue;
            e.definition += (e.definition.empty() ? "" : "\n\n") + text;
        }
        if (e.term.empty()) {
            out.diagnostics.error(file, e.pos, "glossary heading has no term");
            continue;
        }
        if (e.definition.empty())
            out.diagnostics.error(file, e.pos, "glossary term '" + e.term + "' has no definition; write a paragraph below its heading");
        std::string key = e.term;
        for (char& c : key) c = char(std::tolower(static_cast<unsigned char>(c)));
        auto [it, fresh] = seen.emplace(key, e.pos);
        if (!fresh)
            out.diagnostics.error(file, e.pos, "glossary term '" + e.term + "' is already defined on line " +
                                                   std::to_string(it->second.line));
        out.entries.push_back(std::move(e));
    }
    return out;
}

} // namespace lectern
