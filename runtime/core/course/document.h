// The document model: a course as Lectern understands it, built once by the loader
// (runtime/core/load) from Markdown and YAML, then only read: by the UI every frame, by the
// checks, the search index and the CLI. Everything here is immutable once loaded and shared
// through std::shared_ptr<const ...>, so a worker thread can build a new Course while the UI
// keeps drawing the old one.
//
// Index
//   [SECTION] Inline content (Span)
//   [SECTION] Blocks
//   [SECTION] Interactive blocks: Reflection, Quiz, Timeline
//   [SECTION] Module, Section
//   [SECTION] Course, Glossary, completion rules
//
// Stable ids: modules, sections, quizzes, questions, options, reflections and glossary terms
// all carry ids taken from the source (explicit, or a slug for sections). Progress is keyed by
// these ids, so they must not change when an author edits prose around them.
#pragma once
#include "course/diagnostic.h"
#include "util/iso_date.h"

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace lectern {

//-----------------------------------------------------------------------------
// [SECTION] Inline content (Span)
//-----------------------------------------------------------------------------

// Inline Markdown is flattened into styled runs: what a renderer needs, without a tree.
enum SpanFlag : uint16_t {
    SpanEmph = 1 << 0,
    SpanStrong = 1 << 1,
    SpanCode = 1 << 2,
    SpanLink = 1 << 3,       // target = URL or "#anchor" or "module-id#anchor"
    SpanGlossary = 1 << 4,   // target = glossary term id; written [text](glossary:term-id)
    SpanHtml = 1 << 5,       // raw inline HTML, shown as text
    SpanImage = 1 << 6,      // target = image path (resolved against the module folder), text = alt
    SpanHardBreak = 1 << 7,  // a line break; text is empty
    SpanSoftBreak = 1 << 8,  // a soft line break; rendered as a space
    // bits 9-11: the link kind (course/link_kind.h)
    SpanStrike = 1 << 12,    // ~~struck through~~ (GitHub's strikethrough)
};

struct Span {
    std::string text;
    uint16_t flags = 0;
    std::string target;
    SourcePos pos;
};
using Inlines = std::vector<Span>;

//-----------------------------------------------------------------------------
// [SECTION] Blocks
//-----------------------------------------------------------------------------

enum class BlockKind {
    Paragraph,      // inlines
    Heading,        // level, inlines, anchor
    BlockQuote,     // children
    List,           // ordered, listStart, tight; children are ListItem
    ListItem,       // children
    CodeBlock,      // info, literal
    HtmlBlock,      // literal (shown as text, never interpreted)
    ThematicBreak,
    Callout,        // calloutKind, inlines (title), children
    Reflection,     // payload -> Module::reflections
    Quiz,           // payload -> Module::quizzes
    Timeline,       // payload -> Module::timelines
    Table,          // children are TableRow (the first is the header); columnAlign
    TableRow,       // children are TableCell, one per column
    TableCell,      // inlines
};

// A table column's alignment, from its delimiter row ("|:--|:-:|--:|").
enum class ColumnAlign : uint8_t { None, Left, Center, Right };

enum class CalloutKind {
    Goals,   // "> [!GOALS]": guiding questions / learning objectives (the target box)
    Engage,  // "> [!ENGAGE]": contribute and engage: actions and links for the learner
    Note,    // "> [!NOTE]", "> [!TIP]", "> [!IMPORTANT]", "> [!WARNING]"
};

struct Block {
    BlockKind kind = BlockKind::Paragraph;
    SourcePos pos;
    int level = 0;                 // Heading: 1..6
    std::string anchor;            // Heading: its id (explicit {#id} or slug)
    Inlines inlines;               // Paragraph, Heading, Callout title
    std::vector<Block> children;   // BlockQuote, List, ListItem, Callout
    bool ordered = false;          // List
    int listStart = 1;             // List
    bool tight = true;             // List
    std::string info;              // CodeBlock: info string
    std::string literal;           // CodeBlock, HtmlBlock
    CalloutKind calloutKind = CalloutKind::Note;
    std::string calloutMarker;     // Callout: the marker as written, upper-cased: "GOALS", "TIP"...
    int payload = -1;              // Reflection, Quiz, Timeline: index into the module's vector
    std::vector<ColumnAlign> columnAlign;  // Table: one per column
};

//-----------------------------------------------------------------------------
// [SECTION] Interactive blocks: Reflection, Quiz, Timeline
//-----------------------------------------------------------------------------

struct Reflection {
    std::string id;
    SourcePos pos;
    std::string sectionId;         // the section it stands in
    std::string prompt;
    std::string quote;             // optional context quote (paraphrased is fine)
    std::string attribution;       // who said it, where
    int minWords = 0;              // 0 = no minimum
};

enum class QuestionType { Single, Multiple, TrueFalse, ShortText, Numeric, Ordering, Matching };

// "single", "multiple", "true_false", "short_text", "numeric", "ordering", "matching"
const char* questionTypeName(QuestionType type);

struct Choice {
    std::string id;        // stable: stored in responses
    std::string text;
    bool correct = false;  // Single/Multiple/TrueFalse
    std::string feedback;  // shown after submit when the learner picked it
    SourcePos pos;
    // Single/Multiple: `weight:` percent of the question's points (negative allowed), for
    // partial credit. When any choice of a question has one, the question is scored by weights
    // (quiz/scoring.h) and `correct` is `weight > 0`; choices without one weigh 0.
    std::optional<double> weight;
};

// ShortText: one accepted answer with its credit (`accept: [{text: X, weight: 50}]`).
struct AcceptedText {
    std::string text;
    double weight = 100;   // percent of the question's points; a plain string is 100
    std::string feedback;  // shown when the learner's answer matched this one
};

// Numeric: one accepted answer, an interval [min, max], with its credit. Written either as
// `answer:` + `tolerance:` (range = false) or as `min:`/`max:` (range = true).
struct NumericKey {
    double min = 0, max = 0;
    bool range = false;
    double weight = 100;
    std::string feedback;
    double centre() const { return (min + max) / 2; }
    double halfWidth() const { return (max - min) / 2; }
};

struct MatchPair {
    std::string id;
    std::string left;
    std::string right;
    SourcePos pos;
};

struct Question {
    std::string id;
    QuestionType type = QuestionType::Single;
    SourcePos pos;
    std::string prompt;
    std::string title;                  // optional name for authors (GIFT's ::title::); not shown to learners
    std::vector<std::string> tags;      // optional labels for authors (GIFT's [tag:X]); not shown to learners
    std::vector<Choice> choices;        // Single, Multiple, TrueFalse ("true"/"false"),
                                        // Ordering (in the correct order)
    std::vector<std::string> accepted;  // ShortText: the full-credit answers (compared normalised)
    std::vector<AcceptedText> acceptedKeys;  // ShortText: every accepted answer with its weight
                                             // (empty = each of `accepted` at 100 %)
    double number = 0;                  // Numeric: the (first full-credit) answer
    double tolerance = 0;               // Numeric: accepted absolute difference
    std::vector<NumericKey> numericKeys;  // Numeric: several weighted answers or ranges
                                          // (empty = number +- tolerance at 100 %)
    std::vector<MatchPair> pairs;       // Matching: left matches right
    std::vector<MatchPair> distractors; // Matching: extra right-hand options (left is empty)
    std::string promptAfter;            // text after the blank (missing-word questions):
                                        // shown as "prompt _____ promptAfter"
    std::string correctFeedback;        // shown when the answer is right
    std::string incorrectFeedback;      // shown when it is wrong
    std::string explanation;            // shown after submit, always
    std::string hint;                   // available before submit
    std::string revisit;                // section id to revisit when wrong
    double points = 1;

    const Choice* findChoice(std::string_view choiceId) const;
    const MatchPair* findPair(std::string_view pairId) const;  // pairs and distractors
    // Any choice carries a `weight:` (partial credit).
    bool weighted() const;
};

// When a learner is shown the correct answers of the questions they got wrong (`show_answers:`).
enum class ShowAnswers {
    AfterPass,         // "after_pass" (default): once an attempt has passed
    AfterLastAttempt,  // "after_last_attempt": once no attempt is left, passed or not
    Never,             // "never": only right/wrong, feedback and explanations
};

struct Quiz {
    std::string id;
    std::string title;
    SourcePos pos;
    std::string sectionId;
    std::vector<Question> questions;
    double passPercent = 70;   // pass mark, percent of points
    int attemptsAllowed = 0;   // 0 = unlimited
    ShowAnswers showAnswers = ShowAnswers::AfterPass;
};

struct TimelineEvent {
    std::string date;   // as written: "4 Dec 1998", "2004–2005"
    std::string title;
    std::string text;
    SourcePos pos;
};

struct Timeline {
    std::string title;
    SourcePos pos;
    std::vector<TimelineEvent> events;
};

//-----------------------------------------------------------------------------
// [SECTION] Module, Section
//-----------------------------------------------------------------------------

// A section is a "##" heading and everything up to the next "##" (or "#"). Content before the
// first "##" forms the section "overview".
struct Section {
    std::string id;
    std::string title;
    SourcePos pos;
    size_t firstBlock = 0;  // [firstBlock, endBlock) in Module::blocks; the heading is firstBlock
    size_t endBlock = 0;
    int words = 0;
    // The text before the first "##" heading: titled "Overview" here (reports, the CLI), and in
    // the interface's language on screen (ui/section_title.h).
    bool untitled = false;
};

struct ModuleMeta {
    std::string id;
    std::string title;
    std::string version;
    std::string summary;
    int estimatedMinutes = 0;
    std::vector<std::string> objectives;
    std::string language = "en";
    std::vector<std::string> prerequisites;  // module ids
    std::optional<IsoDate> reviewed;         // the day its facts were last checked
};

// An image of a module the reader can show: its size, read from the file's header by the loader.
struct ImageSize {
    int width = 0, height = 0;
};

struct Module {
    ModuleMeta meta;
    std::string file;  // path of module.md
    std::string dir;   // its folder: images resolve against it
    std::vector<Block> blocks;
    std::vector<Section> sections;
    std::vector<Quiz> quizzes;
    std::vector<Reflection> reflections;
    std::vector<Timeline> timelines;
    // Resolved image path (an image span's target) -> its size, for every image that is a PNG
    // or JPEG the reader can decode within its limits; images missing here show their alt text.
    std::map<std::string, ImageSize> images;
    int words = 0;

    // Content languages (issue 16): the base module's meta.language first, then the tags of
    // its translations (modules/<id>/module.<tag>.md) in tag order. Set on the base and on
    // every variant, so a view of the course in any language can list them.
    std::vector<std::string> languages;
    // The translations, by tag; only on the base module (a variant's is empty). A variant has
    // the base's ids (sections, quizzes, questions, choices, reflections): progress is one
    // progress whatever the language. `lectern check` reports any difference.
    std::map<std::string, std::shared_ptr<const Module>> variants;

    const Section* findSection(std::string_view id) const;
    const Quiz* findQuiz(std::string_view id) const;
    const Reflection* findReflection(std::string_view id) const;
    // The section that holds top-level block `blockIndex`.
    const Section* sectionOfBlock(size_t blockIndex) const;
};

//-----------------------------------------------------------------------------
// [SECTION] Course, Glossary, completion rules
//-----------------------------------------------------------------------------

struct GlossaryEntry {
    std::string id;    // "gge": referenced as [GGE](glossary:gge)
    std::string term;  // "GGE"
    std::string definition;
    SourcePos pos;
};

// When a module counts as complete (content/course.yaml "completion:").
struct CompletionRule {
    double sectionsRead = 1.0;       // fraction of sections read
    bool quizzesPassed = true;       // every quiz passed
    bool reflectionsAnswered = false;// every reflection has text
};

// content/course.<tag>.yaml: the course's translatable keys in one language.
struct CourseText {
    std::string title;
    std::string summary;
};

struct Course {
    std::string id;
    std::string title;
    std::string summary;
    std::string language = "en";
    std::string iri;       // course.yaml "iri:": the base of every activity id (xapi/activity_iri.h); empty = default
    std::string homePage;  // course.yaml "home_page:": the learners' account home page in xAPI; empty = default
    std::string root;      // the course folder (holds modules/ and content/)
    std::string manifest;  // content/course.yaml, or empty when the course has none
    std::vector<std::shared_ptr<const Module>> modules;  // in course order
    std::vector<GlossaryEntry> glossary;
    CompletionRule completion;
    double defaultPassPercent = 70;  // course.yaml "pass_mark": used by quizzes without "pass:"
    // Translations, by language tag (see courseIn): content/course.<tag>.yaml and
    // content/glossary.<tag>.md (which may hold only some terms, by the base's term ids).
    std::map<std::string, CourseText> textVariants;
    std::map<std::string, std::vector<GlossaryEntry>> glossaryVariants;
    // The language this Course shows: empty for the course as loaded (each module in its own
    // language), a tag for a view made by courseIn().
    std::string contentLanguage;

    const Module* findModule(std::string_view id) const;
    const GlossaryEntry* findTerm(std::string_view id) const;
};

//-----------------------------------------------------------------------------
// [SECTION] Content languages
//-----------------------------------------------------------------------------

// The tags a variant file may carry ("ar", "es", "fr", "ru", "zh-Hans"), in order; English
// ("en") is the source language and has no variant file.
const std::vector<std::string>& variantLanguageTags();
bool isVariantLanguageTag(std::string_view tag);

// The module to show in language `tag`: its variant when it has one, else the module itself
// (the base, usually English). Never null when `base` is not.
std::shared_ptr<const Module> moduleIn(const std::shared_ptr<const Module>& base, std::string_view tag);

// The course as a reader of `tag` sees it: every module replaced by moduleIn(module, tag),
// title and summary from course.<tag>.yaml, each glossary term's text from glossary.<tag>.md
// when it is there (the others stay English). Same ids everywhere, so progress, links and
// the reader's place carry over. An empty tag, or one with no translation at all, gives
// `base` itself. `base` must be a course as loaded (contentLanguage empty).
std::shared_ptr<const Course> courseIn(const std::shared_ptr<const Course>& base, std::string_view tag);

} // namespace lectern
