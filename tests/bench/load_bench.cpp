// Loader throughput: generates a ~10 MB course (8 modules, manifest, glossary) in a temp dir,
// then times loadCourse() against bare cmark parsing of the same Markdown bytes.
// Prints plain "name value" lines (tools/bench collects them); asserts nothing about speed.
//   course_bytes, modules, load_ms, load_throughput_mb_s, cmark_ms, cmark_throughput_mb_s,
//   load_vs_cmark_ratio, and pathological_<shape>_ms for cmark's pathological inputs at 1 MiB.
#include "load/course_loader.h"
#include "load/module_parser.h"

#include <cmark-gfm.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <functional>
#include <string>
#include <vector>

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

// One module of about `targetBytes`: sections of prose with links, lists and callouts, with
// reflections and quizzes between them, the mix a real module has.
std::string makeModule(int index, size_t targetBytes) {
    const std::string id = "module-" + std::to_string(index);
    std::string s = "---\nid: " + id + "\ntitle: Generated module " + std::to_string(index) +
                    "\nestimated_minutes: 30\nobjectives:\n  - Read a lot.\n---\n\n# Generated module\n\n";
    for (int sec = 0; s.size() < targetBytes; ++sec) {
        const std::string sid = "s" + std::to_string(sec);
        s += "## Section " + std::to_string(sec) + " {#" + sid + "}\n\n";
        s += "> [!GOALS] Guiding questions\n> - Why does *this* matter?\n> - What changed in **" + std::to_string(1998 + sec % 27) +
             "**?\n\n";
        for (int p = 0; p < 6; ++p)
            s += "States met in the [GGE](glossary:gge) and discussed `norms`, *capacity building* and **confidence-building "
                 "measures**; see [the previous section](#s" + std::to_string(sec > 0 ? sec - 1 : 0) +
                 ") and [the first module](../module-0/module.md#s0). A second sentence adds words so the paragraph has a "
                 "realistic length for reading, with a [link](https://example.org/page).\n\n";
        s += "1. First point\n2. Second point\n   - nested detail\n3. Third point\n\n";
        // A realistic density: a reflection every 3rd section, a quiz every 5th.
        if (sec % 3 == 0)
            s += "```reflection\nid: " + id + "-r" + std::to_string(sec) + "\nprompt: What would you do differently?\nmin_words: 20\n```\n\n";
        if (sec % 5 == 0)
            s += "```quiz\nid: " + id + "-q" + std::to_string(sec) +
             "\nquestions:\n  - id: a\n    type: single\n    prompt: Which one?\n    choices:\n      - {id: x, text: This, correct: "
             "true}\n      - {id: y, text: That}\n  - id: b\n    type: numeric\n    prompt: How many?\n    answer: 11\n```\n\n";
    }
    return s;
}

double bestMs(int runs, const std::function<void()>& fn) {
    double best = 1e30;
    for (int i = 0; i < runs; ++i) {
        const auto t0 = Clock::now();
        fn();
        best = std::min(best, std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
    }
    return best;
}

std::string rep(const std::string& s, size_t n) {
    std::string out;
    out.reserve(s.size() * n);
    for (size_t i = 0; i < n; ++i) out += s;
    return out;
}

} // namespace

// Optional argument: a folder to write the generated course to and keep (for profiling).
int main(int argc, char** argv) {
    const bool keep = argc > 1;
    const fs::path dir = keep ? fs::path(argv[1])
                              : fs::temp_directory_path() / ("lectern-load-bench-" + std::to_string(Clock::now().time_since_epoch().count()));
    fs::create_directories(dir / "content");
    const int moduleCount = 8;
    std::vector<std::string> texts;
    std::string manifest = "id: bench\ntitle: Bench course\nmodules:\n";
    size_t bytes = 0;
    for (int i = 0; i < moduleCount; ++i) {
        texts.push_back(makeModule(i, 10u * 1000u * 1000u / moduleCount));
        bytes += texts.back().size();
        fs::create_directories(dir / "modules" / ("module-" + std::to_string(i)));
        std::ofstream(dir / "modules" / ("module-" + std::to_string(i)) / "module.md", std::ios::binary) << texts.back();
        manifest += "  - module-" + std::to_string(i) + "\n";
    }
    std::ofstream(dir / "content" / "course.yaml") << manifest;
    std::ofstream(dir / "content" / "glossary.md") << "## GGE {#gge}\nGroup of Governmental Experts.\n";

    size_t errors = 0;
    const double loadMs = bestMs(3, [&] { errors = lectern::loadCourse(dir).diagnostics.errorCount(); });
    const double cmarkMs = bestMs(3, [&] {
        for (const std::string& t : texts) cmark_node_free(cmark_parse_document(t.data(), t.size(), CMARK_OPT_DEFAULT));
    });
    const double mb = double(bytes) / 1e6;
    std::printf("course_bytes %zu\nmodules %d\nload_errors %zu\n", bytes, moduleCount, errors);
    std::printf("load_ms %.1f\nload_throughput_mb_s %.1f\n", loadMs, mb / (loadMs / 1000.0));
    std::printf("cmark_ms %.1f\ncmark_throughput_mb_s %.1f\n", cmarkMs, mb / (cmarkMs / 1000.0));
    std::printf("load_vs_cmark_ratio %.2f\n", loadMs / cmarkMs);

    // cmark's pathological shapes (test/pathological_tests.py), and cmark-gfm's table and
    // strikethrough ones, at 1 MiB through our loader.
    const size_t n = 1u << 20;
    const std::vector<std::pair<const char*, std::string>> shapes = {
        {"nested_strong_emph", rep("*a **a ", n / 14) + "b" + rep(" a** a*", n / 14)},
        {"emph_closers_no_openers", rep("a_ ", n / 3)},
        {"emph_openers_no_closers", rep("_a ", n / 3)},
        {"link_closers_no_openers", rep("a]", n / 2)},
        {"link_openers_no_closers", rep("[a", n / 2)},
        {"mismatched_openers_closers", rep("*a_ ", n / 4)},
        {"nested_brackets", rep("[", n / 2) + "a" + rep("]", n / 2)},
        {"nested_block_quotes", rep("> ", n / 2) + "a"},
        {"backticks", rep("e`", n / 2)},
        {"unclosed_links", rep("[a](<b", n / 6)},
        {"unclosed_html_comment", "</" + rep("<!--", n / 4)},
        {"many_references", rep("[a]: u\n", n / 7)},
        {"image_openers_links", rep("![[]()", n / 6)},  // hours in bare cmark 0.30.2 at 8 MiB; defused
        // cmark-gfm's tables pad every row to the header's columns: N x N cells; defused
        {"table_padding", rep("x|", n / 8) + "\n" + rep("-|", n / 8) + "\n" + rep("x\n", n / 4)},
        {"table_many_rows", "| a | b | c |\n|---|---|---|\n" + rep("| 1 | 2 | 3 |\n", n / 14)},
        {"table_wide_row", "| a |\n|---|\n" + rep("| x ", n / 4) + "\n"},
        {"strikethrough_openers", rep("~~a ", n / 4)},
    };
    for (const auto& [name, body] : shapes) {
        const std::string text = "---\nid: p\ntitle: P\n---\n" + body + "\n";
        const double ms = bestMs(1, [&] { (void)lectern::parseModuleText(text, "p.md"); });
        std::printf("pathological_%s_ms %.1f\n", name, ms);
    }
    std::error_code ec;
    if (!keep) fs::remove_all(dir, ec);
    return 0;
}
