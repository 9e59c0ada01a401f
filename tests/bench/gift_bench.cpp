// gift_bench: `lectern import-gift` on a generated bank of 1,000 questions (every GIFT kind in
// turn, 10 categories): parsing, writing the module and loading it back as `lectern check`
// does (gift/gift_import.h, what the command runs), and `export-gift` of the result.
// Prints 'name value unit' lines for tools/bench; asserts nothing about speed.
#include "bench_timing.h"

#include "gift/gift_export.h"
#include "gift/gift_import.h"
#include "load/module_parser.h"

#include <cstdio>
#include <string>

namespace {

std::string bank(int n) {
    std::string out;
    for (int i = 0; i < n; ++i) {
        if (i % 100 == 0) out += "$CATEGORY: $course$/top/Part " + std::to_string(i / 100 + 1) + "\n\n";
        const std::string k = std::to_string(i);
        out += "// [id:q" + k + "]\n::Question " + k + "::";
        switch (i % 8) {
        case 0: out += "Who is buried in tomb " + k + "? {~Grant#No. ~Jefferson =no one#Right.####Nobody is buried there.}"; break;
        case 1: out += "Tomb " + k + " holds {~%50%Grant ~%50%his wife ~%-100%Lincoln}"; break;
        case 2: out += "Grant is buried in tomb " + k + ".{FALSE#He is entombed.#Right.}"; break;
        case 3: out += "Name the country of tomb " + k + ". {=USA =%50%America#Close. =%0%*#No.}"; break;
        case 4: out += "Year " + k + "? {#\n  =1822:0#Yes.\n  =%50%1822:2#Close.\n}"; break;
        case 5: out += "Match " + k + " {\n  =Canada -> Ottawa\n  =Italy -> Rome\n  =Japan -> Tokyo\n  = -> Paris\n}"; break;
        case 6: out += "Grant is {~buried =entombed ~living} in tomb " + k + "."; break;
        case 7: out += "[html]<p>Write about <b>tomb " + k + "</b>.</p>{}"; break;
        }
        out += "\n\n";
    }
    return out;
}

} // namespace

int main() {
    const std::string text = bank(1000);
    lectern::gift::WriteOptions opt;
    opt.moduleId = "bench";
    std::vector<double> importMs, exportMs;
    size_t bytes = 0;
    for (int run = 0; run < 7; ++run) {
        auto t = bench::Clock::now();
        lectern::gift::ImportResult r = lectern::gift::importGift(text, "bank.gift", opt);
        importMs.push_back(bench::msSince(t));
        if (!r.ok) {
            std::fprintf(stderr, "gift_bench: the generated bank did not import\n");
            return 1;
        }
        bytes = r.markdown.size();
        lectern::ModuleLoad l = lectern::parseModuleText(r.markdown, "bench.md");
        t = bench::Clock::now();
        const std::string gift = lectern::gift::exportModule(*l.module);
        exportMs.push_back(bench::msSince(t));
    }
    std::printf("# bank of 1000 questions, %zu KiB of GIFT -> %zu KiB of module Markdown; median of 7\n",
                text.size() / 1024, bytes / 1024);
    std::printf("gift_import_1000_questions_ms %.1f ms\n", bench::percentile(importMs, 0.5));
    std::printf("gift_export_1000_questions_ms %.1f ms\n", bench::percentile(exportMs, 0.5));
    return 0;
}
