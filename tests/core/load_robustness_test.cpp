// No input may crash or hang the loader: invalid UTF-8, NUL bytes, binary files, huge files,
// 100,000 nested block quotes, cmark's pathological inputs, deeply nested YAML. Each case
// asserts what the author sees (an error with a position) and that a module comes back.
#include "load/module_parser.h"
#include "course/link_kind.h"
#include "load_test_util.h"

#include <random>

using namespace lectern;

namespace {

const std::string kFront = "---\nid: m\ntitle: M\n---\n";

bool hasError(const ModuleLoad& l, const std::string& fragment) {
    for (const Diagnostic& d : l.diagnostics.items())
        if (d.severity == Severity::Error && d.message.find(fragment) != std::string::npos) return true;
    return false;
}

} // namespace

TEST_CASE("robust: 100,000 nested block quotes are capped with one error", "[load][robust]") {
    std::string text = kFront;
    for (int i = 0; i < 100000; ++i) text += "> ";
    text += "deep\n";
    const ModuleLoad l = parseModuleText(text, "deep.md");
    REQUIRE(l.module);
    CHECK(l.diagnostics.errorCount() == 1);
    CHECK(hasError(l, "nested more than 100 deep"));
    // The 101st quote marker is at column 201 of line 5.
    CHECK(l.diagnostics.items()[0].pos == SourcePos{5, 201});
    int depth = 0;
    for (const Block* b = &l.module->blocks.at(0); !b->children.empty(); b = &b->children[0]) ++depth;
    CHECK(depth == 99);
}

TEST_CASE("robust: 100,000 nested list items and emphasis", "[load][robust]") {
    std::string lists = kFront;
    for (int i = 0; i < 20000; ++i) lists += std::string(size_t(i) % 40, ' ') + "- x\n";
    CHECK(parseModuleText(lists, "lists.md").module);
    std::string nestedOneLine = kFront;
    for (int i = 0; i < 100000; ++i) nestedOneLine += "- ";
    nestedOneLine += "x\n";
    const ModuleLoad l = parseModuleText(nestedOneLine, "one-line.md");
    CHECK(hasError(l, "nested more than 100 deep"));
    std::string emph = kFront;
    for (int i = 0; i < 50000; ++i) emph += "*a ";
    for (int i = 0; i < 50000; ++i) emph += "b* ";
    CHECK(parseModuleText(emph, "emph.md").module->blocks.size() == 1);
}

TEST_CASE("robust: invalid UTF-8 and NUL bytes are reported with their position", "[load][robust]") {
    const ModuleLoad l = parseModuleText(std::string_view(kFront + "ok\nbad \xC3\x28 x\n"), "u.md");
    REQUIRE(l.diagnostics.errorCount() == 1);
    CHECK(l.diagnostics.items()[0].format() == "u.md:6:5: error: invalid UTF-8 byte 0xC3; save the file as UTF-8");
    const std::string nul = kFront + "a\n" + std::string("b\0c", 3) + "\n";
    const ModuleLoad n = parseModuleText(nul, "n.md");
    REQUIRE(n.diagnostics.errorCount() == 1);
    CHECK(n.diagnostics.items()[0].pos == SourcePos{6, 2});
    // The text keeps flowing: the paragraph is there, the bad byte shown as '?'.
    CHECK(n.module->blocks.size() == 1);
    // Overlong encodings and surrogates are invalid too.
    CHECK(parseModuleText(kFront + "\xC0\xAF\n", "o.md").diagnostics.errorCount() == 2);  // lead and trail byte
    CHECK(parseModuleText(kFront + "\xED\xA0\x80\n", "s.md").diagnostics.errorCount() == 3);
}

TEST_CASE("robust: a binary file gives a bounded number of errors", "[load][robust]") {
    std::mt19937 rng(42);
    std::string bin(1 << 20, '\0');
    for (char& c : bin) c = char(rng() & 0xFF);
    const ModuleLoad l = parseModuleText(bin, "bin.md");
    REQUIRE(l.module);
    CHECK(l.diagnostics.errorCount() <= 13);
    CHECK(hasError(l, "more invalid bytes"));
}

TEST_CASE("robust: 50 MB of input is refused without parsing", "[load][robust]") {
    const std::string big(50u * 1024u * 1024u, 'a');
    const ModuleLoad l = parseModuleText(big, "big.md");
    REQUIRE(l.diagnostics.errorCount() == 1);
    CHECK(l.diagnostics.items()[0].message == "file is 50 MiB, over the limit of 8 MiB; split it into several modules");
    CHECK(l.module->blocks.empty());
    test::TempDir tmp;
    const auto path = tmp.write("big.md", big);
    const FileRead r = readFileBounded(path);
    CHECK(r.error == FileReadError::TooLarge);
    CHECK(r.message.find("over the limit of 8 MiB") != std::string::npos);
    CHECK(r.bytes.empty());
}

TEST_CASE("robust: cmark's pathological inputs at the size limit's scale", "[load][robust]") {
    // From cmark's test/pathological_tests.py, at 1/8 of the 8 MiB limit to keep the suite
    // fast; tests/bench/load_bench.cpp times the same shapes at full size.
    const size_t n = 100000;
    auto rep = [](const std::string& s, size_t times) {
        std::string out;
        out.reserve(s.size() * times);
        for (size_t i = 0; i < times; ++i) out += s;
        return out;
    };
    const std::vector<std::pair<const char*, std::string>> cases = {
        {"nested strong emph", rep("*a **a ", n / 8) + "b" + rep(" a** a*", n / 8)},
        {"many emph closers with no openers", rep("a_ ", n)},
        {"many emph openers with no closers", rep("_a ", n)},
        {"many link closers with no openers", rep("a]", n)},
        {"many link openers with no closers", rep("[a", n)},
        {"mismatched openers and closers", rep("*a_ ", n)},
        {"openers and closers multiple of 3", "a**b" + rep("c* ", n)},
        {"link openers and emph closers", rep("[ a_", n)},
        {"nested brackets", rep("[", n) + "a" + rep("]", n)},
        {"nested block quotes", rep("> ", n) + "a"},
        {"backticks", rep("e`", n / 4)},
        {"unclosed links A", rep("[a](<b", n)},
        {"unclosed links B", rep("[a](b", n)},
        {"unclosed <!--", "</" + rep("<!--", n)},
        {"many references", rep("[a]: u\n", n / 4)},
        {"reference link nesting", rep("[", n / 10) + "[a]: b" + rep("]", n / 10)},
        {"image openers and links (quadratic in cmark 0.30.2)", rep("![[]()", n)},
    };
    for (const auto& [name, body] : cases) {
        INFO(name);
        const ModuleLoad l = parseModuleText(kFront + body + "\n", "p.md");
        CHECK(l.module != nullptr);
    }
}

TEST_CASE("robust: cmark 0.30.2's quadratic image-opener shape is defused, with an error", "[load][robust]") {
    // 8 MiB of "![[]()" would take cmark 0.30.2 hours; the loader turns the "![" into " [".
    std::string text = kFront + "\nA normal ![picture](a.png) paragraph.\n\n";
    while (text.size() < kMaxSourceFileBytes - 16) text += "![[]()";
    text += "\n";
    const ModuleLoad l = parseModuleText(text, "q.md");
    // The defused paragraph is reported at its first line (its empty links "[]()" are
    // reported too, up to the per-file cap).
    REQUIRE(!l.diagnostics.empty());
    CHECK(l.diagnostics.items()[0].pos == SourcePos{8, 1});
    CHECK(l.diagnostics.items()[0].message.find("image openers '![' and") != std::string::npos);
    // The normal paragraph keeps its image.
    CHECK(styleFlags(l.module->blocks.at(0).inlines.at(1).flags) == SpanImage);
}

TEST_CASE("robust: YAML that would nest deeply is refused before parsing", "[load][robust]") {
    const std::string flow = kFront + "\n```quiz\nid: " + std::string(5000, '[') + "\n```\n";
    const ModuleLoad l = parseModuleText(flow, "y.md");
    CHECK(hasError(l, "nests lists or maps more than 64 deep"));
    std::string dashes = "---\nid: m\ntitle: " ;
    for (int i = 0; i < 3000; ++i) dashes += "- ";
    dashes += "x\n---\n";
    CHECK(parseModuleText(dashes, "d.md").module);
    std::string indent = kFront + "\n```reflection\nid: r\nprompt: p\nquote:\n";
    for (int i = 1; i < 700; ++i) indent += std::string(size_t(i), ' ') + "k" + std::to_string(i) + ":\n";
    indent += "```\n";
    CHECK(parseModuleText(indent, "i.md").module);
}

TEST_CASE("robust: problems per file are capped, the rest counted", "[load][robust]") {
    std::string text = kFront;
    for (int i = 0; i < 200000; ++i) text += "[x](#nowhere) ";
    text += "\n";
    for (int i = 0; i < 2000; ++i) text += "\n```quiz\nid: q\n```\n";
    const ModuleLoad l = parseModuleText(text, "many.md");
    CHECK(l.diagnostics.items().size() == 501);
    CHECK(l.diagnostics.items().back().message.rfind("too many problems: ", 0) == 0);
}

TEST_CASE("robust: every prefix of the every-block module loads", "[load][robust]") {
    // Cuts the file at every byte: unclosed fences, half front matter, half YAML blocks.
    const std::string text = test::readText(test::dataDir() + "/modules/every-block/module.md");
    for (size_t cut = 0; cut <= text.size(); cut += 7) {
        const ModuleLoad l = parseModuleText(std::string_view(text).substr(0, cut), "cut.md");
        REQUIRE(l.module);
    }
}
