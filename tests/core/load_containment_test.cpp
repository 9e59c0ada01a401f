// Nothing outside the course folder is read or opened (issue 11 item 10, issue 9 defect 1):
// containment is decided on real paths (symlinks followed), the loader records what each link
// is once (course/link_kind.h), and a course file the learner opens is checked again.
#include "load/course_loader.h"
#include "course/link_kind.h"
#include "load_test_util.h"
#include "../common/test_images.h"
#include "util/contained_path.h"

#include <unistd.h>

using namespace lectern;
namespace fs = std::filesystem;

namespace {

const std::string kFront = "---\nid: m\ntitle: M\n---\n\n";

// A course folder "course" with one module "m", beside a folder "outside" holding a secret.
struct CourseFolder {
    test::TempDir tmp;
    fs::path root = tmp.path() / "course";
    fs::path moduleDir = root / "modules" / "m";
    CourseFolder() {
        tmp.write("outside/secret.png", "\x89PNG\r\n\x1a\n not really");
        tmp.write("outside/secret.pdf", "%PDF-1.4");
        tmp.write("course/modules/m/handout.pdf", "%PDF-1.4");
        tmp.write("course/modules/m/map.png", lectern::test::pngBytes(lectern::test::PngSpec{}));
    }
    void module(const std::string& body) const { tmp.write("course/modules/m/module.md", kFront + body); }
    LoadResult load() const { return loadCourse(root); }
};

std::vector<const Span*> spans(const LoadResult& r, uint16_t flag) {
    std::vector<const Span*> out;
    for (const auto& m : r.course->modules)
        for (const Block& b : m->blocks)
            for (const Span& s : b.inlines)
                if (s.flags & flag) out.push_back(&s);
    return out;
}

bool hasError(const LoadResult& r, const std::string& fragment) {
    for (const Diagnostic& d : r.diagnostics.items())
        if (d.severity == Severity::Error && d.message.find(fragment) != std::string::npos) return true;
    return false;
}

} // namespace

TEST_CASE("links: a link to a file of the course is a course file with its real path, opened after asking",
          "[load][links]") {
    CourseFolder c;
    c.module("[the handout](handout.pdf), [a site](https://example.org), [mail](mailto:a@example.org), "
             "[here](#m), [nothing](gone.pdf)\n");
    const LoadResult r = c.load();
    const std::vector<const Span*> links = spans(r, SpanLink);
    REQUIRE(links.size() == 5);
    CHECK(linkKind(*links[0]) == LinkKind::CourseFile);
    CHECK(links[0]->target == fs::canonical(c.moduleDir / "handout.pdf").generic_string());
    CHECK(linkKind(*links[1]) == LinkKind::Web);
    CHECK(linkKind(*links[2]) == LinkKind::Web);
    CHECK(linkKind(*links[3]) == LinkKind::Anchor);
    CHECK(linkKind(*links[4]) == LinkKind::Refused);
    CHECK(hasError(r, "'gone.pdf' not found"));
    // What the shell does after the confirmation (app/url_opener.cpp): the same file, inside.
    const ContainedPath open = checkCourseFileToOpen(c.root, links[0]->target);
    CHECK(open.inside());
    CHECK(open.real == fs::canonical(c.moduleDir / "handout.pdf"));
}

TEST_CASE("links: an image check rejects is not handed to the reader", "[load][links]") {
    CourseFolder c;
    const std::string abs = (c.tmp.path() / "outside" / "secret.png").string();
    c.module("![up](../../../outside/secret.png)\n\n![abs](" + abs + ")\n\n![ok](map.png)\n");
    const LoadResult r = c.load();
    const std::vector<const Span*> images = spans(r, SpanImage);
    REQUIRE(images.size() == 3);
    CHECK(hasError(r, "leaves the course folder"));
    CHECK(hasError(r, "is an absolute path"));
    CHECK(linkKind(*images[0]) == LinkKind::Refused);
    CHECK(linkKind(*images[1]) == LinkKind::Refused);
    CHECK(linkKind(*images[2]) == LinkKind::CourseFile);
    CHECK(images[2]->target == fs::canonical(c.moduleDir / "map.png").generic_string());
}

TEST_CASE("links: a symlink inside the course that points outside is refused by the loader and the opener",
          "[load][links]") {
    CourseFolder c;
    fs::create_symlink(c.tmp.path() / "outside" / "secret.png", c.moduleDir / "photo.png");
    fs::create_symlink(c.tmp.path() / "outside", c.moduleDir / "docs");
    c.module("![photo](photo.png)\n\n[notes](docs/secret.pdf)\n");
    const LoadResult r = c.load();
    CHECK(hasError(r, "image 'photo.png' is a symbolic link to " + fs::canonical(c.tmp.path() / "outside" / "secret.png").string() +
                          ", outside the course folder"));
    CHECK(hasError(r, "link 'docs/secret.pdf' is a symbolic link to"));
    for (const Span* s : spans(r, SpanImage | SpanLink)) CHECK(linkKind(*s) == LinkKind::Refused);
    // A file replaced by a symlink after loading is refused where it is opened.
    const fs::path handout = c.moduleDir / "handout.pdf";
    REQUIRE(checkCourseFileToOpen(c.root, handout).inside());
    fs::remove(handout);
    fs::create_symlink(c.tmp.path() / "outside" / "secret.pdf", handout);
    const ContainedPath swapped = checkCourseFileToOpen(c.root, handout);
    CHECK_FALSE(swapped.inside());
    CHECK(swapped.viaSymlink);
}

TEST_CASE("links: a symlink loop is named as such, not 'not found'", "[load][links]") {
    CourseFolder c;
    fs::create_symlink(c.moduleDir / "b.png", c.moduleDir / "a.png");
    fs::create_symlink(c.moduleDir / "a.png", c.moduleDir / "b.png");
    c.module("![loop](a.png)\n");
    const LoadResult r = c.load();
    INFO(test::formatted(r.diagnostics).front());
    CHECK(hasError(r, "loop of symbolic links"));
    CHECK(linkKind(*spans(r, SpanImage).at(0)) == LinkKind::Refused);
}

TEST_CASE("containment: decided on path components and real paths", "[links]") {
    test::TempDir tmp;
    tmp.write("course/a.txt", "a");
    tmp.write("course2/b.txt", "b");
    tmp.write("course/launch.desktop", "[Desktop Entry]\nExec=xterm\n");
    const fs::path root = tmp.path() / "course";
    CHECK(resolveInsideCourse(root, "a.txt").inside());
    CHECK(resolveInsideCourse(root, "a.txt").exists);
    CHECK(resolveInsideCourse(root, "new/file.txt").inside());  // not there yet, but inside
    CHECK_FALSE(resolveInsideCourse(root, "new/file.txt").exists);
    CHECK_FALSE(resolveInsideCourse(root, "../course2/b.txt").inside());  // a sibling sharing the prefix
    CHECK_FALSE(resolveInsideCourse(root, tmp.path() / "course2" / "b.txt").inside());
    CHECK_FALSE(resolveInsideCourse(root, "x/../../course2/b.txt").inside());
    CHECK(checkCourseFileToOpen(root, "a.txt").inside());
    CHECK(checkCourseFileToOpen(root, "launch.desktop").status == ContainedPath::Status::NotOpenable);
    CHECK(checkCourseFileToOpen(root, ".").status == ContainedPath::Status::NotOpenable);  // a folder
    CHECK(checkCourseFileToOpen(root, "gone.pdf").status == ContainedPath::Status::NotOpenable);
}
