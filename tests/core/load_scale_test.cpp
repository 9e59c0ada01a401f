// Loading stays near linear on generated modules (issue 11 items 8 and 9): many identical
// headings, many broken "#anchor" links (the message cap is honoured and the "did you mean"
// hint is not computed for messages never shown), and YAML aliases bounded per module.
// The time budgets are loose (sanitizer builds on a shared machine); the figures are printed.
#include "check/check_command.h"
#include "load/module_parser.h"
#include "load_test_util.h"

#include <chrono>
#include <cstdio>

using namespace lectern;

namespace {

const std::string kFront = "---\nid: m\ntitle: M\n---\n\n";

template <typename Fn> double secondsOf(Fn&& fn) {
    const auto t0 = std::chrono::steady_clock::now();
    fn();
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

size_t countErrors(const ModuleLoad& l, const std::string& fragment) {
    size_t n = 0;
    for (const Diagnostic& d : l.diagnostics.items())
        n += d.severity == Severity::Error && d.message.find(fragment) != std::string::npos;
    return n;
}

} // namespace

TEST_CASE("scale: 40,000 identical headings get unique anchors in linear time", "[load][scale]") {
    std::string text = kFront;
    for (int i = 0; i < 40000; ++i) text += "### Notes\n\nText.\n\n";
    ModuleLoad l;
    const double s = secondsOf([&] { l = parseModuleText(text, "m.md"); });
    std::printf("scale: 40,000 identical headings parsed in %.2f s\n", s);
    CHECK(l.diagnostics.empty());
    REQUIRE(l.anchors.size() == 40001);  // and "overview" for the text before the first "##"
    CHECK(std::count(l.anchors.begin(), l.anchors.end(), "notes-39999") == 1);
    CHECK(s < 30.0);  // 77 s in `check` before (release build)
}

TEST_CASE("scale: an explicit anchor that a slug would take is skipped, as before", "[load][scale]") {
    const ModuleLoad l = parseModuleText(kFront + "## Notes {#notes-1}\n\n## Notes\n\n## Notes\n\n## Notes\n", "m.md");
    std::vector<std::string> ids;
    for (const Section& s : l.module->sections) ids.push_back(s.id);
    CHECK(ids == std::vector<std::string>{"notes-1", "notes", "notes-2", "notes-3"});
}

TEST_CASE("scale: 20,000 broken anchor links against 20,000 headings: capped at 500 messages, fast",
          "[load][scale]") {
    test::TempDir tmp;
    std::string text = kFront;
    for (int i = 0; i < 20000; ++i) text += "## Heading " + std::to_string(i) + "\n\n[x](#missing-" + std::to_string(i) + ")\n\n";
    tmp.write("m/module.md", text);
    FILE* out = std::tmpfile();
    FILE* err = std::tmpfile();
    int code = -1;
    const double s = secondsOf([&] { code = runCheckCommand({tmp.str() + "/m"}, "", out, err); });
    std::printf("scale: check of 20,000 broken anchors against 20,000 headings took %.2f s\n", s);
    std::rewind(out);
    size_t lines = 0;
    std::string last;
    for (int c; (c = std::fgetc(out)) != EOF;) {
        if (c == '\n') ++lines, last.clear();
        else last += char(c);
    }
    std::fclose(out);
    std::fclose(err);
    CHECK(code == 1);
    CHECK(lines == 501);  // 500 problems and the count of the rest
    CHECK(s < 30.0);      // 27 s before (release build)
    const ModuleLoad l = parseModuleText(text, "m.md");
    CHECK(countErrors(l, "did you mean '#heading-") + countErrors(l, "anchors here") == 500);
    CHECK(countErrors(l, "too many problems: 19500 more not shown") == 1);
}

TEST_CASE("scale: YAML aliases are bounded per module, not per block", "[load][scale][yaml]") {
    // One anchor of 100 KB used 100 times per block: 10 MB per block, each block under the
    // per-block size limit; two such blocks exceed what the module may expand to.
    const std::string big(100 * 1024, 'x');
    const auto quiz = [&](const std::string& id) {
        std::string q = "```quiz\nid: " + id + "\nquestions:\n  - id: q\n    type: single\n    prompt: &p " + big +
                        "\n    choices:\n";
        for (int i = 0; i < 100; ++i) q += "      - {id: c" + std::to_string(i) + ", text: *p" + (i == 0 ? ", correct: true" : "") + "}\n";
        return q + "```\n\n";
    };
    ModuleLoad l;
    const double s = secondsOf([&] { l = parseModuleText(kFront + quiz("one") + quiz("two"), "m.md"); });
    std::printf("scale: two 10 MB alias-expanding quiz blocks read in %.2f s\n", s);
    CHECK(l.module->quizzes.size() == 1);  // the first fits, the second is refused
    CHECK(countErrors(l, "expands to more than 16 MiB through aliases") == 1);

    // Billion laughs inside one block: stopped by the same budget, quickly.
    std::string laughs = "```quiz\nid: lol\nquestions:\n  - id: q\n    type: single\n    prompt: x\n    l0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n";
    for (int i = 1; i < 12; ++i) {
        laughs += "    l" + std::to_string(i) + ": &a" + std::to_string(i) + " [";
        for (int k = 0; k < 10; ++k) laughs += std::string(k ? ", " : "") + "*a" + std::to_string(i - 1);
        laughs += "]\n";
    }
    laughs += "    choices: [a, b]\n```\n";
    ModuleLoad lol;
    const double t = secondsOf([&] { lol = parseModuleText(kFront + laughs, "m.md"); });
    std::printf("scale: billion laughs refused in %.2f s\n", t);
    CHECK(countErrors(lol, "expands to more than 16 MiB") == 1);
    CHECK(t < 60.0);  // sanitizer build on a shared machine: the point is that it ends
}
