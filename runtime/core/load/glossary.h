// content/glossary.md: one "##" heading per term, the text below it is the definition.
#pragma once
#include "course/document.h"
#include "load/module_parser.h"

#include <string>
#include <string_view>
#include <vector>

namespace lectern {

struct GlossaryLoad {
    std::vector<GlossaryEntry> entries;
    std::vector<ModuleRef> refs;  // glossary: links inside definitions, checked like a module's
    Diagnostics diagnostics;
};

GlossaryLoad parseGlossaryText(std::string_view bytes, const std::string& file, const std::string& courseRoot);

} // namespace lectern
