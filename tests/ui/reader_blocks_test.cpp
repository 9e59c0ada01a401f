// The reader with real modules: every block kind draws (quizzes and reflections included),
// images fall back to their alt text, bookmarks, help and the course-completion screen.
#include "../common/selected_scope.h"
#include "ui_test_support.h"

#include "ui/fonts.h"
#include "ui/layout/module_layout.h"
#include "ui/widgets/image_cache.h"

#include <imgui_internal.h>

using namespace lectern;
using namespace lectern::test;
namespace keys = lectern::ui::keys;

namespace {

std::shared_ptr<const Course> everyBlockCourse() {
    LoadResult r = loadPaths({std::string(LECTERN_TEST_DATA_DIR) + "/modules/every-block"});
    REQUIRE(r.course);
    REQUIRE(r.course->modules.size() == 1);
    return r.course;
}

std::string allRunText(const ui::layout::BlockLayout& b) {
    std::string s;
    for (const auto& r : b.runs) {
        if (!s.empty() && s.back() != ' ' && r.begin != r.end && *r.begin != ' ') s += ' ';
        s.append(r.begin, r.end);
    }
    return s;
}

const ui::layout::BlockLayout* imageBlock(const ui::layout::ModuleLayout& l, const Module& m) {
    for (const auto& b : l.blocks) {
        const Block& blk = m.blocks[b.blockIndex];
        if (blk.kind == BlockKind::Paragraph && !blk.inlines.empty() && (blk.inlines[0].flags & SpanImage)) return &b;
    }
    return nullptr;
}

} // namespace

TEST_CASE("reader: every block kind of a real module draws while scrolling through it", "[ui][reader]") {
    auto course = everyBlockCourse();
    TempDir db;
    auto store = openStoreWithLearner(db.path() / "p.db", course->id);
    ui::UiOptions o;
    o.openTarget = "every-block";
    UiDriver d(course, *store, o);
    d.frames(3);
    for (int i = 0; i < 40; ++i) {
        d.press(keys::Down);
        CHECK(d.headless().drawnIndexMax() < 65536);
    }
    d.press(keys::End);
    d.frames(3);
    CHECK(d.ui().currentLocation() == "every-block#quiz");
}

TEST_CASE("reader: an image shows its alt text without an uploader and its texture with one", "[ui][reader]") {
    auto course = everyBlockCourse();
    const Module& m = *course->modules[0];
    HeadlessUi h;
    ui::FontLoadResult fonts = ui::loadFonts(*ImGui::GetIO().Fonts, 18.0f, "");
    ui::layout::LayoutInput in;
    in.module = &m;
    in.fonts = &fonts.fonts;
    in.width = 600;

    SECTION("no uploader: alt text") {
        ui::ImageCache images(nullptr);
        in.imageSize = [&](const std::string& p, int& w, int& hh) { return images.size(m, p, w, hh); };
        auto l = ui::layout::layoutModule(in);
        const auto* b = imageBlock(l, m);
        REQUIRE(b);
        CHECK(allRunText(*b).find("A map") != std::string::npos);
        CHECK(b->images.empty());
    }
    SECTION("an uploader gets the decoded pixels once") {
        int uploads = 0, w = 0, hh = 0;
        static int token = 0;
        ui::ImageCache images([&](const unsigned char* rgba, int iw, int ih) -> void* {
            ++uploads;
            w = iw;
            hh = ih;
            CHECK(rgba != nullptr);
            return &token;
        });
        in.imageSize = [&](const std::string& p, int& iw, int& ih) { return images.size(m, p, iw, ih); };
        auto l = ui::layout::layoutModule(in);
        const auto* b = imageBlock(l, m);
        REQUIRE(b);
        REQUIRE(b->images.size() == 1);
        // The first frame queues the decode; a later one uploads what the worker decoded.
        CHECK(images.texture(b->images[0].path) == nullptr);
        REQUIRE(images.waitIdle(10));
        CHECK(images.texture(b->images[0].path) == &token);
        CHECK(images.texture(b->images[0].path) == &token);
        CHECK_FALSE(images.busy());
        CHECK(uploads == 1);
        CHECK(w > 0);
        CHECK(hh > 0);
    }
    SECTION("a missing file: alt text") {
        int uploads = 0;
        ui::ImageCache images([&](const unsigned char*, int, int) -> void* { return ++uploads, nullptr; });
        int iw = 0, ih = 0;
        CHECK_FALSE(images.size(m, "/no/such/image.png", iw, ih));
        CHECK(images.texture("/no/such/image.png") == nullptr);
        REQUIRE(images.waitIdle(10));
        CHECK(images.texture("/no/such/image.png") == nullptr);
        CHECK(uploads == 0);
    }
}

TEST_CASE("reader: Ctrl+B bookmarks the current section, again removes it", "[ui][reader]") {
    TempDir dir;
    writeSmallCourse(dir.path() / "course");
    auto course = loadCourseOk(dir.path() / "course");
    auto store = openStoreWithLearner(dir.path() / "p.db", course->id);
    ui::UiOptions o;
    o.openTarget = "first#later";
    UiDriver d(course, *store, o);
    d.frames(3);
    d.press(keys::letter('B'), /*ctrl*/ true);
    CHECK(store->snapshot()->bookmarks.count(SectionRef{"first", "later"}));
    d.press(keys::letter('B'), /*ctrl*/ true);
    CHECK_FALSE(store->snapshot()->bookmarks.count(SectionRef{"first", "later"}));
}

TEST_CASE("ui: F1 shows the shortcuts dialog and Esc closes it without leaving the page", "[ui]") {
    TempDir dir;
    writeSmallCourse(dir.path() / "course");
    auto course = loadCourseOk(dir.path() / "course");
    auto store = openStoreWithLearner(dir.path() / "p.db", course->id);
    UiDriver d(course, *store);
    d.frames(3);
    d.press(keys::F1);
    d.frames(2);
    CHECK(GImGui->OpenPopupStack.Size == 1);
    d.press(keys::Escape);
    d.frames(2);
    CHECK(GImGui->OpenPopupStack.Size == 0);
    CHECK(d.ui().currentLocation() == "catalogue");
}

TEST_CASE("ui: finishing the last module leads to the course-completion screen", "[ui][store]") {
    TempDir dir;
    writeSmallCourse(dir.path() / "course");
    auto course = loadCourseOk(dir.path() / "course");
    auto store = openStoreWithLearner(dir.path() / "p.db", course->id);
    for (const auto& m : course->modules)
        for (const Section& s : m->sections)
            if (m->meta.id != "second" || s.id != "only") store->submit(lectern::test::selectedScope(*store), MarkSectionRead{SectionRef{m->meta.id, s.id}});
    ui::UiOptions o;
    o.openTarget = "second#only";
    UiDriver d(course, *store, o);
    d.frames(3);
    d.wait(25);  // reads the last section
    CHECK(store->snapshot()->sectionsRead.count(SectionRef{"second", "only"}));
    d.press(keys::Escape);  // closes the module-complete moment, which had the keyboard
    d.frames(2);
    CHECK(d.ui().currentLocation() == "second#only");
    d.press(keys::Escape);
    d.frames(2);
    CHECK(d.ui().currentLocation() == "complete");
    d.press(keys::Escape);
    d.frames(2);
    CHECK(d.ui().currentLocation() == "catalogue");  // shown once
}

TEST_CASE("reader: Tab and Enter take the keyboard into a quiz, Esc gives it back", "[ui][reader]") {
    auto course = everyBlockCourse();
    TempDir db;
    auto store = openStoreWithLearner(db.path() / "p.db", course->id);
    ui::UiOptions o;
    o.openTarget = "every-block#quiz";
    UiDriver d(course, *store, o);
    d.frames(3);
    d.press(keys::Tab);  // the quiz is the first focus stop on screen
    d.press(keys::Enter);
    d.frames(2);
    REQUIRE(GImGui->NavWindow);
    CHECK(std::string(GImGui->NavWindow->Name).find("##interactive") != std::string::npos);
    CHECK(GImGui->NavId != 0);  // a control inside the quiz has the focus
    d.press(keys::Escape);      // leaves the quiz, stays in the module
    d.frames(2);
    CHECK(d.ui().currentLocation() == "every-block#quiz");
    d.press(keys::Escape);
    d.frames(2);
    CHECK(d.ui().currentLocation() == "catalogue");
}

TEST_CASE("ui: Ctrl+F opens the search, Esc returns to where the learner was", "[ui]") {
    TempDir dir;
    writeSmallCourse(dir.path() / "course");
    auto course = loadCourseOk(dir.path() / "course");
    auto store = openStoreWithLearner(dir.path() / "p.db", course->id);
    ui::UiOptions o;
    o.openTarget = "first#later";
    UiDriver d(course, *store, o);
    d.frames(3);
    d.press(keys::letter('F'), /*ctrl*/ true);
    d.frames(2);
    CHECK(d.ui().currentLocation() == "search");
    d.press(keys::Escape);
    d.frames(2);
    CHECK(d.ui().currentLocation() == "first#later");
}

TEST_CASE("reader: F6 moves the keyboard to the table of contents, Enter there opens a section", "[ui][reader]") {
    TempDir dir;
    writeSmallCourse(dir.path() / "course");
    auto course = loadCourseOk(dir.path() / "course");
    auto store = openStoreWithLearner(dir.path() / "p.db", course->id);
    ui::UiOptions o;
    o.openTarget = "first";
    UiDriver d(course, *store, o);
    d.frames(3);
    d.press(keys::function(6));
    d.frames(2);
    REQUIRE(GImGui->NavWindow);
    CHECK(std::string(GImGui->NavWindow->Name).find("##toc") != std::string::npos);
    d.press(keys::Escape);  // back to the text, not to the catalogue
    d.frames(2);
    CHECK(d.ui().currentLocation() == "first#overview");
    CHECK(std::string(GImGui->NavWindow->Name).find("##reader") != std::string::npos);
    // Down to the last section's entry in the contents, Enter: it opens, the text has the keys.
    for (int downs = 0; downs < 8 && d.ui().currentLocation() != "first#later"; ++downs) {
        d.press(keys::function(6));
        for (int i = 0; i < downs; ++i) d.press(keys::Down);
        d.press(keys::Enter);
        d.frames(2);
        if (d.ui().currentLocation() != "first#later") d.press(keys::Home);  // undo "Next >"
    }
    CHECK(d.ui().currentLocation() == "first#later");
    CHECK(std::string(GImGui->NavWindow->Name).find("##reader") != std::string::npos);
}

TEST_CASE("reader: with a quiz and a reflection on screen the UI still sleeps once all is done", "[ui][reader]") {
    auto course = everyBlockCourse();
    TempDir db;
    auto store = openStoreWithLearner(db.path() / "p.db", course->id);
    ui::UiOptions o;
    o.openTarget = "every-block#timeline-section";
    UiDriver d(course, *store, o);
    d.frames(3);
    d.wait(30);
    d.frames(3);
    CHECK(d.ui().nextWakeSeconds() < 0);
}
