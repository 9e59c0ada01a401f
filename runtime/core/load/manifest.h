// content/course.yaml: the course manifest (title, module order, glossary, completion rule).
#pragma once
#include "course/document.h"

#include <string>
#include <string_view>
#include <vector>

namespace lectern {

struct ManifestEntry {
    std::string name;  // module folder name under modules/
    SourcePos pos;
};

struct Manifest {
    bool modulesListed = false;            // "modules:" present (else: folders in name order)
    SourcePos modulesPos{1, 1};
    std::vector<ManifestEntry> modules;
    std::string glossary = "glossary.md";  // relative to content/
    bool glossaryExplicit = false;
    SourcePos glossaryPos;
};

// Reads the manifest text into `course` (id, title, summary, language, iri, home_page,
// completion, pass mark)
// and returns the module order and glossary file. Problems go to `diags`.
Manifest parseManifestText(std::string_view bytes, const std::string& file, Course& course, Diagnostics& diags);

} // namespace lectern
