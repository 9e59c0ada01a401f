// What the reader makes of the Markdown of issue 10 items 9 and 13, laid out with the real
// fonts: pipe tables (columns, header row, wrapping in cells, a table wider than the page
// shrinks to it), long code lines kept whole and scrolled sideways, punctuation after a link
// never alone at the start of a line, callouts that differ by kind, strikethrough, and the
// search snippet measured in the fonts it is drawn in.
#include "quiz_test_support.h"
#include "ui_test_support.h"

#include "load/module_parser.h"
#include "search/search_index.h"
#include "ui/fonts.h"
#include "ui/layout/callout_style.h"
#include "ui/layout/module_layout.h"
#include "ui/layout/text_measure.h"
#include "ui/shortcuts.h"
#include "ui/views/reader_view.h"
#include "ui/views/snippet_layout.h"
#include "ui/widgets/image_cache.h"

#include <cctype>
#include <set>

using namespace lectern;
using namespace lectern::test;
using namespace lectern::ui::layout;
namespace keys = lectern::ui::keys;

namespace {

struct Laid {
    HeadlessUi h;
    ui::FontLoadResult fonts = ui::loadFonts(*ImGui::GetIO().Fonts, 18.0f, "");
    ModuleLoad load;

    explicit Laid(const std::string& markdown) {
        ModuleParseOptions opt;
        opt.frontMatter = false;
        load = parseModuleText(markdown, "m.md", opt);
        REQUIRE(fonts.fonts.regular);
    }
    const Module& module() const { return *load.module; }
    BlockLayout block(size_t index, float width) const {
        LayoutInput in;
        in.module = load.module.get();
        in.fonts = &fonts.fonts;
        in.width = width;
        return layoutBlock(in, index);
    }
    size_t first(BlockKind kind) const {
        for (size_t i = 0; i < module().blocks.size(); ++i)
            if (module().blocks[i].kind == kind) return i;
        FAIL("no such block");
        return 0;
    }
};

std::string runText(const Run& r) { return std::string(r.begin, r.end); }

// The first run that holds `word` (a whole word of it).
const Run* findRun(const BlockLayout& b, const std::string& word) {
    for (const Run& r : b.runs) {
        const std::string t = " " + runText(r) + " ";
        for (size_t at = t.find(word); at != std::string::npos; at = t.find(word, at + 1))
            if (!std::isalnum(static_cast<unsigned char>(t[at - 1])) && !std::isalnum(static_cast<unsigned char>(t[at + word.size()])))
                return &r;
    }
    return nullptr;
}

} // namespace

TEST_CASE("reader: a pipe table is laid out in columns, the header bold, cells wrapped in their column", "[ui][tables]") {
    Laid t("| Year | Body | Outcome |\n|---|:-:|--:|\n| 2004 | GGE | no report |\n"
           "| 2015 | GGE | a consensus report that names eleven voluntary norms of responsible state behaviour |\n");
    const BlockLayout b = t.block(t.first(BlockKind::Table), 420);
    std::string runs;
    for (const Run& r : b.runs) runs += "[" + runText(r) + "]";
    INFO("runs: " << runs);
    const Run* year = findRun(b, "Year");
    const Run* body = findRun(b, "Body");
    const Run* y2004 = findRun(b, "2004");
    const Run* norms = findRun(b, "norms");
    REQUIRE(year);
    REQUIRE(body);
    REQUIRE(y2004);
    REQUIRE(norms);
    CHECK(year->font == FontRole::Bold);   // the header row
    CHECK(y2004->font == FontRole::Regular);
    CHECK(body->x > year->x + year->width);  // columns side by side
    CHECK(std::fabs(y2004->x - year->x) < 1.0f);  // one column, one left edge
    // The long cell wraps inside its column: several lines, none past the table's right edge.
    std::set<float> outcomeLines;
    float right = 0;
    for (const Line& l : b.lines)
        for (uint32_t i = 0; i < l.runCount; ++i) {
            const Run& r = b.runs[l.firstRun + i];
            right = std::max(right, r.x + r.width);
            if (r.x > body->x + body->width) outcomeLines.insert(l.y);
        }
    CHECK(outcomeLines.size() >= 3);
    CHECK(right <= 420.5f);
    // Lines stay sorted by y (the drawer finds the visible ones by binary search).
    for (size_t i = 1; i < b.lines.size(); ++i) CHECK(b.lines[i].y >= b.lines[i - 1].y);
    // The header has its band; a grid is drawn.
    CHECK(b.shapes.front().kind == ShapeKind::FillRect);
    CHECK(b.shapes.front().ink == Ink::TableHeaderBg);
    CHECK(b.height > 5 * 18.0f);
}

TEST_CASE("reader: a table column aligned right or centre moves its text", "[ui][tables]") {
    Laid t("| left | centre | right |\n|:--|:-:|--:|\n| a | b | c |\n| aaaaaaaaaaaa | bbbbbbbbbbbb | cccccccccccc |\n");
    const BlockLayout b = t.block(t.first(BlockKind::Table), 700);
    const Run* a = findRun(b, "a");
    const Run* along = findRun(b, "aaaaaaaaaaaa");
    const Run* c = findRun(b, "c");
    const Run* clong = findRun(b, "cccccccccccc");
    const Run* bs = findRun(b, "b");
    const Run* blong = findRun(b, "bbbbbbbbbbbb");
    REQUIRE((a && along && c && clong && bs && blong));
    CHECK(std::fabs(a->x - along->x) < 1.0f);                                      // left
    CHECK(std::fabs((c->x + c->width) - (clong->x + clong->width)) < 1.5f);         // right
    CHECK(std::fabs((bs->x + bs->width * 0.5f) - (blong->x + blong->width * 0.5f)) < 1.5f);  // centre
}

TEST_CASE("reader: a table wider than the page shrinks to it", "[ui][tables]") {
    std::string md = "|";
    for (int c = 0; c < 12; ++c) md += " column" + std::to_string(c) + " |";
    md += "\n|";
    for (int c = 0; c < 12; ++c) md += "---|";
    md += "\n|";
    for (int c = 0; c < 12; ++c) md += " internationalisation" + std::to_string(c) + " |";
    md += "\n";
    Laid t(md);
    const float width = 360;
    const BlockLayout b = t.block(t.first(BlockKind::Table), width);
    for (const Run& r : b.runs) CHECK(r.x + r.width <= width + 0.5f);
    for (const Shape& s : b.shapes) CHECK(s.x1 <= width + 0.5f);
    std::string all;
    for (const Run& r : b.runs) all += runText(r);
    CHECK(all.find("column11") != std::string::npos);  // nothing dropped
}

TEST_CASE("reader: a long code line is kept whole and scrolls sideways", "[ui][code]") {
    const std::string longLine = "result = consensus_report(states, norms, confidence_building_measures, capacity_building)";
    Laid t("```python\n" + longLine + "\nshort()\n```\n");
    const size_t index = t.first(BlockKind::CodeBlock);
    const BlockLayout b = t.block(index, 300);
    REQUIRE(b.lines.size() == 2);  // one per source line: nothing broken mid-word
    CHECK(runText(b.runs[b.lines[0].firstRun]) == longLine);
    CHECK(b.scrollWidth > 300);
    CHECK(b.clipX1 - b.clipX0 < 300);
    // At a width where it fits, nothing scrolls.
    CHECK(t.block(index, 2000).scrollWidth == 0);
}

// A reader on a module parsed from Markdown, drawn in the headless harness.
struct ReaderHarness {
    HeadlessUi ui{900, 700};
    RecordingEnv rec;
    ui::ImageCache images{nullptr};
    ModuleLoad load;
    std::shared_ptr<Course> course = std::make_shared<Course>();
    ui::ReaderView reader{images};
    std::function<void()> draw;

    ReaderHarness(const std::string& markdown, const std::string& section, const std::string& highlight = {}) {
        ModuleParseOptions opt;
        opt.frontMatter = false;
        load = parseModuleText(markdown, "m.md", opt);
        course->id = "c";
        course->modules.push_back(load.module);
        rec.course = course.get();
        bool opened = false;
        draw = inWindow("Reader", [this, opened, section, highlight]() mutable {
            ui::UiEnv env = rec.make(ui);
            if (!opened) reader.open(env, *load.module, section, 0, highlight);
            opened = true;
            reader.draw(env, true);
        });
        ui.frames(4, draw);
    }
};

TEST_CASE("reader: Tab reaches a wide code block and Right / Left scroll it", "[ui][code]") {
    ReaderHarness r("# Code\n\nBefore.\n\n```\n" + std::string(40, 'a') + " " + std::string(300, 'b') + "\n```\n\nAfter.\n", "");
    size_t code = 0;
    while (r.load.module->blocks[code].kind != BlockKind::CodeBlock) ++code;
    CHECK(r.reader.blockScrollX(code) == 0);
    ui::UiEnv env = r.rec.make(r.ui);
    r.reader.key(env, ui::ReaderKey::ScrollRight);  // nothing focused: nothing scrolls
    CHECK(r.reader.blockScrollX(code) == 0);
    r.reader.key(env, ui::ReaderKey::FocusNext);
    r.reader.key(env, ui::ReaderKey::ScrollRight);
    r.reader.key(env, ui::ReaderKey::ScrollRight);
    r.ui.frames(2, r.draw);
    const float moved = r.reader.blockScrollX(code);
    CHECK(moved > 0);
    r.reader.key(env, ui::ReaderKey::ScrollLeft);
    CHECK(r.reader.blockScrollX(code) < moved);
    for (int i = 0; i < 400; ++i) r.reader.key(env, ui::ReaderKey::ScrollRight);
    r.ui.frames(2, r.draw);
    const BlockLayout& b = r.reader.currentLayout()->blocks[code];
    CHECK(r.reader.blockScrollX(code) == Approx(b.scrollWidth - (b.clipX1 - b.clipX0)));  // stops at the end
    bool listed = false;  // and F1 lists the keys
    for (const ui::ShortcutEntry& e : ui::shortcutTable()) listed |= std::string(e.keys) == "Left / Right";
    CHECK(listed);
}

TEST_CASE("reader: after a jump from a search the words are marked and the view starts at the first", "[ui][search]") {
    std::string md = "# M\n\n## Far {#far}\n\n";
    for (int i = 0; i < 60; ++i) md += "Filler paragraph number " + std::to_string(i) + " about other things.\n\n";
    md += "Here the Consensus report of 2015 is discussed.\n\n";
    ReaderHarness plain(md, "far");
    ReaderHarness searched(md, "far", "consensus");
    CHECK_FALSE(plain.reader.highlight().active());
    REQUIRE(searched.reader.highlight().active());
    CHECK(searched.reader.scrollY() > plain.reader.scrollY() + 500);  // it went down to the hit
    std::vector<std::pair<size_t, size_t>> found;
    searched.reader.highlight().find("Here the Consensus report", found);
    REQUIRE(found.size() == 1);
    CHECK(found[0] == std::make_pair(size_t(9), size_t(18)));
    // Opening the page otherwise (the contents, a link) marks nothing.
    ui::UiEnv env = searched.rec.make(searched.ui);
    searched.reader.open(env, *searched.load.module, "far", 0);
    searched.ui.frames(3, searched.draw);
    CHECK_FALSE(searched.reader.highlight().active());
}

TEST_CASE("reader: a comma after a link never starts a line alone", "[ui][wrap]") {
    Laid t("See the [Open-Ended Working Group](https://example.org), then the [Programme of Action](https://example.org). "
           "And [again](#x); [more](#y)!\n");
    const size_t index = t.first(BlockKind::Paragraph);
    // At every width, no line starts with punctuation.
    for (float width = 120; width < 700; width += 3) {
        const BlockLayout b = t.block(index, width);
        for (const Line& l : b.lines) {
            if (l.runCount == 0) continue;
            const std::string first = runText(b.runs[l.firstRun]);
            INFO("width " << width << ": line starts with '" << first << "'");
            CHECK((first.empty() || std::string(",.;!").find(first[0]) == std::string::npos));
        }
    }
}

TEST_CASE("reader: NOTE, TIP, IMPORTANT, WARNING and CAUTION callouts differ in icon and colour", "[ui][callouts]") {
    Laid t("> [!NOTE]\n> n\n\n> [!TIP]\n> t\n\n> [!IMPORTANT]\n> i\n\n> [!WARNING]\n> w\n\n> [!CAUTION]\n> c\n");
    std::set<int> icons;
    std::set<unsigned> borders, backgrounds;
    HeadlessUi& h = t.h;
    for (ui::ThemeKind kind : {ui::ThemeKind::Light, ui::ThemeKind::Dark, ui::ThemeKind::HighContrast}) {
        ui::Theme theme = h.theme();
        theme.kind = kind;
        borders.clear();
        backgrounds.clear();
        for (size_t i = 0; i < t.module().blocks.size(); ++i) {
            const BlockLayout b = t.block(i, 500);
            REQUIRE(b.shapes.size() >= 3);
            backgrounds.insert(inkColor(theme, b.shapes[0].ink));
            borders.insert(inkColor(theme, b.shapes[1].ink));
            icons.insert(static_cast<int>(b.shapes[2].kind));
        }
        CHECK(borders.size() == 5);
        if (kind != ui::ThemeKind::HighContrast) CHECK(backgrounds.size() == 5);  // high contrast: black behind all
    }
    CHECK(icons.size() == 5);
    CHECK(calloutLook("TIP") == CalloutLook::Tip);
    CHECK(calloutLook("SOMETHING") == CalloutLook::Note);
}

TEST_CASE("reader: ~~struck~~ text is drawn with a line through it", "[ui][tables]") {
    Laid t("Some ~~old~~ text.\n");
    const BlockLayout b = t.block(t.first(BlockKind::Paragraph), 500);
    const Run* old = findRun(b, "old");
    REQUIRE(old);
    CHECK((old->decoration & RunStrike));
}

TEST_CASE("search: a highlighted word keeps the space after it (measured in bold)", "[ui][search]") {
    HeadlessUi h;
    ui::FontLoadResult fonts = ui::loadFonts(*ImGui::GetIO().Fonts, 18.0f, "");
    REQUIRE(fonts.fonts.bold != fonts.fonts.regular);
    const std::string snippet = std::string("the ") + search::kHighlightBegin + "consensus" + search::kHighlightEnd + " report";
    float height = 0;
    const auto runs = ui::layoutSnippet(snippet, 1000, fonts.fonts.regular, fonts.fonts.bold, height);
    REQUIRE(runs.size() == 3);
    CHECK(runs[1].highlighted);
    const float boldWidth = measureText(fonts.fonts.bold, "consensus", "consensus" + 9);
    const float space = measureText(fonts.fonts.regular, " ", " " + 1);
    CHECK(runs[2].offset.x >= runs[1].offset.x + boldWidth + space * 0.9f);  // was: the regular width, no gap
}
