// GitHub-style pipe tables and strikethrough (cmark-gfm's extensions): loaded into the model
// with their header row, cells and alignments, exported as <table>, searchable, and tables
// shaped to explode (N columns x N padded rows from ~4N bytes; a row of many cells, which the
// extension splits in quadratic time) turned into text with an error, fast.
#include "export/html_renderer.h"
#include "load/markdown_convert.h"
#include "load/module_parser.h"
#include "load_test_util.h"
#include "search/section_text.h"

#include <chrono>

using namespace lectern;

namespace {

using test::messages;
ModuleLoad parse(const std::string& body) { return test::parseBody(body); }

const Block* firstOf(const std::vector<Block>& blocks, BlockKind kind) {
    for (const Block& b : blocks)
        if (b.kind == kind) return &b;
    return nullptr;
}

} // namespace

TEST_CASE("tables: a pipe table is a table with a header row, cells and alignments", "[load][tables]") {
    const ModuleLoad l = parse("\n| Year | Body | Outcome |\n|:-----|:----:|--------:|\n| 2004 | GGE | **no** report |\n"
                               "| 2015 | GGE | consensus `report` |\n");
    INFO(messages(l));
    CHECK(l.diagnostics.empty());
    const Block* t = firstOf(l.module->blocks, BlockKind::Table);
    REQUIRE(t);
    CHECK(t->pos.line == 6);
    CHECK(t->columnAlign == std::vector<ColumnAlign>{ColumnAlign::Left, ColumnAlign::Center, ColumnAlign::Right});
    REQUIRE(t->children.size() == 3);  // header + 2 rows
    for (const Block& row : t->children) {
        CHECK(row.kind == BlockKind::TableRow);
        REQUIRE(row.children.size() == 3);
        for (const Block& c : row.children) CHECK(c.kind == BlockKind::TableCell);
    }
    CHECK(plainText(t->children[0].children[1].inlines) == "Body");
    const Inlines& outcome = t->children[1].children[2].inlines;
    REQUIRE(outcome.size() == 2);
    CHECK(outcome[0].text == "no");
    CHECK((outcome[0].flags & SpanStrong));
    CHECK((t->children[2].children[2].inlines.back().flags & SpanCode));
    // Without the extension this was one paragraph of pipes.
    CHECK_FALSE(firstOf(l.module->blocks, BlockKind::Paragraph));
}

TEST_CASE("tables: the export writes a <table>; cells are searchable", "[load][tables]") {
    const ModuleLoad l = parse("\n## Data\n\n| a | b |\n|---|--:|\n| one | two |\n");
    const std::string html = renderHtml(*l.module);
    CHECK(html.find("<table>\n<thead>\n<tr>\n<th>a</th>\n<th align=\"right\">b</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n"
                    "<td>one</td>\n<td align=\"right\">two</td>\n</tr>\n</tbody>\n</table>\n") != std::string::npos);
    REQUIRE(l.module->sections.size() >= 1);
    const std::string text = search::sectionText(*l.module, l.module->sections.back());
    CHECK(text.find("one") != std::string::npos);
    CHECK(text.find("two") != std::string::npos);
}

TEST_CASE("tables: ~~strikethrough~~ is a styled span, a single tilde stays", "[load][tables]") {
    const ModuleLoad l = parse("\nThe ~~old~~ new text, about ~5 minutes.\n");
    const Block* p = firstOf(l.module->blocks, BlockKind::Paragraph);
    REQUIRE(p);
    bool struck = false;
    for (const Span& s : p->inlines) {
        if (s.text == "old") struck = (s.flags & SpanStrike) != 0;
        if (s.text.find("~5") != std::string::npos) CHECK_FALSE((s.flags & SpanStrike));
    }
    CHECK(struck);
    CHECK(plainText(p->inlines) == "The old new text, about ~5 minutes.");
    CHECK(renderHtml(*l.module).find("<del>old</del>") != std::string::npos);
}

TEST_CASE("tables: a table shaped to explode is shown as text, with an error, quickly", "[load][tables][guard]") {
    // N columns, N one-character rows: the extension pads every row to N cells (N x N cells).
    const size_t n = 3000;  // 9 million cells if parsed as a table
    std::string md = "\n";
    for (size_t i = 0; i < n; ++i) md += "x|";
    md += "\n";
    for (size_t i = 0; i < n; ++i) md += "-|";
    md += "\n";
    for (size_t i = 0; i < n; ++i) md += "x\n";
    const auto start = std::chrono::steady_clock::now();
    const ModuleLoad l = parse(md);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    CHECK(seconds < 5.0);  // ~0.1 s in a Release build; the padded table took minutes and gigabytes
    CHECK_FALSE(firstOf(l.module->blocks, BlockKind::Table));
    REQUIRE(l.diagnostics.errorCount() == 1);
    CHECK(l.diagnostics.items()[0].format() ==
          "m.md:6:1: error: this table has 3000 columns (over 200), too many to lay out: it is shown as text; give each "
          "row its cells, or split the table");
    // Within the columns, rows short of them: padded cells are counted.
    std::string padded = "\n" + std::string("| a | b | c | d | e | f | g | h | i | j |\n|-|-|-|-|-|-|-|-|-|-|\n");
    for (int i = 0; i < 20000; ++i) padded += "x\n";
    const ModuleLoad p = parse(padded);
    REQUIRE(p.diagnostics.errorCount() == 1);
    CHECK(p.diagnostics.items()[0].message.find("10 columns and its short rows would need 180000 empty cells") != std::string::npos);
    // One row of 50,000 cells (cmark-gfm splits a row in quadratic time: minutes at 1 MiB).
    std::string wide = "\n| a |\n|---|\n";
    for (int i = 0; i < 50000; ++i) wide += "| x ";
    const auto wideStart = std::chrono::steady_clock::now();
    const ModuleLoad w = parse(wide + "\n");
    CHECK(std::chrono::duration<double>(std::chrono::steady_clock::now() - wideStart).count() < 5.0);
    REQUIRE(w.diagnostics.errorCount() == 1);
    CHECK(w.diagnostics.items()[0].message.find("a row of up to 50001 cells (over 200)") != std::string::npos);
    // A long table whose rows carry their cells costs what its bytes cost: it stays a table.
    std::string longTable = "\n| a | b | c |\n|---|---|---|\n";
    for (int i = 0; i < 40000; ++i) longTable += "| 1 | 2 | 3 |\n";
    const ModuleLoad ok = parse(longTable);
    CHECK(ok.diagnostics.errorCount() == 0);
    const Block* t = firstOf(ok.module->blocks, BlockKind::Table);
    REQUIRE(t);
    CHECK(t->children.size() == 40001);
}
