// Every example of the CommonMark spec, as the reader shows it: loaded into the document
// model, laid out and drawn in a headless ImGui frame, with no crash, no ImGui assert, no
// 16-bit index overflow, and something on screen whenever the example has text.
#include "quiz_test_support.h"
#include "ui_test_support.h"
#include "../common/commonmark_examples.h"

#include "load/module_parser.h"
#include "ui/views/reader_view.h"
#include "ui/widgets/image_cache.h"

#include <fstream>
#include <sstream>

using namespace lectern;
using namespace lectern::test;

TEST_CASE("reader: every CommonMark spec example lays out and draws", "[ui][commonmark]") {
    std::ifstream in(std::string(LECTERN_TEST_DATA_DIR) + "/commonmark/spec.txt", std::ios::binary);
    std::stringstream spec;
    spec << in.rdbuf();
    const std::vector<Example> examples = readExamples(spec.str());
    REQUIRE(examples.size() == 652);

    HeadlessUi ui;
    RecordingEnv rec;
    ui::ImageCache images(nullptr);
    ModuleParseOptions opt;
    opt.frontMatter = false;  // examples are bare Markdown; several start with "---"
    // Draws `markdown` in a fresh reader; returns the vertices of the frame.
    auto drawExample = [&](const std::string& markdown) {
        ModuleLoad l = parseModuleText(markdown, "example.md", opt);
        REQUIRE(l.module);
        auto course = std::make_shared<Course>();
        course->id = "spec";
        course->modules.push_back(l.module);
        rec.course = course.get();
        ui::ReaderView reader(images);
        bool opened = false;
        auto draw = inWindow("Reader", [&] {
            ui::UiEnv env = rec.make(ui);
            if (!opened) reader.open(env, *l.module, "");
            opened = true;
            reader.draw(env, true);
        });
        ui.frames(2, draw);
        CHECK(ui.drawnIndexMax() < 65536);
        rec.submitted.clear();
        return ui.drawnVertexCount();
    };
    const int chrome = drawExample("");  // the table of contents and buttons, no text
    int drawnWithText = 0, withText = 0;
    for (const Example& ex : examples) {
        INFO("example " << ex.number << " (spec.txt line " << ex.line << ")");
        const int vertices = drawExample(ex.markdown);
        bool hasText = false;
        for (char c : ex.markdown) hasText |= (c > ' ' && c != '-' && c != '*' && c != '_' && c != '#' && c != '>');
        if (hasText) {
            ++withText;
            if (vertices > chrome + 8) ++drawnWithText;  // at least a couple of glyphs more
        }
    }
    INFO(drawnWithText << " of " << withText << " examples with text drew it");
    CHECK(drawnWithText > withText * 9 / 10);
}
