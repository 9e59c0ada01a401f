// `lectern export-html`'s page (export/module_page.h), read back the way a browser or a screen
// reader would: a small tag parser checks that the page is well formed, that its <h2>s inside
// <main> are the module's sections in order, that the landmarks, forms and labels are there,
// that no answer, feedback or explanation is on a learner's page (and all of them are on the
// reviewer's), and that raw HTML from a module is shown as text, never run.
#include "export/html_renderer.h"
#include "export/module_page.h"
#include "load/course_loader.h"
#include "load/markdown_convert.h"
#include "load_test_util.h"

#include <algorithm>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <unistd.h>

using namespace lectern;

namespace {

//-----------------------------------------------------------------------------
// A tiny HTML reader: enough for the pages we write (no comments, no CDATA; <style> text is
// skipped). Void elements need no end tag; every other element must be closed in order.
//-----------------------------------------------------------------------------
struct Element {
    std::string tag;
    std::map<std::string, std::string> attrs;
    std::string text;             // the text inside, tags removed, entities decoded
    std::vector<std::string> path;  // open elements around it, outermost first
};

struct Page {
    std::vector<Element> elements;  // in document order
    std::vector<std::string> errors;

    std::vector<const Element*> all(const std::string& tag, const std::string& inside = "") const {
        std::vector<const Element*> out;
        for (const Element& e : elements)
            if (e.tag == tag && (inside.empty() || std::find(e.path.begin(), e.path.end(), inside) != e.path.end()))
                out.push_back(&e);
        return out;
    }
};

std::string decode(const std::string& s) {
    std::string out;
    for (size_t i = 0; i < s.size(); ++i) {
        if (s[i] != '&') {
            out += s[i];
            continue;
        }
        static const std::pair<const char*, const char*> kEntities[] = {{"&amp;", "&"}, {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}};
        bool done = false;
        for (const auto& [name, value] : kEntities)
            if (s.compare(i, std::strlen(name), name) == 0) {
                out += value;
                i += std::strlen(name) - 1;
                done = true;
                break;
            }
        if (!done) out += '&';
    }
    return out;
}

std::string squeeze(const std::string& s) {
    std::string out;
    for (char c : s) {
        const bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
        if (space && (out.empty() || out.back() == ' ')) continue;
        out += space ? ' ' : c;
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

Page parsePage(const std::string& html) {
    static const std::set<std::string> kVoid = {"meta", "img", "input", "br", "hr", "link"};
    Page page;
    struct Open {
        size_t index;
        std::string tag;
    };
    std::vector<Open> stack;
    size_t i = 0;
    if (html.rfind("<!DOCTYPE html>", 0) != 0) page.errors.push_back("no <!DOCTYPE html> first");
    else i = std::strlen("<!DOCTYPE html>");
    const auto addText = [&](const std::string& t) {
        for (const Open& o : stack) page.elements[o.index].text += t;
    };
    while (i < html.size()) {
        const size_t lt = html.find('<', i);
        if (lt == std::string::npos) {
            addText(decode(html.substr(i)));
            break;
        }
        addText(decode(html.substr(i, lt - i)));
        const size_t gt = html.find('>', lt);
        if (gt == std::string::npos) {
            page.errors.push_back("unclosed tag at " + std::to_string(lt));
            break;
        }
        std::string tagText = html.substr(lt + 1, gt - lt - 1);
        i = gt + 1;
        if (!tagText.empty() && tagText[0] == '/') {
            const std::string name = tagText.substr(1);
            if (stack.empty() || stack.back().tag != name)
                page.errors.push_back("</" + name + "> closes " + (stack.empty() ? "nothing" : "<" + stack.back().tag + ">"));
            else stack.pop_back();
            continue;
        }
        const bool selfClosing = !tagText.empty() && tagText.back() == '/';
        if (selfClosing) tagText.pop_back();
        Element e;
        size_t p = 0;
        while (p < tagText.size() && tagText[p] != ' ' && tagText[p] != '\n') e.tag += tagText[p++];
        for (const Open& o : stack) e.path.push_back(o.tag);
        while (p < tagText.size()) {
            while (p < tagText.size() && (tagText[p] == ' ' || tagText[p] == '\n')) ++p;
            std::string name;
            while (p < tagText.size() && tagText[p] != '=' && tagText[p] != ' ') name += tagText[p++];
            if (name.empty()) break;
            std::string value;
            if (p < tagText.size() && tagText[p] == '=') {
                if (tagText[p + 1] != '"') {
                    page.errors.push_back("unquoted attribute " + name + " in <" + e.tag + ">");
                    break;
                }
                const size_t end = tagText.find('"', p + 2);
                value = decode(tagText.substr(p + 2, end - p - 2));
                p = end + 1;
            }
            e.attrs[name] = value;
        }
        page.elements.push_back(e);
        if (e.tag == "style") {  // its text is CSS, not markup
            const size_t end = html.find("</style>", i);
            i = end == std::string::npos ? html.size() : end + std::strlen("</style>");
            continue;
        }
        if (!selfClosing && !kVoid.count(e.tag)) stack.push_back({page.elements.size() - 1, e.tag});
    }
    for (const Open& o : stack) page.errors.push_back("<" + o.tag + "> never closed");
    return page;
}

size_t count(const std::string& haystack, const std::string& needle) {
    size_t n = 0;
    for (size_t at = haystack.find(needle); at != std::string::npos; at = haystack.find(needle, at + needle.size())) ++n;
    return n;
}

// Everything a learner sees only after submitting (or never): must not be on a learner's page.
std::vector<std::string> answerTexts(const Module& m) {
    std::vector<std::string> texts;
    for (const Quiz& q : m.quizzes)
        for (const Question& question : q.questions) {
            for (const std::string* s : {&question.explanation, &question.correctFeedback, &question.incorrectFeedback})
                if (!s->empty()) texts.push_back(*s);
            for (const Choice& c : question.choices)
                if (!c.feedback.empty()) texts.push_back(c.feedback);
        }
    return texts;
}

size_t countCallouts(const std::vector<Block>& blocks) {
    size_t n = 0;
    for (const Block& b : blocks) n += (b.kind == BlockKind::Callout) + countCallouts(b.children);
    return n;
}

} // namespace

TEST_CASE("export-html: every bundled module is a well-formed page with its sections as <h2>s", "[export][bundled]") {
    const LoadResult r = loadCourse(LECTERN_SOURCE_DIR);
    REQUIRE(r.course->modules.size() == 3);
    for (const auto& mp : r.course->modules) {
        const Module& m = *mp;
        INFO(m.meta.id);
        for (const bool answers : {false, true}) {
            INFO("answers: " << answers);
            const std::string html = renderModulePage(*r.course, m, {answers});
            const Page page = parsePage(html);
            CHECK(page.errors == std::vector<std::string>{});

            // Landmarks, one each, and one <h1>: the module's title.
            for (const char* landmark : {"header", "nav", "main", "footer"}) CHECK(page.all(landmark).size() == 1);
            REQUIRE(page.all("h1").size() == 1);
            CHECK(squeeze(page.all("h1")[0]->text) == m.meta.title);

            // The <h2>s inside <main> are the sections, in order; the contents list links to each.
            std::vector<std::string> h2s, sections, tocLinks, sectionIds;
            for (const Element* h : page.all("h2", "main")) h2s.push_back(squeeze(h->text));
            for (const Section& s : m.sections) sections.push_back(squeeze(s.title)), sectionIds.push_back("#" + s.id);
            CHECK(h2s == sections);
            for (const Element* a : page.all("a", "nav"))
                if (a->attrs.at("href") != "#glossary") tocLinks.push_back(a->attrs.at("href"));
            CHECK(tocLinks == sectionIds);
            // No heading deeper than one below its parent level: h1 > h2 > h3 only starts after an h2.
            int level = 1;
            for (const Element& e : page.elements)
                if (e.tag.size() == 2 && e.tag[0] == 'h' && e.tag[1] >= '1' && e.tag[1] <= '6') {
                    const int l = e.tag[1] - '0';
                    INFO("heading " << e.tag << ": " << squeeze(e.text));
                    CHECK(l <= level + 1);
                    level = l;
                }

            // Nothing outside the page: no script, no stylesheet link, every image a data: URI.
            CHECK(page.all("script").empty());
            CHECK(page.all("link").empty());
            for (const Element* img : page.all("img")) {
                CHECK(img->attrs.at("src").rfind("data:image/", 0) == 0);
                CHECK(img->attrs.count("alt") == 1);
            }
            CHECK(html.find("@media print") != std::string::npos);

            // Each quiz is a form of fieldsets with legends; each reflection a labelled textarea;
            // each callout an <aside> with a name.
            size_t questions = 0;
            for (const Quiz& q : m.quizzes) questions += q.questions.size();
            CHECK(page.all("form").size() == m.quizzes.size());
            CHECK(page.all("fieldset", "form").size() == questions);
            CHECK(page.all("legend", "fieldset").size() == questions);
            const auto textareas = page.all("textarea");
            CHECK(textareas.size() == m.reflections.size());
            for (const Element* t : textareas) {
                size_t labels = 0;
                for (const Element* l : page.all("label")) labels += l->attrs.count("for") && l->attrs.at("for") == t->attrs.at("id");
                CHECK(labels == 1);
            }
            const auto asides = page.all("aside");
            CHECK(asides.size() == countCallouts(m.blocks));
            for (const Element* a : asides) CHECK(!a->attrs.at("aria-label").empty());

            // Every glossary term the module links to is defined at the end.
            for (const Element* a : page.all("a"))
                if (a->attrs.count("class") && a->attrs.at("class") == "glossary") {
                    const std::string id = a->attrs.at("href").substr(1);
                    bool defined = false;
                    for (const Element* dt : page.all("dt")) defined = defined || (dt->attrs.count("id") && dt->attrs.at("id") == id);
                    CHECK(defined);
                }
        }
    }
}

TEST_CASE("export-html: no answer, feedback or explanation without --answers; all of them with it", "[export][bundled]") {
    const LoadResult r = loadCourse(LECTERN_SOURCE_DIR);
    for (const auto& mp : r.course->modules) {
        const Module& m = *mp;
        INFO(m.meta.id);
        const std::string learner = renderModulePage(*r.course, m, {false});
        const std::string reviewer = renderModulePage(*r.course, m, {true});
        const std::vector<std::string> secrets = answerTexts(m);
        CHECK(secrets.size() > 10);  // the bundled quizzes explain their answers
        for (const std::string& s : secrets) {
            INFO(s);
            CHECK(learner.find(escapeHtml(s)) == std::string::npos);
            CHECK(reviewer.find(escapeHtml(s)) != std::string::npos);
        }
        // No input is pre-set on a learner's page, no option chosen, no key block.
        const Page page = parsePage(learner);
        for (const Element* in : page.all("input")) {
            CHECK(in->attrs.count("checked") == 0);
            CHECK(in->attrs.count("value") == (in->attrs.at("type") == "radio" || in->attrs.at("type") == "checkbox" ? 1u : 0u));
        }
        for (const Element* o : page.all("option")) CHECK(o->attrs.count("selected") == 0);
        CHECK(learner.find("class=\"answer-key\"") == std::string::npos);
        CHECK(learner.find("(correct)") == std::string::npos);
        // The choices' values are their ids, which say nothing about being right.
        size_t questions = 0;
        for (const Quiz& q : m.quizzes) questions += q.questions.size();
        CHECK(count(reviewer, "aria-label=\"Answer key\"") == questions);
        CHECK(reviewer.find("Reviewer's copy") != std::string::npos);
        CHECK(learner.find("Reviewer's copy") == std::string::npos);
    }
}

TEST_CASE("export-html: every block kind of the fixture, short answers only with --answers", "[export]") {
    const LoadResult r = loadPaths({test::dataDir() + "/modules/every-block"});
    REQUIRE(r.course->modules.size() == 1);
    const Module& m = *r.course->modules[0];
    const std::string learner = renderModulePage(*r.course, m, {false});
    const std::string reviewer = renderModulePage(*r.course, m, {true});
    const Page page = parsePage(learner);
    CHECK(page.errors == std::vector<std::string>{});
    // Lists, tables of contents, the ordered list that starts at five, the sub-heading as <h3>.
    CHECK(learner.find("<ol start=\"5\">") != std::string::npos);
    CHECK(learner.find("<h3 id=\"a-sub-heading\">A sub-heading</h3>") != std::string::npos);
    // The image inside the course is inlined, with its alt text.
    REQUIRE(page.all("img").size() == 1);
    CHECK(page.all("img")[0]->attrs.at("alt") == "A map");
    CHECK(page.all("img")[0]->attrs.at("src").rfind("data:image/png;base64,iVBORw0KGgo", 0) == 0);
    // Guiding questions and callouts are named asides; the untitled tip says it is a tip.
    CHECK(learner.find("<aside class=\"callout callout-goals\" aria-label=\"Guiding questions\">") != std::string::npos);
    CHECK(learner.find("<aside class=\"callout callout-tip\" aria-label=\"Tip\">") != std::string::npos);
    CHECK(learner.find("<aside class=\"callout callout-warning\" aria-label=\"Careful\">") != std::string::npos);
    // The reflection: its quote, a label and a textarea described by its minimum.
    CHECK(learner.find("<label id=\"reflection-every-reflection-prompt\" for=\"reflection-every-reflection-text\">What did you "
                       "learn?</label>") != std::string::npos);
    CHECK(learner.find("aria-describedby=\"reflection-every-reflection-min\"") != std::string::npos);
    // The timeline as an ordered list.
    CHECK(learner.find("<li><strong class=\"date\">4 Dec 1998</strong>: <span class=\"event-title\">First event</span>") !=
          std::string::npos);
    // One fieldset per question type; short and numeric answers are never pre-filled for learners.
    CHECK(page.all("fieldset").size() == 7);
    CHECK(learner.find("Group of Governmental Experts") == std::string::npos);
    CHECK(reviewer.find("GGE or Group of Governmental Experts (any of them)") != std::string::npos);
    CHECK(reviewer.find("11 (± 0.5)") != std::string::npos);
    CHECK(reviewer.find("<li>One → Uno</li>") != std::string::npos);
    // The ordering question does not show its items in the correct order.
    const size_t first = learner.find("/> First</label>"), second = learner.find("/> Second</label>"),
                 third = learner.find("/> Third</label>");
    REQUIRE((first != std::string::npos && second != std::string::npos && third != std::string::npos));
    CHECK_FALSE((first < second && second < third));
    // The revisit link of the reviewer's copy points at the section.
    CHECK(reviewer.find("<strong>Revisit:</strong> <a href=\"#prose\">Prose blocks</a>") != std::string::npos);
    // The raw HTML block is text.
    CHECK(learner.find("&lt;div&gt;raw html&lt;/div&gt;") != std::string::npos);
    CHECK(learner.find("<div>raw html</div>") == std::string::npos);
}

TEST_CASE("export-html: raw HTML and markup in any text is escaped, never passed through", "[export]") {
    const std::string text =
        "---\nid: m\ntitle: \"<b>Bold</b> & title\"\nsummary: \"<script>alert('s')</script>\"\n---\n"
        "Intro <img src=x onerror=alert(1)> inline.\n\n"
        "<script>alert('block')</script>\n\n"
        "## Section <i>one</i>\n\n"
        "> [!NOTE] <em>Title</em>\n> body\n\n"
        "![An \"alt\" & more](https://example.org/x.png)\n\n"
        "```quiz\nid: q\nquestions:\n  - id: a\n    type: single\n    prompt: \"<b>Which?</b>\"\n"
        "    choices:\n      - {id: x, text: \"<i>yes</i>\", correct: true}\n      - {id: y, text: no}\n```\n";
    ModuleLoad l = parseModuleText(text, "m.md");
    Course course;
    course.title = "A <course>";
    const std::string html = renderModulePage(course, *l.module, {false});
    const Page page = parsePage(html);
    CHECK(page.errors == std::vector<std::string>{});
    CHECK(html.find("<script") == std::string::npos);
    CHECK(html.find("<b>") == std::string::npos);
    CHECK(html.find("<i>") == std::string::npos);
    CHECK(html.find("onerror=alert(1)>") == std::string::npos);
    CHECK(html.find("&lt;script&gt;alert('block')&lt;/script&gt;") != std::string::npos);
    CHECK(html.find("&lt;img src=x onerror=alert(1)&gt;") != std::string::npos);
    CHECK(html.find("<h1>&lt;b&gt;Bold&lt;/b&gt; &amp; title</h1>") != std::string::npos);
    CHECK(html.find("&lt;b&gt;Which?&lt;/b&gt;") != std::string::npos);
    CHECK(html.find("A &lt;course&gt;") != std::string::npos);
    // An image on the web is not fetched: its alt text is shown instead.
    CHECK(page.all("img").empty());
    CHECK(html.find("[Image: An &quot;alt&quot; &amp; more]") != std::string::npos);
}

TEST_CASE("export-html: an image outside the course is never read, even through a symbolic link", "[export]") {
    namespace fs = std::filesystem;
    const fs::path dir = fs::temp_directory_path() / ("lectern-export-" + std::to_string(::getpid()));
    fs::remove_all(dir);
    fs::create_directories(dir / "course" / "modules" / "m");
    fs::copy_file(test::dataDir() + "/modules/every-block/map.png", dir / "outside.png");
    fs::create_symlink(dir / "outside.png", dir / "course" / "modules" / "m" / "link.png");
    {
        std::ofstream f(dir / "course" / "modules" / "m" / "module.md");
        f << "---\nid: m\ntitle: M\n---\n## One\n\n![Outside](../../../outside.png)\n\n![Linked](link.png)\n";
    }
    const LoadResult r = loadCourse(dir / "course");
    REQUIRE(r.course->modules.size() == 1);
    const std::string html = renderModulePage(*r.course, *r.course->modules[0], {false});
    CHECK(html.find("<img") == std::string::npos);
    CHECK(html.find("data:image") == std::string::npos);
    CHECK(html.find("[Image: Outside]") != std::string::npos);
    CHECK(html.find("[Image: Linked]") != std::string::npos);
    fs::remove_all(dir);
}

TEST_CASE("export-html: the CommonMark renderer's output is unchanged by the page's hooks", "[export]") {
    // renderHtml stays the conformance test's shape: <div> callouts, no <aside>, no <form>.
    const LoadResult r = loadPaths({test::dataDir() + "/modules/every-block"});
    const std::string html = renderHtml(*r.course->modules[0]);
    CHECK(html.find("<div class=\"callout callout-goals\">") != std::string::npos);
    CHECK(html.find("<aside") == std::string::npos);
    CHECK(html.find("<form") == std::string::npos);
    CHECK(html.find("<h1 id=\"every-block-kind\">Every block kind</h1>") != std::string::npos);
}

TEST_CASE("export-html: a link over a line break is one link on the page, two spans for CommonMark", "[export]") {
    ModuleLoad l = parseModuleText("---\nid: m\ntitle: M\n---\n## One\n\nSee [a long\nlink](https://example.org) here.\n", "m.md");
    Course course;
    const std::string page = renderModulePage(course, *l.module, {false});
    CHECK(page.find("<a href=\"https://example.org\">a long\nlink</a> here.") != std::string::npos);
    CHECK(renderHtml(*l.module).find("<a href=\"https://example.org\">a long</a>\n<a href=\"https://example.org\">link</a>") !=
          std::string::npos);
}
