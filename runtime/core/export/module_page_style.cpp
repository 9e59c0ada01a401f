// The exported page's only stylesheet, inlined in its <head> (export/module_page.h): readable on
// screen, kind to paper (@media print), never meaning by colour alone (every callout also names
// its kind in words).
#include "export/module_page_style.h"

namespace lectern {

const char* modulePageCss() {
    return R"CSS(
:root { color-scheme: light; }
body { font: 1.05rem/1.55 "DejaVu Sans", "Noto Sans", Arial, sans-serif; color: #1a1a1a; background: #fff;
  max-width: 46rem; margin: 0 auto; padding: 1rem 1.25rem 3rem; }
a { color: #0b4f9c; }
a:focus, input:focus, textarea:focus, select:focus { outline: 3px solid #f2a900; outline-offset: 2px; }
.skip-link { position: absolute; left: -999px; }
.skip-link:focus { left: 1rem; top: 1rem; background: #fff; padding: .5rem; z-index: 1; }
header { border-bottom: 2px solid #1a1a1a; margin-bottom: 1.5rem; }
.course-title { font-size: .95rem; text-transform: uppercase; letter-spacing: .04em; margin: 0; color: #444; }
h1 { font-size: 2rem; line-height: 1.2; margin: .25rem 0 .75rem; }
h2 { font-size: 1.5rem; margin-top: 2.5rem; border-bottom: 1px solid #bbb; }
h3 { font-size: 1.2rem; }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: .1rem 1rem; margin: .5rem 0; }
.facts dt { font-weight: bold; }
.facts dd { margin: 0; }
.reviewer-banner { border: 3px solid #8b0000; padding: .5rem .75rem; font-weight: bold; }
nav ol { padding-left: 1.5rem; }
table { border-collapse: collapse; margin: 1rem 0; width: 100%; }
th, td { border: 1px solid #888; padding: .3rem .5rem; vertical-align: top; }
thead th { background: #eee; }
pre { background: #f4f4f4; padding: .75rem; overflow-x: auto; white-space: pre-wrap; }
.raw-html { font-family: monospace; white-space: pre-wrap; background: #f4f4f4; padding: .5rem; }
img { max-width: 100%; height: auto; }
.image-missing { font-style: italic; }
blockquote { border-left: 4px solid #999; margin-left: 0; padding-left: 1rem; }
.callout { border: 2px solid #666; border-left-width: 8px; padding: .25rem 1rem; margin: 1.25rem 0; }
.callout-title { font-weight: bold; }
.callout-kind { text-transform: uppercase; font-size: .85rem; letter-spacing: .05em; }
.callout-goals { border-color: #0b4f9c; background: #eef4fb; }
.callout-engage { border-color: #1c6b38; background: #eef7f0; }
.callout-note { border-color: #1f5fbf; }
.callout-tip { border-color: #237a2f; }
.callout-important { border-color: #6b2fa3; }
.callout-warning { border-color: #a86400; }
.callout-caution { border-color: #b3261e; }
.reflection { border: 2px dashed #666; padding: .5rem 1rem 1rem; margin: 1.5rem 0; }
.reflection label { display: block; font-weight: bold; margin: .5rem 0; }
.reflection textarea { width: 100%; box-sizing: border-box; font: inherit; }
.kind-label { font-size: .85rem; text-transform: uppercase; letter-spacing: .05em; margin: .25rem 0; }
figure { margin: 1rem 0; }
figcaption { font-weight: bold; }
.quote blockquote { font-style: italic; }
.quote figcaption { font-weight: normal; }
.timeline-events { list-style: none; padding-left: 0; border-left: 3px solid #999; }
.timeline-events li { padding-left: 1rem; margin: .5rem 0; }
.quiz { border: 2px solid #1a1a1a; padding: .5rem 1rem 1rem; margin: 1.5rem 0; }
.quiz fieldset { border: 1px solid #888; margin: 1rem 0; padding: .5rem 1rem; }
.quiz legend { font-weight: bold; padding: 0 .25rem; }
.choice, .order-item, .match { margin: .35rem 0; }
.hint { font-style: italic; }
.answer-key { border-left: 6px solid #8b0000; background: #fbf0f0; padding: .25rem .75rem; margin-top: .75rem; }
.feedback { display: block; margin-left: 1.75rem; font-size: .95rem; }
.key-mark { color: #8b0000; }
dl.glossary-terms dt { font-weight: bold; margin-top: .75rem; }
dl.glossary-terms dd { margin-left: 1.5rem; }
footer { border-top: 1px solid #bbb; margin-top: 3rem; font-size: .9rem; color: #444; }
@media print {
  body { font: 11pt/1.45 "DejaVu Serif", "Noto Serif", Georgia, serif; max-width: none; padding: 0; color: #000; }
  .skip-link { display: none; }
  a { color: #000; text-decoration: underline; }
  a[href^="http"]::after, a[href^="mailto:"]::after { content: " <" attr(href) ">"; font-size: 9pt; }
  h2 { break-after: avoid; page-break-after: avoid; margin-top: 1.5rem; }
  h3, h4, legend, figcaption { break-after: avoid; page-break-after: avoid; }
  aside, figure, fieldset, table, pre, .reflection, .answer-key { break-inside: avoid; page-break-inside: avoid; }
  .callout, .reflection, .quiz, .answer-key, thead th { background: none !important; }
  textarea { height: 10em; border: 1px solid #000; resize: none; }
  input[type=text], input[type=number] { border: none; border-bottom: 1px solid #000; }
  select { border: 1px solid #000; }
  nav { break-after: page; page-break-after: always; }
  @page { margin: 2cm 1.8cm; }
}
)CSS";
}

} // namespace lectern
