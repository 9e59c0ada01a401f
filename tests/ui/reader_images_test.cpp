// Images in the reader as a learner opens a course: with a relative --course path the image
// shows (issue 11, item 15: the module folder was joined onto the path twice, and no image
// showed); the pixels are decoded on a worker, uploaded by a later frame, and a refused image
// keeps its alt text without the UI ever opening the file.
#include "ui_test_support.h"

#include "../common/test_images.h"

#include <chrono>
#include <sys/stat.h>
#include <thread>

using namespace lectern;
using namespace lectern::test;

namespace {

struct Upload {
    int count = 0, w = 0, h = 0;
};

ui::UiOptions optionsCounting(Upload& up) {
    static int token = 0;
    ui::UiOptions o;
    o.openTarget = "pics";
    o.uploadTexture = [&up](const unsigned char* rgba, int w, int h) -> void* {
        ++up.count;
        up.w = w;
        up.h = h;
        return rgba ? &token : nullptr;
    };
    return o;
}

// Draws frames until the reader's images are decoded and uploaded (at most 10 s).
void framesUntilImagesShown(UiDriver& d) {
    const auto end = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    d.frames(2);
    while (d.ui().imagesPending() && std::chrono::steady_clock::now() < end) {
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
        d.frame();
    }
    d.frames(2);
}

} // namespace

TEST_CASE("reader images: a course opened by a relative path shows its image", "[ui][reader][images]") {
    TempDir dir;
    writeFile(dir.path() / "course/modules/pics/module.md",
              "---\nid: pics\ntitle: Pictures\n---\n# Pictures\n\n![A map](map.png)\n\nAfter the map.\n");
    writeFile(dir.path() / "course/modules/pics/map.png", pngBytes({30, 20}));
    std::error_code ec;
    const fs::path relative = fs::relative(dir.path() / "course", fs::current_path(), ec);
    REQUIRE(!ec);
    REQUIRE(relative.is_relative());
    auto course = loadCourseOk(relative);
    auto store = openStoreWithLearner(dir.path() / "p.db", course->id);
    Upload up;
    UiDriver d(course, *store, optionsCounting(up));
    framesUntilImagesShown(d);
    CHECK(up.count == 1);
    CHECK((up.w == 30 && up.h == 20));
    CHECK_FALSE(d.ui().imagesPending());
}

TEST_CASE("reader images: a FIFO named like an image never reaches the UI", "[ui][reader][images]") {
    TempDir dir;
    writeFile(dir.path() / "course/modules/pics/module.md",
              "---\nid: pics\ntitle: Pictures\n---\n# Pictures\n\n![A pipe](pipe.png)\n\n![A map](map.png)\n");
    writeFile(dir.path() / "course/modules/pics/map.png", pngBytes({8, 8}));
    REQUIRE(::mkfifo((dir.path() / "course/modules/pics/pipe.png").c_str(), 0600) == 0);
    LoadResult r = loadCourse(dir.path() / "course");
    REQUIRE(r.course->modules.size() == 1);
    CHECK(r.diagnostics.errorCount() == 1);
    auto store = openStoreWithLearner(dir.path() / "p.db", r.course->id);
    Upload up;
    UiDriver d(r.course, *store, optionsCounting(up));
    framesUntilImagesShown(d);
    CHECK(up.count == 1);  // the map; the pipe shows its alt text
    CHECK((up.w == 8 && up.h == 8));
}
