// HTML from the document model: for export (a module as a static page anyone can open) and
// for the CommonMark conformance test, which compares our block structure with the spec's.
#pragma once
#include "course/document.h"

#include <string>
#include <string_view>

namespace lectern {

struct HtmlOptions {
    // Raw HTML from the Markdown is escaped and shown as text, as in the app. true writes it
    // verbatim: ONLY for comparing with CommonMark's reference HTML, never for learners.
    bool rawHtml = false;
    // true wraps the module in a complete page (doctype, title, UTF-8 charset).
    bool standalone = false;
};

// The module's blocks as HTML, in the shape cmark's HTML renderer uses for CommonMark blocks
// (<p>, <h2 id=...>, <blockquote>, <ul>/<ol start=...>, <li>, <pre><code>, <hr />; tight lists
// without <p>). Callouts, quizzes, reflections and timelines become <div>s with classes.
std::string renderHtml(const Module& module, const HtmlOptions& options = {});

// Escapes &, <, > and " for HTML text and attributes.
std::string escapeHtml(std::string_view text);

} // namespace lectern
