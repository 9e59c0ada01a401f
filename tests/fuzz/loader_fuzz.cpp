// libFuzzer target for the module loader: any bytes must load without a crash, a hang, a
// leak or undefined behaviour (built with -fsanitize=fuzzer,address,undefined).
// The first byte picks what the rest is read as: a module (with or without front matter),
// a glossary or a course manifest. The model is then rendered to HTML, which walks it all.
// Seeds: tests/fuzz/corpus/. Run: build-fuzz/loader_fuzz -max_total_time=60 tests/fuzz/corpus
#include "course/document.h"
#include "export/html_renderer.h"
#include "load/glossary.h"
#include "load/manifest.h"
#include "load/module_parser.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size == 0) return 0;
    const std::string_view bytes(reinterpret_cast<const char*>(data) + 1, size - 1);
    switch (data[0] % 8) {
    case 0: {
        lectern::Course course;
        lectern::Diagnostics diags;
        lectern::parseManifestText(bytes, "course.yaml", course, diags);
        break;
    }
    case 1: lectern::parseGlossaryText(bytes, "glossary.md", ""); break;
    default: {
        lectern::ModuleParseOptions opt;
        opt.frontMatter = data[0] % 8 != 2;
        const lectern::ModuleLoad l = lectern::parseModuleText(bytes, "fuzz.md", opt);
        lectern::HtmlOptions html;
        html.rawHtml = data[0] & 0x10;
        (void)lectern::renderHtml(*l.module, html);
        for (const lectern::Diagnostic& d : l.diagnostics.items()) (void)d.format();
        break;
    }
    }
    return 0;
}
