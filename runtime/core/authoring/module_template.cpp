// The new module's text. See module_template.h.
#include "authoring/module_template.h"

namespace lectern {
namespace {

// R"(...)" with @ID@, @TITLE@ and @TODAY@ replaced.
constexpr const char* kTemplate = R"MD(---
# Front matter: the module's facts, in YAML (docs/module-format.md, "Front matter").
id: @ID@                      # the folder name; learners' progress is kept under it: never change it
title: "@TITLE@"              # shown in the catalogue and at the top of the module
version: 0.1                  # optional, shown to the learner
reviewed: @TODAY@             # the day you last checked the facts (YYYY-MM-DD); update it when you re-check
summary: >-
  One or two sentences for the catalogue: what the learner will understand after this module.
estimated_minutes: 20         # honest reading + reflection + quiz time
language: en
objectives:                   # 3 to 5, one line each, starting with a verb
  - Describe the first thing a learner will be able to do.
  - Explain the second thing.
  - Compare the third thing with something they know.
prerequisites: []             # ids of modules to study first, e.g. [history-of-the-dialogue]
---

# @TITLE@

> [!GOALS] Guiding questions
> - A question this module answers (the target box that opens a module or a section).
> - Another question the learner should be able to answer at the end.

Everything before the first "##" heading is the section "Overview". Write *emphasis*,
**strong text**, `code`, [links to a section](#first-section) and
[links to the web](https://www.un.org) as in any Markdown file.

## The first section {#first-section}

Each "##" heading starts a section: the unit of reading progress. The `{#first-section}`
after the heading is its anchor: keep it when you reword the heading, so bookmarks, notes and
links stay attached.

### A sub-heading

"###" headings divide a section without starting a new one.

- A bullet list item.
- Another one, with a nested list:
  - a nested item.

1. A numbered list.
2. Its second step.

> A plain block quote: for a quotation from a source.

| Year | Body | Outcome        |
|:-----|:----:|---------------:|
| 2015 | GGE  | consensus      |
| 2017 | GGE  | no report      |

The table's first row is its header; the colons align columns left, centred or right.
An image is written `![what it shows, for readers who cannot see it](picture.png)`, with the
PNG or JPEG file beside this module.md.

```text
A code block keeps its lines as written.
```

---

> [!NOTE] A note
> Callouts are block quotes whose first line is a marker: NOTE, TIP, IMPORTANT, WARNING or
> CAUTION, each with its own icon, and GOALS or ENGAGE for the boxes of this template.

> [!TIP] A tip
> Something helpful that the learner may skip.

> [!IMPORTANT] Important
> Something the learner must not miss.

> [!WARNING] A warning
> A common mistake and how to avoid it.

> [!CAUTION] Caution
> Something with serious consequences.

## A reflection and a timeline {#reflection-and-timeline}

```reflection
# A reflection: a prompt the learner answers in writing; Lectern keeps every revision.
id: @ID@-reflection             # unique in the course: learners' answers are kept under it
prompt: >-
  Replace this with an open question about the learner's own work or country.
quote: >-
  An optional quotation that gives the question its context.
attribution: Who said it, where and when (optional, goes with the quote)
min_words: 50                   # optional: the fewest words an answer should have
```

```timeline
# A timeline: events shown in the order written; dates are shown as written.
title: Key dates
events:
  - date: 4 Dec 1998
    title: The first event
    text: One sentence on what happened (optional).
  - date: 2004-2005
    title: The second event
```

## Contribute and engage {#engage}

> [!ENGAGE] Contribute and engage
> - A concrete action the learner can take after the module.
> - A place where they can follow the work, such as [the UN](https://www.un.org).

## Check your understanding {#quiz}

```quiz
# A quiz: every question type, each with its answer key. `lectern check` says what is missing.
id: @ID@-quiz                    # unique in the course: attempts are kept under it
title: Check your understanding
pass: 70                         # pass mark, percent of points
attempts: 0                      # 0 = unlimited
show_answers: after_pass         # after_pass, after_last_attempt or never
questions:
  - id: pick-one                 # unique in the quiz; keep it when you reword the question
    type: single                 # one right choice
    prompt: Which choice is right?
    choices:
      - id: right
        text: This one
        correct: true
        feedback: Yes. Say why it is right.
      - id: wrong
        text: That one
        feedback: No. Say why it is wrong.
    explanation: Shown after submitting, right or wrong.
    hint: Shown on request before submitting.
    revisit: first-section       # the section offered when the answer is wrong
  - id: pick-all
    type: multiple               # every right choice must be ticked
    prompt: Which of these are right?
    choices: [The first, The second, The third]
    answer: [a, c]               # choices without ids are a, b, c...
  - id: true-or-false
    type: true_false
    prompt: This statement is true.
    answer: true
    correct_feedback: Right.
    incorrect_feedback: It is true; see the first section.
  - id: name-it
    type: short_text             # case, spacing and accents are ignored
    prompt: What does the G in GGE stand for?
    accept: [Group]
  - id: how-many
    type: numeric
    prompt: How many voluntary norms did the 2015 GGE report set out?
    answer: 11
    tolerance: 0                 # accepted difference
  - id: in-order
    type: ordering               # write the items in the right order; learners see them shuffled
    prompt: Put these in the order they happened.
    items: [The first event, The second event, The third event]
  - id: match-them
    type: matching
    prompt: Match each process to its committee.
    pairs:
      - {left: ICT security, right: First Committee}
      - {left: Cybercrime, right: Third Committee}
```
)MD";

void replaceAll(std::string& s, const std::string& from, const std::string& to) {
    for (size_t at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size())) s.replace(at, from.size(), to);
}

} // namespace

std::string titleFromId(const std::string& id) {
    std::string title;
    for (char c : id) title += (c == '-' || c == '_' || c == '.') ? ' ' : c;
    if (!title.empty() && title[0] >= 'a' && title[0] <= 'z') title[0] = char(title[0] - 'a' + 'A');
    return title;
}

std::string moduleTemplate(const std::string& id, const IsoDate& today) {
    std::string text = kTemplate;
    replaceAll(text, "@ID@", id);
    replaceAll(text, "@TITLE@", titleFromId(id));
    replaceAll(text, "@TODAY@", formatIsoDate(today));
    return text;
}

} // namespace lectern
