// A module as one accessible HTML page. See module_page.h.
//
// Index
//   [SECTION] Small helpers
//   [SECTION] Inlines: links and images
//   [SECTION] Callouts, reflections, timelines
//   [SECTION] Quizzes
//   [SECTION] The page
#include "export/module_page.h"

#include "course/callout_title.h"
#include "course/link_kind.h"
#include "export/html_renderer.h"
#include "export/module_page_style.h"
#include "load/markdown_convert.h"
#include "util/contained_path.h"
#include "util/file_read.h"

#include <algorithm>
#include <cstdio>
#include <set>

namespace lectern {
namespace {

//-----------------------------------------------------------------------------
// [SECTION] Small helpers
//-----------------------------------------------------------------------------

// An element id from an author's id: ids are written by authors, so spaces (invalid in an
// HTML id) become hyphens; the result is escaped where it is written.
std::string domId(std::string_view prefix, std::string_view id) {
    std::string out(prefix);
    for (char c : id) out += (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') ? '-' : c;
    return out;
}

std::string base64(const std::string& bytes) {
    static const char* kAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string out;
    out.reserve((bytes.size() + 2) / 3 * 4);
    size_t i = 0;
    for (; i + 2 < bytes.size(); i += 3) {
        const unsigned v = (unsigned char)bytes[i] << 16 | (unsigned char)bytes[i + 1] << 8 | (unsigned char)bytes[i + 2];
        out += kAlphabet[v >> 18 & 63], out += kAlphabet[v >> 12 & 63], out += kAlphabet[v >> 6 & 63], out += kAlphabet[v & 63];
    }
    if (i + 1 == bytes.size()) {
        const unsigned v = (unsigned char)bytes[i] << 16;
        out += kAlphabet[v >> 18 & 63], out += kAlphabet[v >> 12 & 63], out += "==";
    } else if (i + 2 == bytes.size()) {
        const unsigned v = (unsigned char)bytes[i] << 16 | (unsigned char)bytes[i + 1] << 8;
        out += kAlphabet[v >> 18 & 63], out += kAlphabet[v >> 12 & 63], out += kAlphabet[v >> 6 & 63], out += '=';
    }
    return out;
}

// The MIME type of an image by its first bytes, as the loader recognises images; "" otherwise.
std::string imageMime(const std::string& bytes) {
    if (bytes.rfind("\x89PNG\r\n\x1a\n", 0) == 0) return "image/png";
    if (bytes.size() >= 3 && (unsigned char)bytes[0] == 0xFF && (unsigned char)bytes[1] == 0xD8 && (unsigned char)bytes[2] == 0xFF)
        return "image/jpeg";
    return "";
}

std::string number(double v) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%g", v);
    return buf;
}

// Items of an ordering question in an order that is not the answer: by a hash of their ids
// (the same page every time), rotated once if that happens to be the correct order.
std::vector<const Choice*> shuffledItems(const Quiz& quiz, const Question& q) {
    const auto hash = [&](const Choice& c) {
        uint64_t h = 1469598103934665603ull;
        for (char ch : quiz.id + "/" + q.id + "/" + c.id) h = (h ^ (unsigned char)ch) * 1099511628211ull;
        return h;
    };
    std::vector<const Choice*> items;
    for (const Choice& c : q.choices) items.push_back(&c);
    std::stable_sort(items.begin(), items.end(), [&](const Choice* a, const Choice* b) { return hash(*a) < hash(*b); });
    bool same = true;
    for (size_t i = 0; i < items.size(); ++i) same = same && items[i] == &q.choices[i];
    if (same && items.size() > 1) std::rotate(items.begin(), items.begin() + 1, items.end());
    return items;
}

std::string lowerMarker(const Block& b) {
    std::string marker = b.calloutMarker;
    for (char& c : marker) c = char(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    if (marker.empty()) marker = "note";
    return marker;
}

void collectTerms(const Block& b, std::set<std::string>& terms) {
    for (const Span& s : b.inlines)
        if (s.flags & SpanGlossary) terms.insert(s.target);
    for (const Block& c : b.children) collectTerms(c, terms);
}

class ModulePageWriter : public HtmlWriter {
public:
    ModulePageWriter(const Course& c, const Module& m, const ModulePageOptions& o)
        : HtmlWriter(m, m_htmlOptions), m_course(c), m_page(o) {}

    std::string page() {
        head();
        header();
        contents();
        m_out += "<main id=\"main\">\n";
        for (const Section& s : m_mod.sections) section(s);
        m_out += "</main>\n";
        glossary();
        footer();
        m_out += "</body>\n</html>\n";
        return std::move(m_out);
    }

private:
    //-------------------------------------------------------------------------
    // [SECTION] Inlines: links and images
    //-------------------------------------------------------------------------
    // Only links that work from a file someone was handed: the web and this page's anchors. A
    // link to another module or to a course file (an absolute path on the author's computer)
    // keeps its text.
    std::optional<std::string> linkHref(const Span& s) override {
        const LinkKind kind = linkKind(s);
        if (kind == LinkKind::Web || kind == LinkKind::Anchor) return s.target;
        return std::nullopt;
    }

    void image(const Span& s) override {
        const std::string data = linkKind(s) == LinkKind::CourseFile ? imageData(s.target) : std::string();
        if (data.empty()) {
            m_out += "<span class=\"image-missing\">[Image: " + escapeHtml(s.text) + "]</span>";
            return;
        }
        m_out += "<img src=\"" + data + "\" alt=\"" + escapeHtml(s.text) + "\"";
        if (auto it = m_mod.images.find(s.target); it != m_mod.images.end())
            m_out += " width=\"" + std::to_string(it->second.width) + "\" height=\"" + std::to_string(it->second.height) + "\"";
        m_out += " />";
    }

    // A data: URI for an image the loader accepted, read again only when its real path is
    // inside the course folder; "" for anything else.
    std::string imageData(const std::string& target) {
        if (!m_mod.images.count(target)) return "";
        const std::string root = m_course.root.empty() ? m_mod.dir : m_course.root;
        const ContainedPath where = resolveInsideCourse(root, target);
        if (!where.inside() || !where.exists) return "";
        const FileRead file = readFileBounded(where.real, 64u * 1024u * 1024u);
        if (!file.ok()) return "";
        const std::string mime = imageMime(file.bytes);
        if (mime.empty()) return "";
        return "data:" + mime + ";base64," + base64(file.bytes);
    }

    // Sub-headings only: a section's own heading is written by section(). A "##" inside a
    // quote or list does not start a section, so it must not look like one either.
    void heading(const Block& b) override {
        const int level = std::clamp(b.level, 3, 6);
        const std::string tag = "h" + std::to_string(level);
        m_out += "<" + tag + (b.anchor.empty() ? std::string() : " id=\"" + escapeHtml(b.anchor) + "\"") + ">";
        inlines(b.inlines);
        m_out += "</" + tag + ">\n";
    }

    //-------------------------------------------------------------------------
    // [SECTION] Callouts, reflections, timelines
    //-------------------------------------------------------------------------
    void callout(const Block& b) override {
        const std::string kind = untitledCalloutTitle(b.calloutMarker), title = plainText(b.inlines);
        const bool named = b.calloutMarker == "GOALS" || b.calloutMarker == "ENGAGE";
        m_out += "<aside class=\"callout callout-" + escapeHtml(lowerMarker(b)) + "\" aria-label=\"" +
                 escapeHtml(title.empty() ? kind : title) + "\">\n<p class=\"callout-title\">";
        // A note's kind is said in words, not only by its colour; guiding questions and
        // "contribute and engage" boxes are named by their title.
        if (!named) m_out += "<span class=\"callout-kind\">" + escapeHtml(kind) + (title.empty() ? "" : ": ") + "</span>";
        if (!title.empty()) inlines(b.inlines);
        else if (named) m_out += escapeHtml(kind);
        m_out += "</p>\n";
        for (const Block& c : b.children) block(c, false);
        m_out += "</aside>\n";
    }

    void reflection(const Reflection& r) override {
        const std::string id = domId("reflection-", r.id);
        m_out += "<div class=\"reflection\" role=\"group\" aria-labelledby=\"" + escapeHtml(id) + "-prompt\">\n";
        m_out += "<p class=\"kind-label\">Reflection</p>\n";
        if (!r.quote.empty()) {
            m_out += "<figure class=\"quote\">\n<blockquote><p>" + escapeHtml(r.quote) + "</p></blockquote>\n";
            if (!r.attribution.empty()) m_out += "<figcaption>" + escapeHtml(r.attribution) + "</figcaption>\n";
            m_out += "</figure>\n";
        }
        m_out += "<label id=\"" + escapeHtml(id) + "-prompt\" for=\"" + escapeHtml(id) + "-text\">" + escapeHtml(r.prompt) +
                 "</label>\n";
        m_out += "<textarea id=\"" + escapeHtml(id) + "-text\" name=\"" + escapeHtml(id) + "\" rows=\"8\"";
        if (r.minWords > 0) m_out += " aria-describedby=\"" + escapeHtml(id) + "-min\"";
        m_out += "></textarea>\n";
        if (r.minWords > 0)
            m_out += "<p class=\"min-words\" id=\"" + escapeHtml(id) + "-min\">Write at least " + std::to_string(r.minWords) +
                     " words.</p>\n";
        m_out += "</div>\n";
    }

    void timeline(const Timeline& t) override {
        m_out += "<figure class=\"timeline\">\n<figcaption>" + escapeHtml(t.title.empty() ? "Timeline" : t.title) +
                 "</figcaption>\n<ol class=\"timeline-events\">\n";
        for (const TimelineEvent& e : t.events) {
            m_out += "<li><strong class=\"date\">" + escapeHtml(e.date) + "</strong>: <span class=\"event-title\">" +
                     escapeHtml(e.title) + "</span>";
            if (!e.text.empty()) m_out += ". <span class=\"event-text\">" + escapeHtml(e.text) + "</span>";
            m_out += "</li>\n";
        }
        m_out += "</ol>\n</figure>\n";
    }

    //-------------------------------------------------------------------------
    // [SECTION] Quizzes
    //-------------------------------------------------------------------------
    void quiz(const Quiz& q) override {
        const std::string id = domId("quiz-", q.id);
        m_out += "<form class=\"quiz\" id=\"" + escapeHtml(id) + "\" aria-labelledby=\"" + escapeHtml(id) + "-title\">\n";
        m_out += "<p class=\"kind-label\">Quiz</p>\n<h3 id=\"" + escapeHtml(id) + "-title\">" +
                 escapeHtml(q.title.empty() ? "Quiz" : q.title) + "</h3>\n";
        std::string facts = std::to_string(q.questions.size()) + (q.questions.size() == 1 ? " question" : " questions");
        facts += ", pass mark " + number(q.passPercent) + "%";
        if (q.attemptsAllowed > 0)
            facts += ", " + std::to_string(q.attemptsAllowed) + (q.attemptsAllowed == 1 ? " attempt" : " attempts");
        m_out += "<p class=\"quiz-facts\">" + escapeHtml(facts) + ".</p>\n";
        if (m_page.answers) m_out += "<p class=\"answer-key\"><strong>Reviewer's copy:</strong> the answers are marked.</p>\n";
        for (size_t i = 0; i < q.questions.size(); ++i) question(q, q.questions[i], i + 1);
        m_out += "</form>\n";
    }

    void question(const Quiz& quiz, const Question& q, size_t n) {
        const std::string name = escapeHtml(domId(quiz.id + "/", q.id));
        m_out += "<fieldset class=\"question question-" + std::string(questionTypeName(q.type)) + "\" id=\"" +
                 escapeHtml(domId("q-" + quiz.id + "-", q.id)) + "\">\n<legend>" + std::to_string(n) + ". " + escapeHtml(q.prompt);
        if (q.type == QuestionType::Multiple) m_out += " (tick every right answer)";
        if (q.points != 1) m_out += " (" + number(q.points) + " points)";
        m_out += "</legend>\n";
        switch (q.type) {
        case QuestionType::Single:
        case QuestionType::TrueFalse:
        case QuestionType::Multiple: {
            const char* input = q.type == QuestionType::Multiple ? "checkbox" : "radio";
            for (const Choice& c : q.choices) {
                const bool mark = m_page.answers && c.correct;
                m_out += "<div class=\"choice\"><label><input type=\"" + std::string(input) + "\" name=\"" + name + "\" value=\"" +
                         escapeHtml(c.id) + "\"" + (mark ? " checked" : "") + " /> " + escapeHtml(c.text) + "</label>";
                if (mark) m_out += " <strong class=\"key-mark\">(correct)</strong>";
                if (m_page.answers && !c.feedback.empty())
                    m_out += "<span class=\"feedback\">Feedback: " + escapeHtml(c.feedback) + "</span>";
                m_out += "</div>\n";
            }
            break;
        }
        case QuestionType::ShortText:
        case QuestionType::Numeric: {
            const bool numeric = q.type == QuestionType::Numeric;
            std::string value;
            if (m_page.answers) value = numeric ? number(q.number) : q.accepted.empty() ? "" : q.accepted.front();
            m_out += std::string("<div class=\"choice\"><label>") + (numeric ? "Your answer (a number): " : "Your answer: ") +
                     "<input type=\"text\" name=\"" + name + "\"" + (numeric ? " inputmode=\"decimal\"" : "") +
                     " autocomplete=\"off\"" + (value.empty() ? "" : " value=\"" + escapeHtml(value) + "\"") +
                     " /></label></div>\n";
            break;
        }
        case QuestionType::Ordering: {
            m_out += "<p>Number the items from 1 (first) to " + std::to_string(q.choices.size()) + ".</p>\n";
            for (const Choice* c : shuffledItems(quiz, q))
                m_out += "<div class=\"order-item\"><label><input type=\"number\" min=\"1\" max=\"" +
                         std::to_string(q.choices.size()) + "\" name=\"" + name + "/" + escapeHtml(c->id) + "\" /> " +
                         escapeHtml(c->text) + "</label></div>\n";
            break;
        }
        case QuestionType::Matching: {
            // The right-hand sides in alphabetical order, so neither the list nor the menus
            // give the pairs away; the list is there for paper, where a menu shows nothing.
            std::vector<std::string> rights;
            for (const MatchPair& p : q.pairs) rights.push_back(p.right);
            std::sort(rights.begin(), rights.end());
            m_out += "<p>Choose from:</p>\n<ul class=\"match-options\">\n";
            for (const std::string& r : rights) m_out += "<li>" + escapeHtml(r) + "</li>\n";
            m_out += "</ul>\n";
            for (const MatchPair& p : q.pairs) {
                m_out += "<div class=\"match\"><label>" + escapeHtml(p.left) + " <select name=\"" + name + "/" +
                         escapeHtml(p.id) + "\">\n<option value=\"\">Choose…</option>\n";
                for (const std::string& r : rights)
                    m_out += "<option" + std::string(m_page.answers && r == p.right ? " selected" : "") + ">" + escapeHtml(r) +
                             "</option>\n";
                m_out += "</select></label></div>\n";
            }
            break;
        }
        }
        if (!q.hint.empty()) m_out += "<p class=\"hint\"><strong>Hint:</strong> " + escapeHtml(q.hint) + "</p>\n";
        if (m_page.answers) answerKey(q);
        m_out += "</fieldset>\n";
    }

    // The reviewers' part of a question: everything a learner sees only after submitting.
    void answerKey(const Question& q) {
        m_out += "<div class=\"answer-key\" role=\"note\" aria-label=\"Answer key\">\n<p><strong>Correct answer:</strong> ";
        std::string key;
        switch (q.type) {
        case QuestionType::Single:
        case QuestionType::TrueFalse:
        case QuestionType::Multiple:
            for (const Choice& c : q.choices)
                if (c.correct) key += (key.empty() ? "" : "; ") + c.text;
            m_out += escapeHtml(key) + "</p>\n";
            break;
        case QuestionType::ShortText:
            for (const std::string& a : q.accepted) key += (key.empty() ? "" : " or ") + a;
            m_out += escapeHtml(key) + (q.accepted.size() > 1 ? " (any of them)" : "") + "</p>\n";
            break;
        case QuestionType::Numeric:
            m_out += escapeHtml(number(q.number)) + (q.tolerance > 0 ? " (± " + number(q.tolerance) + ")" : "") + "</p>\n";
            break;
        case QuestionType::Ordering:
            m_out += "</p>\n<ol>\n";
            for (const Choice& c : q.choices) m_out += "<li>" + escapeHtml(c.text) + "</li>\n";
            m_out += "</ol>\n";
            break;
        case QuestionType::Matching:
            m_out += "</p>\n<ul>\n";
            for (const MatchPair& p : q.pairs) m_out += "<li>" + escapeHtml(p.left) + " → " + escapeHtml(p.right) + "</li>\n";
            m_out += "</ul>\n";
            break;
        }
        if (!q.correctFeedback.empty()) m_out += "<p><strong>When right:</strong> " + escapeHtml(q.correctFeedback) + "</p>\n";
        if (!q.incorrectFeedback.empty()) m_out += "<p><strong>When wrong:</strong> " + escapeHtml(q.incorrectFeedback) + "</p>\n";
        if (!q.explanation.empty()) m_out += "<p><strong>Explanation:</strong> " + escapeHtml(q.explanation) + "</p>\n";
        if (const Section* s = q.revisit.empty() ? nullptr : m_mod.findSection(q.revisit))
            m_out += "<p><strong>Revisit:</strong> <a href=\"#" + escapeHtml(s->id) + "\">" + escapeHtml(s->title) + "</a></p>\n";
        m_out += "</div>\n";
    }

    //-------------------------------------------------------------------------
    // [SECTION] The page
    //-------------------------------------------------------------------------
    void head() {
        m_out += "<!DOCTYPE html>\n<html lang=\"" + escapeHtml(m_mod.meta.language.empty() ? "en" : m_mod.meta.language) +
                 "\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                 "<meta name=\"generator\" content=\"Lectern " LECTERN_VERSION "\">\n<title>" +
                 escapeHtml(m_mod.meta.title + (m_page.answers ? " (reviewer's copy)" : "")) + "</title>\n<style>" +
                 modulePageCss() + "</style>\n</head>\n<body>\n<a class=\"skip-link\" href=\"#main\">Skip to the module</a>\n";
    }

    void header() {
        const ModuleMeta& meta = m_mod.meta;
        m_out += "<header>\n";
        if (!m_course.title.empty()) m_out += "<p class=\"course-title\">" + escapeHtml(m_course.title) + "</p>\n";
        m_out += "<h1>" + escapeHtml(meta.title) + "</h1>\n";
        if (m_page.answers)
            m_out += "<p class=\"reviewer-banner\" role=\"note\">Reviewer's copy: this page shows the quiz answers, "
                     "feedback and explanations. Do not hand it to learners.</p>\n";
        if (!meta.summary.empty()) m_out += "<p class=\"summary\">" + escapeHtml(meta.summary) + "</p>\n";
        std::string facts;
        const auto fact = [&](const char* name, const std::string& value) {
            if (!value.empty()) facts += "<dt>" + std::string(name) + "</dt><dd>" + escapeHtml(value) + "</dd>\n";
        };
        fact("Version", meta.version);
        if (meta.reviewed) fact("Facts as of", formatLongDate(*meta.reviewed));
        if (meta.estimatedMinutes > 0) fact("Time", "about " + std::to_string(meta.estimatedMinutes) + " minutes");
        if (!facts.empty()) m_out += "<dl class=\"facts\">\n" + facts + "</dl>\n";
        if (!meta.objectives.empty()) {
            m_out += "<p id=\"objectives-title\"><strong>After this module you will be able to:</strong></p>\n"
                     "<ul aria-labelledby=\"objectives-title\">\n";
            for (const std::string& o : meta.objectives) m_out += "<li>" + escapeHtml(o) + "</li>\n";
            m_out += "</ul>\n";
        }
        m_out += "</header>\n";
    }

    void contents() {
        m_out += "<nav aria-labelledby=\"contents-title\">\n<h2 id=\"contents-title\">Contents</h2>\n<ol>\n";
        for (const Section& s : m_mod.sections)
            m_out += "<li><a href=\"#" + escapeHtml(s.id) + "\">" + escapeHtml(s.title) + "</a></li>\n";
        if (!terms().empty()) m_out += "<li><a href=\"#glossary\">Glossary</a></li>\n";
        m_out += "</ol>\n</nav>\n";
    }

    void section(const Section& s) {
        m_out += "<section aria-labelledby=\"" + escapeHtml(s.id) + "\">\n<h2 id=\"" + escapeHtml(s.id) + "\">";
        size_t first = s.firstBlock;
        const bool headed = first < m_mod.blocks.size() && m_mod.blocks[first].kind == BlockKind::Heading &&
                            m_mod.blocks[first].level <= 2 && !(first == 0 && m_mod.blocks[first].level == 1);
        if (headed) inlines(m_mod.blocks[first++].inlines);
        else m_out += escapeHtml(s.title);
        m_out += "</h2>\n";
        for (size_t i = first; i < s.endBlock && i < m_mod.blocks.size(); ++i) {
            const Block& b = m_mod.blocks[i];
            if (i == 0 && b.kind == BlockKind::Heading && b.level == 1) continue;  // the title, already the <h1>
            block(b, false);
        }
        m_out += "</section>\n";
    }

    // The glossary terms the module uses, in the glossary's order.
    const std::vector<const GlossaryEntry*>& terms() {
        if (!m_termsDone) {
            std::set<std::string> used;
            for (const Block& b : m_mod.blocks) collectTerms(b, used);
            for (const GlossaryEntry& e : m_course.glossary)
                if (used.count(e.id)) m_terms.push_back(&e);
            m_termsDone = true;
        }
        return m_terms;
    }

    void glossary() {
        if (terms().empty()) return;
        m_out += "<section id=\"glossary\" aria-labelledby=\"glossary-title\">\n<h2 id=\"glossary-title\">Glossary</h2>\n"
                 "<dl class=\"glossary-terms\">\n";
        for (const GlossaryEntry* e : terms())
            m_out += "<dt id=\"" + escapeHtml(domId("term-", e->id)) + "\">" + escapeHtml(e->term) + "</dt>\n<dd>" +
                     escapeHtml(e->definition) + "</dd>\n";
        m_out += "</dl>\n</section>\n";
    }

    void footer() {
        m_out += "<footer>\n<p>";
        if (!m_course.title.empty()) m_out += escapeHtml(m_course.title) + ": ";
        m_out += "module " + escapeHtml(m_mod.meta.id);
        if (!m_mod.meta.version.empty()) m_out += ", version " + escapeHtml(m_mod.meta.version);
        m_out += ". Written by Lectern " LECTERN_VERSION "; the quizzes are scored and the reflections saved only in Lectern.</p>\n"
                 "</footer>\n";
    }

    static inline const HtmlOptions m_htmlOptions{false, false, true};  // raw HTML escaped; links joined
    const Course& m_course;
    const ModulePageOptions& m_page;
    std::vector<const GlossaryEntry*> m_terms;
    bool m_termsDone = false;
};

} // namespace

std::string renderModulePage(const Course& course, const Module& module, const ModulePageOptions& options) {
    return ModulePageWriter(course, module, options).page();
}

} // namespace lectern
