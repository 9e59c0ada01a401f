#include "gift/gift_import.h"

#include "gift/gift_parser.h"
#include "load/module_parser.h"

namespace lectern::gift {

ImportResult importGift(std::string_view bytes, const std::string& fileName, const WriteOptions& options) {
    ImportResult r;
    const Bank bank = parseGift(bytes, fileName, r.diagnostics);
    if (r.diagnostics.hasErrors()) return r;
    if (bank.questions.empty()) {
        r.diagnostics.error(fileName, {1, 1}, "no question found: GIFT questions are separated by blank lines");
        return r;
    }
    std::string md = writeModule(bank, options);
    const std::string outName = options.moduleId + ".md";
    const ModuleLoad check = parseModuleText(md, outName);
    for (const Diagnostic& d : check.diagnostics.items())
        if (d.severity == Severity::Error)
            r.diagnostics.error(fileName, {1, 1}, "the module written would not load (" + d.format() + "); please report this");
    if (r.diagnostics.hasErrors()) return r;
    r.ok = true;
    r.questions = bank.questions.size();
    r.markdown = std::move(md);
    return r;
}

} // namespace lectern::gift
