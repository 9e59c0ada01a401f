// HTML from the document model: for export (a module as a static page anyone can open) and
// for the CommonMark conformance test, which compares our block structure with the spec's.
#pragma once
#include "course/document.h"

#include <optional>
#include <string>
#include <string_view>

namespace lectern {

struct HtmlOptions {
    // Raw HTML from the Markdown is escaped and shown as text, as in the app. true writes it
    // verbatim: ONLY for comparing with CommonMark's reference HTML, never for learners.
    bool rawHtml = false;
    // true wraps the module in a complete page (doctype, title, UTF-8 charset).
    bool standalone = false;
    // true keeps one <a> open over consecutive spans of the same link (the accessible page);
    // false closes it after each span, as the conformance tests expect.
    bool joinLinks = false;
};

// The module's blocks as HTML, in the shape cmark's HTML renderer uses for CommonMark blocks
// (<p>, <h2 id=...>, <blockquote>, <ul>/<ol start=...>, <li>, <pre><code>, <hr />; tight lists
// without <p>). Callouts, quizzes, reflections and timelines become <div>s with classes.
std::string renderHtml(const Module& module, const HtmlOptions& options = {});

// Escapes &, <, > and " for HTML text and attributes.
std::string escapeHtml(std::string_view text);

// The writer behind renderHtml. Its hooks are virtual so the accessible export page
// (export/module_page.h) writes the same CommonMark blocks and replaces only what it shows
// differently (headings, images, links, callouts, quizzes, reflections, timelines).
class HtmlWriter {
public:
    HtmlWriter(const Module& m, const HtmlOptions& o) : m_mod(m), m_opt(o) {}
    virtual ~HtmlWriter() = default;
    HtmlWriter(const HtmlWriter&) = delete;
    HtmlWriter& operator=(const HtmlWriter&) = delete;

    // renderHtml's output: every block of the module (in a page when options.standalone).
    std::string run();

protected:
    void block(const Block& b, bool tight);
    void inlines(const Inlines& spans);
    void table(const Block& t);
    // <div class="CLS">escaped s</div>, nothing when s is empty.
    void text(std::string_view cls, const std::string& s);

    virtual void heading(const Block& b);
    virtual void callout(const Block& b);
    virtual void quiz(const Quiz& q);
    virtual void reflection(const Reflection& r);
    virtual void timeline(const Timeline& t);
    virtual void image(const Span& s);
    // The href a link span gets, or nullopt to write its text without a link.
    virtual std::optional<std::string> linkHref(const Span& s);
    // The <a ...> tag(s) span `s` opens (its link, its glossary term), "" for none.
    std::string linkTag(const Span& s);

    const Module& m_mod;
    const HtmlOptions& m_opt;
    std::string m_out;
};

} // namespace lectern
