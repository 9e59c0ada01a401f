// The reader's cached layout: long text is laid out whole (no truncation), drawn one visible
// line at a time (16-bit indices never overflow on a 1 MB module), and not recomputed on
// idle frames or while scrolling.
#include "ui_test_support.h"

#include "i18n/gettext_catalog.h"
#include "ui/fonts.h"
#include "ui/layout/module_layout.h"

#include <algorithm>
#include <cctype>

using namespace lectern;
using namespace lectern::test;
namespace keys = lectern::ui::keys;

namespace {

std::string withoutSpaces(std::string_view s) {
    std::string out;
    for (char c : s)
        if (!std::isspace(static_cast<unsigned char>(c))) out += c;
    return out;
}

struct BigCourse {
    TempDir dir;
    std::shared_ptr<const Course> course;
    BigCourse() {
        writeBigModule(dir.path() / "course", 1024 * 1024, 100 * 1024);
        course = loadCourseOk(dir.path() / "course");
        REQUIRE(course->modules.size() == 1);
    }
};

} // namespace

TEST_CASE("layout: a 100 KB paragraph is laid out whole, every line inside the column", "[ui][layout]") {
    BigCourse c;
    const Module& m = *c.course->modules[0];
    HeadlessUi h;
    ui::FontLoadResult fonts = ui::loadFonts(*ImGui::GetIO().Fonts, 18.0f, "");
    REQUIRE(fonts.fonts.regular);

    // The long paragraph is the first Paragraph block.
    size_t index = 0;
    while (index < m.blocks.size() && m.blocks[index].kind != BlockKind::Paragraph) ++index;
    REQUIRE(index < m.blocks.size());
    const Block& para = m.blocks[index];
    std::string source;
    for (const Span& s : para.inlines) source += s.text;
    REQUIRE(source.size() > 90 * 1024);

    ui::layout::LayoutInput in;
    in.module = &m;
    in.fonts = &fonts.fonts;
    in.width = 640;
    ui::layout::BlockLayout b = ui::layout::layoutBlock(in, index);
    std::string laidOut;
    for (const auto& line : b.lines)
        for (uint32_t i = 0; i < line.runCount; ++i) {
            const auto& r = b.runs[line.firstRun + i];
            laidOut.append(r.begin, r.end);
            CHECK(r.x >= 0);
            CHECK(r.x + r.width <= in.width + 0.5f);
        }
    CHECK(withoutSpaces(laidOut) == withoutSpaces(source));  // nothing dropped, nothing repeated
    CHECK(b.lines.size() > 500);
    for (size_t i = 1; i < b.lines.size(); ++i) CHECK(b.lines[i].y >= b.lines[i - 1].y + b.lines[i - 1].height - 0.01f);
    CHECK(b.height >= b.lines.back().y + b.lines.back().height - 1);
}

TEST_CASE("layout: a word longer than the column is broken, not cut", "[ui][layout]") {
    HeadlessUi h;
    ui::FontLoadResult fonts = ui::loadFonts(*ImGui::GetIO().Fonts, 18.0f, "");
    Module m;
    Block p;
    p.kind = BlockKind::Paragraph;
    Span s;
    s.text = "short " + std::string(400, 'x') + " end";
    p.inlines.push_back(s);
    m.blocks.push_back(p);
    ui::layout::LayoutInput in;
    in.module = &m;
    in.fonts = &fonts.fonts;
    in.width = 200;
    ui::layout::BlockLayout b = ui::layout::layoutBlock(in, 0);
    std::string laidOut;
    for (const auto& r : b.runs) {
        laidOut.append(r.begin, r.end);
        CHECK(r.x + r.width <= in.width + 0.5f);
    }
    CHECK(withoutSpaces(laidOut) == withoutSpaces(s.text));
    CHECK(b.lines.size() > 3);
}

TEST_CASE("reader: scrolling a 1 MB module never overflows 16-bit vertex indices", "[ui][layout]") {
    BigCourse c;
    TempDir db;
    auto store = openStoreWithLearner(db.path() / "p.db", c.course->id);
    ui::UiOptions o;
    o.openTarget = "big#long";
    UiDriver d(c.course, *store, o);
    d.frames(3);
    CHECK(d.ui().currentLocation() == "big#long");
    int maxIndex = 0, minVertices = 1 << 30;
    for (int i = 0; i < 60; ++i) {
        d.press(keys::PageDown);
        maxIndex = std::max(maxIndex, d.headless().drawnIndexMax());
        minVertices = std::min(minVertices, d.headless().drawnVertexCount());
    }
    CHECK(maxIndex < 65536);
    CHECK(minVertices > 1000);  // text was drawn on every frame
    d.press(keys::End);
    CHECK(d.headless().drawnIndexMax() < 65536);
    CHECK(d.ui().currentLocation() != "big#long");  // we really moved through the module
}

TEST_CASE("reader: the layout is computed once, not on idle frames or while scrolling", "[ui][layout]") {
    BigCourse c;
    TempDir db;
    auto store = openStoreWithLearner(db.path() / "p.db", c.course->id);
    ui::UiOptions o;
    o.openTarget = "big";
    UiDriver d(c.course, *store, o);
    d.frames(3);
    const long runs = ui::layout::layoutRunCount();
    d.frames(20);
    CHECK(ui::layout::layoutRunCount() == runs);
    for (int i = 0; i < 5; ++i) d.press(keys::PageDown);
    d.press(keys::Home);
    CHECK(ui::layout::layoutRunCount() == runs);
    // A new font size needs a new layout: exactly one.
    d.press(keys::Equal, /*ctrl*/ true);
    d.frames(3);
    CHECK(ui::layout::layoutRunCount() == runs + 1);
}

// Issue 16: an untitled callout is named after its marker in the interface's language.
TEST_CASE("layout: an untitled callout's title is in the interface's language", "[ui][layout][i18n]") {
    BackToEnglish guard;
    TempDir dir;
    writeFile(dir.path() / "course/modules/m/module.md",
              "---\nid: m\ntitle: M\n---\n\n## S {#s}\n\n> [!TIP]\n> Read the 2021 report first.\n");
    std::shared_ptr<const Course> course = loadCourseOk(dir.path() / "course");
    const Module& m = *course->modules[0];
    size_t index = 0;
    while (index < m.blocks.size() && m.blocks[index].kind != BlockKind::Callout) ++index;
    REQUIRE(index < m.blocks.size());
    HeadlessUi h;
    ui::FontLoadResult fonts = ui::loadFonts(*ImGui::GetIO().Fonts, 18.0f, "");
    ui::layout::LayoutInput in;
    in.module = &m;
    in.fonts = &fonts.fonts;
    in.width = 640;
    auto laidOut = [&] {
        std::string text;
        ui::layout::BlockLayout b = ui::layout::layoutBlock(in, index);
        for (const auto& r : b.runs) text.append(r.begin, r.end);
        return text;
    };
    CHECK(laidOut().find("Tip") != std::string::npos);
    REQUIRE(i18n::useUiLanguage("fr", LECTERN_LOCALE_DIR));
    const std::string french = laidOut();
    CHECK(french.find("Conseil") != std::string::npos);
    CHECK(french.find("Tip") == std::string::npos);
}
