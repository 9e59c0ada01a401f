// Module parsing details an author notices: line numbers after front matter (also with CRLF
// and a byte order mark), anchors, sections, callouts, link targets, and the HTML export.
#include "export/html_renderer.h"
#include "load/module_parser.h"
#include "load_test_util.h"
#include "util/slug.h"

using namespace lectern;

namespace {

using test::messages;
ModuleLoad parse(const std::string& body) { return test::parseBody(body); }

} // namespace

TEST_CASE("markdown: block lines equal file lines after front matter, CRLF and BOM", "[load][markdown]") {
    const ModuleLoad lf = parse("\nPara one.\n\n## Two\n");
    REQUIRE(lf.module->blocks.size() == 2);
    CHECK(lf.module->blocks[0].pos == SourcePos{6, 1});
    CHECK(lf.module->blocks[1].pos == SourcePos{8, 1});
    const ModuleLoad crlf =
        parseModuleText("\xEF\xBB\xBF---\r\nid: m\r\ntitle: M\r\nsummary: s\r\n---\r\n\r\nPara.\r\n\r\n## Two\r\n", "c.md");
    INFO(messages(crlf));
    CHECK(crlf.diagnostics.empty());
    CHECK(crlf.module->meta.summary == "s");
    REQUIRE(crlf.module->blocks.size() == 2);
    CHECK(crlf.module->blocks[0].pos.line == 7);
    CHECK(crlf.module->blocks[1].pos.line == 9);
}

TEST_CASE("markdown: a YAML error in front matter points at its file line", "[load][markdown]") {
    const ModuleLoad l = parseModuleText("---\nid: m\ntitle: M\nobjectives:\n  - one\n - two\n---\nText.\n", "f.md");
    REQUIRE(l.diagnostics.errorCount() >= 1);
    CHECK(l.diagnostics.items()[0].pos.line == 6);
    CHECK(l.diagnostics.items()[0].message.find("YAML syntax error in front matter") == 0);
}

TEST_CASE("markdown: anchors are explicit, else slugs, unique and stable", "[load][markdown]") {
    const ModuleLoad l = parse("## Two tracks, 2018\n\n## Two tracks, 2018\n\n## Kept {#two-tracks-2018-1}\n\n"
                               "### Sub *styled* {#sub}\n\n## Résumé\n");
    const Module& m = *l.module;
    std::vector<std::string> anchors;
    for (const Block& b : m.blocks) anchors.push_back(b.anchor);
    // The explicit anchor keeps its id; the second slug skips it.
    CHECK(anchors == std::vector<std::string>{"two-tracks-2018", "two-tracks-2018-2", "two-tracks-2018-1", "sub", "résumé"});
    CHECK(m.blocks[2].inlines.back().text == "Kept");
    CHECK(m.sections.size() == 4);  // ### is not a section
    CHECK(m.sections[2].title == "Kept");
    CHECK(slugify("  --Hello,   World!-- ") == "hello-world");
    CHECK(slugify("???") == "section");
}

TEST_CASE("markdown: overview only when there is content before the first ##", "[load][markdown]") {
    CHECK(parse("# Title\n\n## First\n").module->sections.size() == 1);
    const ModuleLoad withIntro = parse("# Title\n\nIntro.\n\n## First\n");
    REQUIRE(withIntro.module->sections.size() == 2);
    CHECK(withIntro.module->sections[0].id == "overview");
    CHECK(withIntro.module->sections[0].firstBlock == 0);
    CHECK(withIntro.module->sections[0].endBlock == 2);
    CHECK(withIntro.module->sectionOfBlock(1)->id == "overview");
    CHECK(parse("Just text.\n").module->sections.at(0).id == "overview");
}

TEST_CASE("markdown: callout title and body, any marker case", "[load][markdown]") {
    const ModuleLoad l = parse("> [!note] **Bold** title\n> body *line*\n>\n> second para\n");
    REQUIRE(l.module->blocks.size() == 1);
    const Block& c = l.module->blocks[0];
    CHECK(c.kind == BlockKind::Callout);
    CHECK(c.calloutMarker == "NOTE");
    REQUIRE(c.inlines.size() == 2);
    CHECK(c.inlines[0].text == "Bold");
    CHECK(c.inlines[0].flags == SpanStrong);
    CHECK(c.inlines[1].text == " title");
    REQUIRE(c.children.size() == 2);
    CHECK(c.children[0].inlines.at(0).text == "body ");
    CHECK(c.children[1].inlines.at(0).text == "second para");
    // A quote that merely starts with a bracket stays a quote.
    CHECK(parse("> [not a marker] text\n").module->blocks[0].kind == BlockKind::BlockQuote);
}

TEST_CASE("markdown: link targets are classified and checked", "[load][markdown]") {
    const ModuleLoad l = parse("[a](#nowhere) [b](glossary:) [c](file:///etc) [d](https://x.org) ![e](https://x.org/i.png)\n\n"
                               "## Here\n\n[f](#here)\n");
    const std::string m = messages(l);
    CHECK(m.find("m.md:5:1: error: link to '#nowhere'") != std::string::npos);
    CHECK(m.find("m.md:5:15: error: glossary link has no term id") != std::string::npos);
    CHECK(m.find("m.md:5:30: error: link 'file:///etc' uses the unsupported scheme 'file:'") != std::string::npos);
    CHECK(m.find("m.md:5:66: warning: image 'https://x.org/i.png' is on the web") != std::string::npos);
    CHECK(l.diagnostics.errorCount() == 3);
    CHECK(l.diagnostics.warningCount() == 1);
}

TEST_CASE("markdown: a quiz in a list item has YAML positions shifted by its indent", "[load][markdown]") {
    const ModuleLoad l = parse("- item\n\n  ```quiz\n  id: q\n  questions:\n    - id: a\n      type: nonsense\n      prompt: P\n  ```\n");
    REQUIRE(l.diagnostics.errorCount() == 1);
    CHECK(l.diagnostics.items()[0].pos == SourcePos{11, 13});
    CHECK(l.module->quizzes.size() == 1);
}

TEST_CASE("html export: escaped raw HTML, anchors, interactive blocks", "[load][export]") {
    const ModuleLoad l = parse("## Intro {#intro}\n\n<script>alert(1)</script>\n\nText <b>x</b> & more.\n\n"
                               "```reflection\nid: r\nprompt: Why?\n```\n");
    HtmlOptions opt;
    opt.standalone = true;
    const std::string html = renderHtml(*l.module, opt);
    CHECK(html.find("<!DOCTYPE html>") == 0);
    CHECK(html.find("<title>M</title>") != std::string::npos);
    CHECK(html.find("<h2 id=\"intro\">Intro</h2>") != std::string::npos);
    CHECK(html.find("<script>") == std::string::npos);
    CHECK(html.find("&lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
    CHECK(html.find("Text &lt;b&gt;x&lt;/b&gt; &amp; more.") != std::string::npos);
    CHECK(html.find("<div class=\"reflection\" id=\"reflection-r\">") != std::string::npos);
}
