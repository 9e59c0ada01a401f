// Images a course can carry, hostile ones included (issue 11, items 5, 6 and 17): only PNG and
// JPEG are decoded, chosen by their signature; a 16-bit PPM named photo.png, a truncated HDR, a
// truncated JPEG, a FIFO, a folder and a symbolic link loop are refused with a message at
// FILE:LINE:COL, promptly; a large PNG is downscaled while it is decoded, never kept whole.
// Every input is built here.
#include "check/check_command.h"
#include "load/course_loader.h"
#include "load/image_decode.h"
#include "load_test_util.h"

#include "../common/test_images.h"

#include <chrono>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <future>
#include <sys/stat.h>
#include <unistd.h>

using namespace lectern;
using namespace lectern::test;
namespace fs = std::filesystem;

namespace {

// A course with one module "pics" whose body is `body`; files go beside module.md.
struct PicsCourse {
    TempDir dir;
    fs::path moduleDir() const { return dir.path() / "modules" / "pics"; }
    std::string moduleFile() const { return (moduleDir() / "module.md").string(); }
    explicit PicsCourse(const std::string& body) {
        dir.write("modules/pics/module.md", "---\nid: pics\ntitle: Pictures\n---\n# Pictures\n\n" + body + "\n");
    }
    void file(const std::string& name, const std::string& bytes) const { dir.write("modules/pics/" + name, bytes); }
};

std::string errorsOf(const LoadResult& r) {
    std::string s;
    for (const Diagnostic& d : r.diagnostics.items())
        if (d.severity == Severity::Error) s += d.format() + "\n";
    return s;
}

std::string checkOutput(const std::string& path, int& code) {
    FILE* out = std::tmpfile();
    FILE* err = std::tmpfile();
    REQUIRE((out && err));
    code = runCheckCommand({path}, "", out, err);
    std::rewind(out);
    std::string s;
    char buf[4096];
    for (size_t n; (n = std::fread(buf, 1, sizeof buf, out)) > 0;) s.append(buf, n);
    std::fclose(out);
    std::fclose(err);
    return s;
}

// Runs `f` on a thread and fails (instead of hanging) when it takes over `seconds`; `unblock`
// is then called to let the stuck thread finish.
template <class F>
auto withinSeconds(double seconds, F f, const std::function<void()>& unblock) {
    auto fut = std::async(std::launch::async, f);
    if (fut.wait_for(std::chrono::duration<double>(seconds)) != std::future_status::ready) {
        unblock();
        fut.wait();
        FAIL("still running after " << seconds << " s: it blocked");
    }
    return fut.get();
}

const unsigned char* pixel(const DecodedImage& d, int x, int y) { return &d.rgba[(size_t(y) * size_t(d.width) + size_t(x)) * 4]; }

} // namespace

TEST_CASE("images: files that are not PNG or JPEG are refused whatever their name, at FILE:LINE:COL", "[load][images]") {
    PicsCourse c("![A photo](photo.png)\n\n![Light](light.png)\n\n![Words](notes.jpg)\n\n![Empty](empty.png)\n");
    c.file("photo.png", ppm16Bytes());        // a 16-bit PPM: crashed the reader
    c.file("light.png", truncatedHdrBytes());  // a truncated HDR: spun the reader forever
    c.file("notes.jpg", "just some text\n");
    c.file("empty.png", "");
    const auto start = std::chrono::steady_clock::now();
    int code = 0;
    const std::string out = checkOutput(c.dir.str(), code);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    CHECK(code == 1);
    const std::string file = c.moduleFile();
    CHECK_THAT(out, Catch::Contains(file + ":7:1: error: image 'photo.png' is not a PNG or JPEG file"));
    CHECK_THAT(out, Catch::Contains(file + ":9:1: error: image 'light.png' is not a PNG or JPEG file"));
    CHECK_THAT(out, Catch::Contains(file + ":11:1: error: image 'notes.jpg' is not a PNG or JPEG file"));
    CHECK_THAT(out, Catch::Contains(file + ":13:1: error: image 'empty.png' is an empty file"));
    CHECK(seconds < 5);
    // The app's loader (headers only) refuses them too: the reader never sees them.
    const LoadResult r = loadCourse(c.dir.path());
    REQUIRE(r.course->modules.size() == 1);
    CHECK(r.course->modules[0]->images.empty());
    CHECK(r.diagnostics.errorCount() == 4);
}

TEST_CASE("images: a truncated JPEG or PNG is reported by check, and never shown", "[load][images]") {
    const std::string jpeg = jpegBytes({64, 64});
    const std::string png = pngBytes({64, 64});
    PicsCourse c("![Cut](cut.jpg)\n\n![Cut too](cut.png)\n\n![Whole](whole.jpg)\n");
    c.file("cut.jpg", jpeg.substr(0, jpeg.size() / 2));
    c.file("cut.png", png.substr(0, png.size() - 40));
    c.file("whole.jpg", jpeg);
    int code = 0;
    const std::string out = checkOutput(c.dir.str(), code);
    CHECK(code == 1);
    CHECK_THAT(out, Catch::Contains(c.moduleFile() + ":7:1: error: image 'cut.jpg' is truncated"));
    CHECK_THAT(out, Catch::Contains(c.moduleFile() + ":9:1: error: image 'cut.png' is truncated"));
    CHECK_THAT(out, !Catch::Contains("whole.jpg"));
    // The reader's decoder refuses the cut JPEG rather than showing half of it in grey.
    const DecodedImage d = decodeImageFile((c.moduleDir() / "cut.jpg").string());
    CHECK_FALSE(d.ok);
    CHECK_THAT(d.error, Catch::StartsWith("is truncated"));
}

TEST_CASE("images: PNG and JPEG decode to RGBA in every colour type", "[load][images]") {
    SECTION("8-bit RGBA") {
        PngSpec s{3, 2};
        s.sample = [](int x, int, int ch) { return ch == 3 ? 255u : (ch == 0 ? unsigned(x * 100) : 7u); };
        const DecodedImage d = decodeImageBytes(pngBytes(s));
        REQUIRE(d.ok);
        CHECK((d.width == 3 && d.height == 2));
        CHECK(int(pixel(d, 2, 1)[0]) == 200);
        CHECK(int(pixel(d, 2, 1)[1]) == 7);
    }
    SECTION("a palette, 16-bit grey, grey + alpha, 1-bit grey and an interlaced image") {
        PngSpec pal{2, 2, PNG_COLOR_TYPE_PALETTE};
        pal.sample = [](int, int, int) { return 1u; };
        PngSpec g16{2, 2, PNG_COLOR_TYPE_GRAY, 16};
        g16.sample = [](int, int, int) { return 65535u; };
        PngSpec ga{2, 2, PNG_COLOR_TYPE_GRAY_ALPHA};
        ga.sample = [](int, int, int ch) { return ch == 0 ? 255u : 128u; };
        PngSpec g1{9, 1, PNG_COLOR_TYPE_GRAY, 1};
        g1.sample = [](int x, int, int) { return unsigned(x % 2); };
        PngSpec il{33, 17, PNG_COLOR_TYPE_RGB, 8, true};
        il.sample = [](int x, int y, int ch) { return ch == 1 ? unsigned(x + y) : 0u; };
        const DecodedImage p = decodeImageBytes(pngBytes(pal)), w = decodeImageBytes(pngBytes(g16)),
                           a = decodeImageBytes(pngBytes(ga)), b = decodeImageBytes(pngBytes(g1)),
                           i = decodeImageBytes(pngBytes(il));
        REQUIRE((p.ok && w.ok && a.ok && b.ok && i.ok));
        CHECK((int(pixel(p, 1, 1)[0]) == 255 && int(pixel(p, 1, 1)[1]) == 0 && int(pixel(p, 1, 1)[3]) == 255));
        CHECK((int(pixel(w, 0, 0)[2]) == 255 && int(pixel(w, 0, 0)[3]) == 255));
        CHECK((int(pixel(a, 0, 0)[0]) == 255 && int(pixel(a, 0, 0)[3]) == 128));
        CHECK((int(pixel(b, 0, 0)[0]) == 0 && int(pixel(b, 1, 0)[0]) == 255));
        CHECK(int(pixel(i, 32, 16)[1]) == 48);
    }
    SECTION("JPEG, baseline and progressive") {
        for (bool progressive : {false, true}) {
            const DecodedImage d = decodeImageBytes(jpegBytes({40, 30, progressive, 95, 200, 30, 30}));
            REQUIRE(d.ok);
            CHECK((d.width == 40 && d.height == 30));
            CHECK(std::abs(int(pixel(d, 20, 15)[0]) - 200) < 8);
            CHECK(std::abs(int(pixel(d, 20, 15)[2]) - 30) < 8);
            CHECK(int(pixel(d, 20, 15)[3]) == 255);
        }
    }
}

TEST_CASE("images: a large PNG is downscaled row by row while decoded, never kept whole", "[load][images]") {
    // 4096 x 4096 (64 MiB as RGBA) keeps this test quick under the sanitizers; the e2e test
    // (tests/e2e/hostile_images_test.sh) opens the 16384 x 16384 one in the app.
    PngSpec s{4096, 4096, PNG_COLOR_TYPE_GRAY};
    s.compression = 9;
    s.fillRow = [](int, unsigned char* row) {  // left half white, right half black
        std::memset(row, 255, 2048);
        std::memset(row + 2048, 0, 2048);
    };
    const std::string bytes = pngBytes(s);
    CHECK(bytes.size() < 256u * 1024u);
    const auto start = std::chrono::steady_clock::now();
    const DecodedImage d = decodeImageBytes(bytes);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::printf("4096 x 4096 PNG (%zu bytes) decoded to %d x %d in %.2f s\n", bytes.size(), d.width, d.height, seconds);
    REQUIRE(d.ok);
    CHECK((d.sourceWidth == 4096 && d.sourceHeight == 4096));
    CHECK(d.width <= 2048);
    CHECK(d.width == d.height);
    CHECK(d.rgba.size() <= 32u * 1024u * 1024u);  // 64 MiB at full size
    CHECK(int(pixel(d, 10, 10)[0]) == 255);        // the box filter keeps the picture
    CHECK(int(pixel(d, d.width - 10, 10)[0]) == 0);
}

TEST_CASE("images: beyond the limits an image is refused with its size, and a large JPEG is DCT-scaled", "[load][images]") {
    PngSpec wide{40000, 1, PNG_COLOR_TYPE_GRAY};
    const ImageInfo w = probeImageBytes(pngBytes(wide));
    CHECK_FALSE(w.ok);
    CHECK_THAT(w.error, Catch::StartsWith("is too large to show: 40000 x 1 pixels"));
    PngSpec interlaced{4096, 4096, PNG_COLOR_TYPE_GRAY, 8, true};
    const ImageInfo i = probeImageBytes(pngBytes(interlaced));
    CHECK_FALSE(i.ok);
    CHECK_THAT(i.error, Catch::Contains("interlaced"));
    const DecodedImage j = decodeImageBytes(jpegBytes({6000, 1000}));
    REQUIRE(j.ok);
    CHECK((j.sourceWidth == 6000 && j.width <= 2048 && j.width >= 1000));
}

TEST_CASE("images: a FIFO, a folder or a symbolic link loop as an image is refused at once", "[load][images]") {
    PicsCourse c("![Pipe](pipe.png)\n\n![Folder](folder.png)\n\n![Loop](loop.png)\n");
    const fs::path fifo = c.moduleDir() / "pipe.png";
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    fs::create_directories(c.moduleDir() / "folder.png");
    fs::create_symlink("loop.png", c.moduleDir() / "loop.png");
    // If anything opens the FIFO for reading and waits for a writer, opening it for writing
    // (non-blocking: a reader is there) and closing it lets that reader see the end.
    const auto unblock = [&] {
        const int fd = ::open(fifo.c_str(), O_WRONLY | O_NONBLOCK);
        if (fd >= 0) ::close(fd);
    };
    const LoadResult r = withinSeconds(10, [&] { return loadCourse(c.dir.path()); }, unblock);
    const std::string errors = errorsOf(r);
    CHECK_THAT(errors, Catch::Contains(":7:1: error: image 'pipe.png' is a named pipe (FIFO), not a file"));
    CHECK_THAT(errors, Catch::Contains(":9:1: error: image 'folder.png' is a folder, not a file"));
    CHECK_THAT(errors, Catch::Contains(":11:1: error: image 'loop.png' is a symbolic link that loops"));
    CHECK_THAT(errors, !Catch::Contains("not found"));
    REQUIRE(r.course->modules.size() == 1);
    CHECK(r.course->modules[0]->images.empty());
    const DecodedImage d = withinSeconds(10, [&] { return decodeImageFile(fifo.string()); }, unblock);
    CHECK_THAT(d.error, Catch::Contains("named pipe"));
    int code = 0;
    const std::string out = withinSeconds(10, [&] { return checkOutput(c.dir.str(), code); }, unblock);
    CHECK(code == 1);
    CHECK_THAT(out, Catch::Contains("image 'pipe.png' is a named pipe (FIFO)"));
}

TEST_CASE("images: a link or a module.md that is a symbolic link loop is named as one, not 'not found'", "[load][images]") {
    PicsCourse c("See [the notes](notes.pdf).\n");
    fs::create_symlink("notes.pdf", c.moduleDir() / "notes.pdf");
    c.dir.write("modules/looped/.keep", "");
    fs::create_symlink("module.md", c.dir.path() / "modules" / "looped" / "module.md");
    const LoadResult r = loadCourse(c.dir.path());
    const std::string errors = errorsOf(r);
    CHECK_THAT(errors, Catch::Contains(":7:5: error: link 'notes.pdf' is a symbolic link that loops"));
    CHECK_THAT(errors, Catch::Contains("looped/module.md: error: is a symbolic link that loops"));
    CHECK_THAT(errors, !Catch::Contains("not found"));
}

TEST_CASE("images: a good image is in the model with its size, resolved once against the module folder", "[load][images]") {
    PicsCourse c("![Map](img/map.png)\n");
    c.file("img/map.png", pngBytes({30, 20}));
    // A relative course path, as `--course ../x` gives: the target must be the file itself.
    std::error_code ec;
    const fs::path rel = fs::relative(c.dir.path(), fs::current_path(), ec);
    REQUIRE(!ec);
    const LoadResult r = loadCourse(rel);
    CHECK(errorsOf(r).empty());
    REQUIRE(r.course->modules.size() == 1);
    const Module& m = *r.course->modules[0];
    REQUIRE(m.images.size() == 1);
    const auto& [path, size] = *m.images.begin();
    CHECK((size.width == 30 && size.height == 20));
    CHECK(fs::equivalent(path, c.moduleDir() / "img" / "map.png", ec));
    CHECK(decodeImageFile(path).ok);
}
