// A module as one self-contained, accessible HTML page (`lectern export-html`): for a reviewer
// who prints it and for a learner with a screen reader (the ImGui reader exposes nothing to
// assistive technology). Built on HtmlWriter (export/html_renderer.h), so prose is written as
// the CommonMark blocks are everywhere else; only what a page shows differently is replaced.
//
// The page: <header> (course, h1 title, summary, facts, objectives), a <nav> table of contents,
// <main> with one <section> and one <h2> per module section (sub-headings h3-h6), callouts as
// <aside aria-label>, reflections as labelled <textarea>s, each quiz as a <form> of <fieldset>s,
// the glossary terms the module uses as a <dl>, a <footer>, and print CSS. No script and no
// external resource: images inside the course folder are inlined as data: URIs, anything else
// shows its alt text. Raw HTML in the module is escaped, never passed through.
#pragma once
#include "course/document.h"

#include <string>

namespace lectern {

struct ModulePageOptions {
    // The reviewers' copy: correct answers marked, every feedback, explanation and revisit
    // link. Without it the quizzes carry no answer key, feedback or explanation at all.
    bool answers = false;
};

// `module` belongs to `course` (the glossary, the course title and the course folder images
// must stay inside come from it).
std::string renderModulePage(const Course& course, const Module& module, const ModulePageOptions& options = {});

} // namespace lectern
