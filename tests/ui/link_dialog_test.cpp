// The link dialog cannot be spoofed (issue 11 item 11) and a course file opens after it (issue 9
// defect 1): what the dialog draws is captured through ImGui's log, as a learner would read it.
#include "quiz_test_support.h"
#include "ui_test_support.h"

#include "ui/widgets/url_display.h"
#include "util/contained_path.h"
#include "util/url_parts.h"

#include <imgui_internal.h>

using namespace lectern;
using namespace lectern::test;
namespace keys = lectern::ui::keys;

namespace {

// What the dialog's address part draws, as text, read through ImGui's log (quiz_test_support.h).
std::string drawnText(const std::string& url) {
    ImGuiContext* previous = ImGui::GetCurrentContext();  // a UiDriver's, kept for the test
    std::string text;
    {
        HeadlessUi ui(1280, 800);
        const auto draw = inWindow("Dialog", [&] { ui::drawLinkForConfirmation(url, ui.fonts(), ui.theme(), 13.f * 34); });
        ui.frame(draw);
        text = frameText(ui, draw);
    }
    ImGui::SetCurrentContext(previous);
    return text;
}

std::vector<std::string> linesOf(const std::string& url) {
    std::vector<std::string> out;
    for (const ui::UrlLine& l : ui::urlLinesForConfirmation(url)) out.push_back(l.text);
    return out;
}

const std::string kSpoof = "https://www.un.org.en.login-" + std::string(3000, 'a') + ".secure-session@evil.example/en/page";

} // namespace

TEST_CASE("ui: the link dialog shows the real host first, apart from user information", "[ui][links]") {
    const std::vector<ui::UrlLine> lines = ui::urlLinesForConfirmation(kSpoof);
    REQUIRE(lines.size() >= 4);
    CHECK(lines[1].role == ui::UrlLine::Role::Host);
    CHECK(lines[1].text == "evil.example");
    bool warned = false;
    for (const ui::UrlLine& l : lines) {
        if (l.role == ui::UrlLine::Role::Warning && l.text.find("NOT the site you go to: www.un.org.en.login-") != std::string::npos)
            warned = true;
        CHECK(l.text.size() < 400);  // the user information is shortened; the host never is
    }
    CHECK(warned);
    // A backslash ends the host for browsers: the host is evil.example, not www.un.org.
    CHECK(linesOf("https://evil.example\\@www.un.org/")[1] == "evil.example");
    CHECK(linesOf("https://evil%2Eexample/")[1] == "evil.example");
    CHECK(linesOf("https://WWW.Example.ORG:8443/x")[1] == "www.example.org");
    // A long host is shown whole.
    const std::string longHost = std::string(60, 'b') + "." + std::string(60, 'c') + ".example";
    CHECK(linesOf("https://" + longHost + "/")[1] == longHost);
}

TEST_CASE("ui: an international host is shown with its punycode", "[ui][links]") {
    const std::vector<std::string> cyrillic = linesOf("https://аррӏе.com/");  // Cyrillic look-alike of apple.com
    CHECK(cyrillic[1] == "аррӏе.com");
    CHECK(cyrillic[2] == "In ASCII (punycode): xn--80ak6aa92e.com");
    const std::vector<std::string> back = linesOf("https://xn--80ak6aa92e.com/");
    CHECK(back[1] == "аррӏе.com");
    CHECK(back[2] == "In ASCII (punycode): xn--80ak6aa92e.com");
}

// A one-module course "m" whose only link is the body's, opened in LecternUi; the learner
// tabs to the link and presses Enter: the confirmation is up, nothing is opened yet.
struct OneLinkCourse {
    TempDir dir;
    fs::path root = dir.path() / "course";
    std::shared_ptr<const Course> course;
    std::unique_ptr<ProgressStore> store;
    std::unique_ptr<UiDriver> d;

    explicit OneLinkCourse(const std::string& body, const std::string& extraFile = "") {
        if (!extraFile.empty()) writeFile(root / "modules/m" / extraFile, "%PDF-1.4\n");
        writeFile(root / "modules/m/module.md", "---\nid: m\ntitle: M\n---\n\n# M\n\n" + body + "\n");
        course = loadCourseOk(root);
        store = openStoreWithLearner(dir.path() / "p.db", course->id);
        ui::UiOptions o;
        o.openTarget = "m";
        d = std::make_unique<UiDriver>(course, *store, o);
        d->frames(3);
        d->press(keys::Tab);
        d->press(keys::Enter);
        d->frames(2);
    }
    // The learner confirms with Enter: what the shell is handed.
    std::optional<std::string> confirm() {
        d->press(keys::Enter);
        return d->ui().takeUrlToOpen();
    }
};

TEST_CASE("ui: the dialog a learner sees for a spoofing link names evil.example before anything else",
          "[ui][links]") {
    OneLinkCourse c("[United Nations](" + kSpoof + ")");
    CHECK_FALSE(c.d->ui().takeUrlToOpen());  // asked first
    const std::string text = drawnText(kSpoof);
    INFO(text.substr(0, 2000));
    const size_t intro = text.find("It goes to the site: evil.example");
    const size_t userinfo = text.find("NOT the site you go to: www.un.org.en.login-");
    REQUIRE(intro != std::string::npos);
    REQUIRE(userinfo != std::string::npos);
    CHECK(intro < userinfo);
    CHECK(text.find("Page: /en/page") != std::string::npos);
    auto url = c.confirm();
    REQUIRE(url);
    CHECK(*url == kSpoof);  // what is opened is exactly the link, shown apart
}

TEST_CASE("ui: a link to a PDF of the course asks, then hands the file's real path to the shell", "[ui][links]") {
    OneLinkCourse c("Read [the handout](handout.pdf).", "handout.pdf");
    CHECK_FALSE(c.d->ui().takeUrlToOpen());  // asked first
    auto url = c.confirm();
    REQUIRE(url);
    CHECK(*url == std::string(kCourseFileScheme) + fs::canonical(c.root / "modules/m/handout.pdf").generic_string());
    const std::string text = drawnText(*url);
    CHECK(text.find("This opens a file of the course with your computer's viewer: handout.pdf File: /") != std::string::npos);
    // The shell opens it only if it is still a regular file inside the course (app/url_opener.cpp).
    CHECK(checkCourseFileToOpen(c.root, url->substr(std::string_view(kCourseFileScheme).size())).inside());
}
