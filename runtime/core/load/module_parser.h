// Parsing one module file (Markdown + YAML front matter) into the document model.
// Pure function of its input bytes plus, when a folder is given, the files beside it (images,
// link targets): usable from any thread, and from the fuzzer.
#pragma once
#include <atomic>
#include "course/document.h"
#include "util/file_read.h"

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace lectern {

struct ModuleParseOptions {
    bool frontMatter = true;   // false: the whole text is Markdown (used for CommonMark spec tests)
    std::string moduleDir;     // the module's folder as displayed; empty = no file checks at all
    std::string courseRoot;    // the course folder; links and images must stay inside it
    std::string expectedId;    // the module folder's name; the front matter id must equal it
    size_t maxBytes = kMaxSourceFileBytes;
    // Images: false reads each one's header (is it a PNG or JPEG the reader can show, how big);
    // true (`lectern check`) decodes each one, so truncated and damaged files are reported too.
    bool decodeImages = false;
    // Polled between the steps of parsing (may be null): when set, parsing stops early and
    // the module is incomplete (course_loader.h, closing the window while loading).
    const std::atomic<bool>* cancel = nullptr;
};

// A reference that can only be checked once the whole course is loaded.
struct ModuleRef {
    enum class Kind { Module, Glossary, Prerequisite };
    Kind kind = Kind::Module;
    std::string moduleId;  // Kind::Module, Prerequisite: the module's folder name / id
    std::string anchor;    // Kind::Module: "#anchor" part without '#', may be empty;
                           // Kind::Glossary: the term id
    std::string written;   // the link target as the author wrote it
    SourcePos pos;
};

struct ModuleLoad {
    std::shared_ptr<Module> module;  // always set; best effort when there are errors
    Diagnostics diagnostics;
    std::vector<ModuleRef> refs;
    std::vector<size_t> quizzesWithoutPass;  // quizzes that take the course's default pass mark
    std::vector<std::string> anchors;        // every heading anchor and section id in the module
    bool languageGiven = false;              // the front matter has `language:`
    SourcePos languagePos;                   // ... its value (variants: checked against the file name)
};

// Parses `bytes` (the content of `fileName`). Never throws; every problem becomes a diagnostic.
ModuleLoad parseModuleText(std::string_view bytes, const std::string& fileName, const ModuleParseOptions& options = {});

} // namespace lectern
