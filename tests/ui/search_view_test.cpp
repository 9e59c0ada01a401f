// The search view over the real fixture module: the index builds off the UI thread, typing
// shows matching sections with highlighted snippets, Up/Down choose, Enter and clicks open.
#include "quiz_test_support.h"

#include "search/search_index.h"
#include "ui/views/search_view.h"

#include <chrono>
#include <thread>

using namespace lectern;
using namespace lectern::test;

namespace {

constexpr const char* kWindow = "Search";

struct SearchHarness {
    HeadlessUi ui;
    std::shared_ptr<const Course> course = loadFixtureModule("every-block");
    RecordingEnv rec;
    ui::SearchView view{course};
    std::function<void()> draw;

    SearchHarness() {
        rec.course = course.get();
        draw = inWindow(kWindow, [this] { view.draw(rec.make(ui)); });
        // The index builds on its own thread; the view says so until it is ready.
        for (int i = 0; i < 500; ++i) {
            const std::string shown = frameText(ui, draw);
            if (shown.find("Indexing") == std::string::npos) break;
            CHECK_FALSE(rec.wakes.empty());  // it asked for another frame to check again
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
        }
        REQUIRE(frameText(ui, draw).find("Indexing") == std::string::npos);
    }
    void type(const std::string& text) {
        ui.type(text);
        ui.frames(2, draw);
        settle();
    }
    // The query runs on the index's worker (never in a frame): draw until its answer is shown,
    // as the app does, asking for frames while one is due.
    void settle() {
        for (int i = 0; i < 3000 && frameText(ui, draw).find("Searching") != std::string::npos; ++i) {
            CHECK_FALSE(rec.wakes.empty());
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
        }
    }
    std::vector<search::SearchHit> expected(const std::string& query) {
        auto index = search::SearchIndex::build(*course);
        REQUIRE(index);
        return index->query(query);
    }
    const ui::OpenModule& lastOpen() {
        REQUIRE_FALSE(rec.posted.empty());
        auto* open = std::get_if<ui::OpenModule>(&rec.posted.back());
        REQUIRE(open);
        return *open;
    }
};

} // namespace

TEST_CASE("search: typing a word lists its section, and Enter opens it", "[search]") {
    SearchHarness h;
    CHECK(frameText(h.ui, h.draw).find("Type a word") != std::string::npos);
    h.type("sub-head");  // the box has the focus from the start; the last word is a prefix
    const std::string shown = frameText(h.ui, h.draw);
    CHECK(shown.find("Every block kind › Prose blocks") != std::string::npos);
    CHECK(shown.find("sub-heading") != std::string::npos);
    h.ui.pressKey(ui::keys::Enter, h.draw);
    const ui::OpenModule& open = h.lastOpen();
    CHECK(open.moduleId == "every-block");
    CHECK(open.sectionId == "prose");
}

TEST_CASE("search: Up and Down choose among the results", "[search]") {
    SearchHarness h;
    const auto hits = h.expected("event");
    REQUIRE(hits.size() >= 1);
    h.type("event");
    // Down past the end stays on the last result; Up comes back to the first.
    for (size_t i = 0; i < hits.size() + 2; ++i) h.ui.pressKey(ui::keys::Down, h.draw);
    h.ui.pressKey(ui::keys::Enter, h.draw);
    CHECK(h.lastOpen().sectionId == hits.back().sectionId);

    activateItem(h.ui, h.draw, kWindow, {"search", "##query"});  // back into the box
    for (size_t i = 0; i < hits.size() + 2; ++i) h.ui.pressKey(ui::keys::Up, h.draw);
    h.ui.pressKey(ui::keys::Enter, h.draw);
    CHECK(h.lastOpen().sectionId == hits.front().sectionId);
}

TEST_CASE("search: a word in several sections lists each, best first, and a click opens one", "[search]") {
    SearchHarness h;
    const auto hits = h.expected("first");
    REQUIRE(hits.size() >= 2);  // "First" in a list (prose) and "First event" (timeline)
    h.type("first ");
    const std::string shown = frameText(h.ui, h.draw);
    CHECK(shown.find(std::to_string(hits.size()) + " results") != std::string::npos);
    const size_t firstAt = shown.find("› " + hits[0].title);
    const size_t secondAt = shown.find("› " + hits[1].title);
    REQUIRE(firstAt != std::string::npos);
    REQUIRE(secondAt != std::string::npos);
    CHECK(firstAt < secondAt);

    const std::string second = hits[1].moduleId + "#" + hits[1].sectionId;
    clickItem(h.ui, h.draw, kWindow, {"search", second, "##hit"});
    CHECK(h.lastOpen().sectionId == hits[1].sectionId);
}

TEST_CASE("search: no result is said plainly, and FTS syntax is just text", "[search]") {
    SearchHarness h;
    h.type("\"zzzz NEAR( OR *");
    const std::string shown = frameText(h.ui, h.draw);
    CHECK(shown.find("No results for") != std::string::npos);
    h.ui.pressKey(ui::keys::Enter, h.draw);
    CHECK(h.rec.posted.empty());
}

TEST_CASE("search: a glossary term is listed as such and opens the glossary", "[search]") {
    HeadlessUi ui;
    LoadResult loaded = loadCourse(LECTERN_TEST_DATA_DIR "/courses/demo");
    REQUIRE_FALSE(loaded.course->glossary.empty());
    RecordingEnv rec;
    ui::SearchView view(loaded.course);
    auto draw = inWindow(kWindow, [&] { view.draw(rec.make(ui)); });
    for (int i = 0; i < 3000 && frameText(ui, draw).find("Indexing") != std::string::npos; ++i)
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    ui.type("member states");  // the definition says "member state": English word forms match
    ui.frames(2, draw);
    for (int i = 0; i < 3000 && frameText(ui, draw).find("Searching") != std::string::npos; ++i)
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    CHECK(frameText(ui, draw).find("Glossary: Open-ended Working Group") != std::string::npos);
    ui.pressKey(ui::keys::Enter, draw);
    REQUIRE(rec.posted.size() == 1);
    auto* open = std::get_if<ui::OpenGlossary>(&rec.posted[0]);
    REQUIRE(open);
    CHECK(open->termId == "open-ended-working-group");
}
