// One module file -> Module. See module_parser.h and docs/module-format.md.
//
// Index
//   [SECTION] Bytes: size, UTF-8, NUL
//   [SECTION] Front matter
//   [SECTION] Interactive fenced blocks
//   [SECTION] Links and images
//   [SECTION] Anchors and sections
//   [SECTION] parseModuleText
#include "load/module_parser.h"

#include "load/cmark_guard.h"
#include "load/markdown_parse.h"
#include "load/markdown_warnings.h"
#include "load/front_matter.h"
#include "load/image_decode.h"
#include "load/interactive_blocks.h"
#include "load/markdown_convert.h"
#include "load/yaml_reader.h"
#include "course/link_kind.h"
#include "util/contained_path.h"
#include "util/iso_date.h"
#include "util/slug.h"
#include "util/utf8.h"
#include "util/words.h"

#include <cmark-gfm.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <filesystem>
#include <map>
#include <set>
#include <unordered_map>

namespace lectern {
namespace fs = std::filesystem;
namespace {

// Past this many problems in one file the rest are counted, not stored: a generated file
// with a million broken links must not take a gigabyte of messages.
constexpr size_t kMaxDiagnosticsPerFile = 500;

class ModuleParser {
public:
    ModuleParser(const std::string& file, const ModuleParseOptions& opt) : m_file(file), m_opt(opt) {
        m_out.module = std::make_shared<Module>();
        m_mod = m_out.module.get();
        m_mod->file = file;
        m_mod->dir = opt.moduleDir;
        m_mod->meta.id = opt.expectedId;
    }

    ModuleLoad run(std::string_view bytes);

private:
    bool cancelled() const { return m_opt.cancel && m_opt.cancel->load(std::memory_order_relaxed); }
    void error(SourcePos p, std::string msg) {
        if (full()) return;
        m_out.diagnostics.error(m_file, p, std::move(msg));
    }
    void warning(SourcePos p, std::string msg) {
        if (full()) return;
        m_out.diagnostics.warning(m_file, p, std::move(msg));
    }
    bool full() {
        if (m_out.diagnostics.items().size() < kMaxDiagnosticsPerFile) return false;
        ++m_dropped;
        return true;
    }
    // A link path resolved against the module folder; cached, as a module repeats its links.
    struct ResolvedPath {
        fs::path resolved;               // module folder / path, normalised
        bool outside = false;            // leaves the course folder by its text
        std::vector<std::string> parts;  // relative to the course folder
        ContainedPath real;              // where it really lands (symlinks followed)
    };
    const ResolvedPath& resolve(const std::string& pathPart);

    bool checkBytes(std::string_view bytes);
    void readFrontMatter(const FrontMatter& fm);
    void readReviewed(const YamlMap& m);
    bool onFence(const std::string& info, const std::string& literal, SourcePos pos, Block& out);
    void onLink(Span& span);
    bool checkImage(Span& span, const std::string& url, const std::string& file);
    void assignAnchors();
    void buildSections();
    void checkRevisits();
    std::string anchorHint(const std::string& wanted) const;

    const std::string& m_file;
    const ModuleParseOptions& m_opt;
    ModuleLoad m_out;
    Module* m_mod = nullptr;
    std::set<std::string> m_anchors;
    fs::path m_rootAbs;  // the course folder, absolute: links must stay inside it
    std::map<std::string, ResolvedPath> m_resolved;
    std::map<std::string, std::string> m_imageProblems;  // image file -> why it cannot be shown ("" = it can)
    size_t m_dropped = 0;
    size_t m_yamlBudget = kMaxYamlExpansionPerModule;  // shared by the module's YAML blocks
    mutable size_t m_hintComparisons = 400000;  // "did you mean" anchor comparisons left for this module
    std::vector<std::pair<std::string, SourcePos>> m_localRefs;  // "#anchor" links
};

//-----------------------------------------------------------------------------
// [SECTION] Bytes: size, UTF-8, NUL
//-----------------------------------------------------------------------------

bool ModuleParser::checkBytes(std::string_view bytes) {
    if (bytes.size() > m_opt.maxBytes) {
        error({}, "file is " + formatByteSize(bytes.size()) + ", over the limit of " + formatByteSize(m_opt.maxBytes) +
                      "; split it into several modules");
        return false;
    }
    size_t total = 0;
    const std::vector<utf8::BadByte> bad = utf8::findBadBytes(bytes, 10, &total);
    for (const utf8::BadByte& b : bad) {
        char hex[8];
        std::snprintf(hex, sizeof hex, "0x%02X", unsigned(static_cast<unsigned char>(bytes[b.offset])));
        if (b.nul) error(b.pos, "NUL byte in the text; is this a binary file? Module files must be plain UTF-8 text");
        else error(b.pos, std::string("invalid UTF-8 byte ") + hex + "; save the file as UTF-8");
    }
    if (total > bad.size())
        error(bad.back().pos, "... and " + std::to_string(total - bad.size()) + " more invalid bytes in this file");
    return true;
}

//-----------------------------------------------------------------------------
// [SECTION] Front matter
//-----------------------------------------------------------------------------

void ModuleParser::readFrontMatter(const FrontMatter& fm) {
    ModuleMeta& meta = m_mod->meta;
    if (!fm.present) {
        error({1, 1}, "module has no front matter: start the file with a '---' line, then 'id: ...' and 'title: ...', "
                      "then another '---' line");
        return;
    }
    if (!fm.closed) {
        error({1, 1}, "front matter opened with '---' on line 1 is never closed; add a '---' line after its last key");
        return;
    }
    YamlSource src{m_file, fm.firstYamlLine - 1, 0, &m_out.diagnostics, &m_yamlBudget};
    std::optional<YAML::Node> root = parseYaml(fm.yaml, src, {1, 1}, "front matter");
    if (!root) return;
    if (!root->IsMap()) {
        error({fm.firstYamlLine, 1}, "front matter must hold 'key: value' lines, at least 'id:' and 'title:'");
        return;
    }
    YamlMap m(*root, src, "front matter", {1, 1});
    m.warnUnknownKeys({"id", "title", "version", "summary", "estimated_minutes", "objectives", "language", "prerequisites",
                        "reviewed"});
    if (std::optional<std::string> id = m.string("id", true)) {
        if (!isValidId(*id)) {
            error(m.valuePos("id"), "module id '" + *id + "' may only use letters, digits, '-', '_' and '.'");
        } else {
            if (!m_opt.expectedId.empty() && *id != m_opt.expectedId)
                error(m.valuePos("id"), "module id '" + *id + "' differs from its folder name '" + m_opt.expectedId +
                                            "'; rename the folder or change the id so they match");
            meta.id = *id;
        }
    }
    if (std::optional<std::string> title = m.string("title", true)) {
        if (trimSpaces(*title).empty()) error(m.valuePos("title"), "title in front matter is empty");
        meta.title = std::string(trimSpaces(*title));
    }
    meta.version = m.string("version", false).value_or("");
    meta.summary = std::string(trimSpaces(m.string("summary", false).value_or("")));
    meta.estimatedMinutes = int(m.integer("estimated_minutes", false, 0, 100000).value_or(0));
    meta.objectives = m.stringList("objectives", false, false).value_or(std::vector<std::string>{});
    meta.language = m.string("language", false).value_or("en");
    m_out.languageGiven = m.has("language");
    m_out.languagePos = m.valuePos("language");
    meta.prerequisites = m.stringList("prerequisites", false, false).value_or(std::vector<std::string>{});
    for (const std::string& p : meta.prerequisites)
        m_out.refs.push_back({ModuleRef::Kind::Prerequisite, p, {}, p, m.valuePos("prerequisites")});
    readReviewed(m);
}

// `reviewed:` tells learners how current the facts are, so it must be a real past day.
// (A module of a course without one is warned about by the course checks.)
void ModuleParser::readReviewed(const YamlMap& m) {
    const std::optional<std::string> text = m.string("reviewed", false);
    if (!text) return;
    bool real = true;
    const std::optional<IsoDate> date = parseIsoDate(trimSpaces(*text), &real);
    if (!date) {
        error(m.valuePos("reviewed"),
              real ? "'reviewed' must be a date written YYYY-MM-DD (for example 2026-12-01), not '" + *text + "'"
                   : "'reviewed' date " + *text + " does not exist; check the month and the day");
        return;
    }
    const IsoDate today = todayUtc();
    if (today < *date) {
        error(m.valuePos("reviewed"), "'reviewed' date " + *text + " is in the future (today is " + formatIsoDate(today) +
                                          ", UTC); give the day the module's facts were last checked");
        return;
    }
    m_mod->meta.reviewed = date;
}

//-----------------------------------------------------------------------------
// [SECTION] Interactive fenced blocks
//-----------------------------------------------------------------------------

bool ModuleParser::onFence(const std::string& info, const std::string& literal, SourcePos pos, Block& out) {
    const std::string word = info.substr(0, info.find_first_of(" \t"));
    if (word != "quiz" && word != "reflection" && word != "timeline") return false;
    // A quiz that cannot be read stays a quiz block without a model (payload -1): the reader
    // says it could not be loaded. Shown as code, its YAML would give learners the answer key.
    const auto unreadableQuiz = [&] {
        out.kind = BlockKind::Quiz;
        out.payload = -1;
        out.literal.clear();  // nothing may show it by mistake (`literal` is this very string)
        return true;
    };
    if (full()) return word == "quiz" ? unreadableQuiz() : false;  // too many problems already: show as code
    // The YAML starts on the line after the fence; cmark strips the fence's indentation.
    YamlSource src{m_file, pos.line, pos.col > 0 ? pos.col - 1 : 0, &m_out.diagnostics, &m_yamlBudget};
    if (word == "quiz") {
        bool passGiven = false;
        std::optional<Quiz> q = parseQuizBlock(literal, src, pos, &passGiven);
        if (!q) return unreadableQuiz();
        if (!passGiven) m_out.quizzesWithoutPass.push_back(m_mod->quizzes.size());
        out.kind = BlockKind::Quiz;
        out.payload = int(m_mod->quizzes.size());
        m_mod->quizzes.push_back(std::move(*q));
    } else if (word == "reflection") {
        std::optional<Reflection> r = parseReflectionBlock(literal, src, pos);
        if (!r) return false;
        out.kind = BlockKind::Reflection;
        out.payload = int(m_mod->reflections.size());
        m_mod->reflections.push_back(std::move(*r));
    } else {
        std::optional<Timeline> t = parseTimelineBlock(literal, src, pos);
        if (!t) return false;
        out.kind = BlockKind::Timeline;
        out.payload = int(m_mod->timelines.size());
        m_mod->timelines.push_back(std::move(*t));
    }
    return true;
}

//-----------------------------------------------------------------------------
// [SECTION] Links and images
//-----------------------------------------------------------------------------

std::string percentDecode(std::string_view s) {
    std::string out;
    const auto hex = [](char c) -> int {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        if (c >= 'A' && c <= 'F') return c - 'A' + 10;
        return -1;
    };
    for (size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '%' && i + 2 < s.size() && hex(s[i + 1]) >= 0 && hex(s[i + 2]) >= 0) {
            const char c = char(hex(s[i + 1]) * 16 + hex(s[i + 2]));
            out += c == '\0' ? '?' : c;
            i += 2;
        } else {
            out += s[i];
        }
    }
    return out;
}

// "https:" -> "https"; "" when `url` has no scheme. One letter is a Windows drive, not a scheme.
std::string schemeOf(std::string_view url) {
    size_t i = 0;
    while (i < url.size() && (std::isalnum(static_cast<unsigned char>(url[i])) || url[i] == '+' || url[i] == '-' || url[i] == '.'))
        ++i;
    if (i < 2 || i >= url.size() || url[i] != ':' || !std::isalpha(static_cast<unsigned char>(url[0]))) return {};
    std::string s(url.substr(0, i));
    for (char& c : s) c = char(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

// Decides once what a link or image is (course/link_kind.h); the reader acts on that, never on the text.
void ModuleParser::onLink(Span& span) {
    const bool image = span.flags & SpanImage;
    const std::string what = image ? "image" : "link";
    const std::string url = span.target;
    setLinkKind(span, LinkKind::Refused);  // until a rule below accepts it
    if (span.flags & SpanGlossary) {
        setLinkKind(span, LinkKind::None);
        span.target = url.substr(9);
        if (span.target.empty())
            error(span.pos, "glossary link has no term id; write [term](glossary:term-id)");
        else
            m_out.refs.push_back({ModuleRef::Kind::Glossary, {}, span.target, url, span.pos});
        return;
    }
    if (trimSpaces(url).empty()) {
        error(span.pos, what + " has no target; write [text](#section-id), [text](https://...) or a relative path");
        return;
    }
    if (url[0] == '#') {
        if (image) {
            error(span.pos, "image '" + url + "' names an anchor, not an image file");
        } else {
            setLinkKind(span, LinkKind::Anchor);
            m_localRefs.push_back({url.substr(1), span.pos});
        }
        return;
    }
    const std::string scheme = schemeOf(url);
    if (!scheme.empty()) {
        if (scheme == "http" || scheme == "https") {
            if (image) warning(span.pos, "image '" + url + "' is on the web and will not show offline; put the file beside module.md");
            else setLinkKind(span, LinkKind::Web);
            return;
        }
        if (scheme == "mailto" && !image) {
            setLinkKind(span, LinkKind::Web);
            return;
        }
        error(span.pos, what + " '" + url + "' uses the unsupported scheme '" + scheme +
                            ":'; use https://, a path relative to the module folder, or #section-id");
        return;
    }
    if (url[0] == '/' || url[0] == '\\') {
        error(span.pos, what + " '" + url + "' is an absolute path, which leaves the course folder; use a path relative to "
                                            "the module folder");
        return;
    }
    if (m_opt.moduleDir.empty()) return;  // no folder: nothing on disk to check against, nothing to open
    const size_t hash = url.find('#');
    const std::string pathPart = percentDecode(url.substr(0, hash));
    const std::string fragment = hash == std::string::npos ? std::string() : url.substr(hash + 1);
    const ResolvedPath& rp = resolve(pathPart);
    const fs::path& resolved = rp.resolved;
    if (rp.outside || rp.real.status == ContainedPath::Status::Outside) {
        error(span.pos, what + " '" + url + "' " + (rp.outside ? std::string("leaves the course folder") : rp.real.reason) +
                            "; copy the file into the course (for example beside module.md) and link to the copy");
        return;
    }
    if (rp.real.status == ContainedPath::Status::Loop) {
        error(span.pos, what + " '" + url + "' " + rp.real.reason);
        return;
    }
    if (!rp.real.inside()) {
        error(span.pos, what + " '" + url + "': " + resolved.generic_string() + " " + rp.real.reason + "; fix the path");
        return;
    }
    // A link to a module: modules/<name>, modules/<name>/ or modules/<name>/module.md.
    const std::vector<std::string>& parts = rp.parts;
    if (!image && !m_opt.courseRoot.empty() && parts.size() >= 2 && parts.size() <= 3 && parts[0] == "modules" &&
        (parts.size() == 2 || parts[2] == "module.md")) {
        const std::string& name = parts[1];
        if (name == m_opt.expectedId || name == m_mod->meta.id) {
            span.target = "#" + fragment;
            setLinkKind(span, LinkKind::Anchor);
            if (!fragment.empty()) m_localRefs.push_back({fragment, span.pos});
        } else {
            span.target = fragment.empty() ? name : name + "#" + fragment;
            setLinkKind(span, LinkKind::Module);
            m_out.refs.push_back({ModuleRef::Kind::Module, name, fragment, url, span.pos});
        }
        return;
    }
    if (!rp.real.exists) {
        error(span.pos, what + " '" + url + "' not found: there is no file " + resolved.generic_string() +
                            (image ? "; put the image beside module.md or fix the path" : "; fix the path"));
        return;
    }
    if (image) {
        setLinkKind(span, checkImage(span, url, rp.real.real.generic_string()) ? LinkKind::CourseFile : LinkKind::Refused);
        return;
    }
    // What is opened is what was checked: the real path, not the text. A fragment ("#page=2")
    // cannot be handed to the system's viewer with a path, so it is dropped.
    span.target = rp.real.real.generic_string();
    setLinkKind(span, LinkKind::CourseFile);
}

// An image the reader would refuse is an error here, with the reason; one it can show goes
// into Module::images with its size. Each file is read once per module.
bool ModuleParser::checkImage(Span& span, const std::string& url, const std::string& file) {
    auto [it, fresh] = m_imageProblems.emplace(file, std::string());
    if (fresh) {
        ImageSize size;
        if (m_opt.decodeImages) {
            const DecodedImage d = decodeImageFile(file);
            it->second = d.error;
            size = {d.sourceWidth, d.sourceHeight};
        } else {
            const ImageInfo info = probeImageFile(file);
            it->second = info.error;
            size = {info.width, info.height};
        }
        if (it->second.empty()) m_mod->images[file] = size;
    }
    if (!it->second.empty()) {
        error(span.pos, "image '" + url + "' " + it->second);
        return false;
    }
    span.target = file;
    return true;
}

const ModuleParser::ResolvedPath& ModuleParser::resolve(const std::string& pathPart) {
    auto [it, fresh] = m_resolved.emplace(pathPart, ResolvedPath());
    if (!fresh) return it->second;
    std::error_code ec;
    const std::string root = m_opt.courseRoot.empty() ? m_opt.moduleDir : m_opt.courseRoot;
    if (m_rootAbs.empty()) m_rootAbs = fs::absolute(root, ec).lexically_normal();
    ResolvedPath& rp = it->second;
    rp.resolved = (fs::path(m_opt.moduleDir) / pathPart).lexically_normal();
    const fs::path abs = fs::absolute(rp.resolved, ec).lexically_normal();
    const fs::path rel = abs.lexically_relative(m_rootAbs);
    rp.outside = rel.empty() || *rel.begin() == "..";
    for (const fs::path& p : rel)
        if (!p.empty() && p != ".") rp.parts.push_back(p.string());
    if (!rp.outside) rp.real = resolveInsideCourse(root, abs);
    return rp;
}

//-----------------------------------------------------------------------------
// [SECTION] Anchors and sections
//-----------------------------------------------------------------------------

// Strips a trailing "{#id}" from a heading; returns the id or "".
std::string takeExplicitAnchor(Block& h) {
    if (h.inlines.empty() || h.inlines.back().flags != 0) return {};
    std::string& t = h.inlines.back().text;
    std::string_view v = trimSpaces(t);
    if (v.size() < 4 || v.back() != '}') return {};
    const size_t open = v.rfind("{#");
    if (open == std::string_view::npos) return {};
    const std::string id(v.substr(open + 2, v.size() - open - 3));
    if (!isValidId(id)) return {};
    t.resize(size_t(v.data() - t.data()) + open);
    while (!t.empty() && (t.back() == ' ' || t.back() == '\t')) t.pop_back();
    if (t.empty()) h.inlines.pop_back();
    return id;
}

template <typename Fn> void forEachBlock(std::vector<Block>& blocks, Fn&& fn) {
    for (Block& b : blocks) {
        fn(b);
        forEachBlock(b.children, fn);
    }
}

void ModuleParser::assignAnchors() {
    // Explicit anchors first, so a slug never takes an id an author wrote down.
    std::vector<std::pair<Block*, std::string>> explicitIds;
    forEachBlock(m_mod->blocks, [&](Block& b) {
        if (b.kind != BlockKind::Heading) return;
        std::string id = takeExplicitAnchor(b);
        if (id.empty()) return;
        if (!m_anchors.insert(id).second) {
            error(b.pos, "anchor '{#" + id + "}' is used by another heading in this module; anchors must be unique");
            return;
        }
        b.anchor = id;
    });
    // Repeated titles get "-1", "-2"...: the next free number per slug is remembered, so
    // 40,000 headings "Notes" take one pass, not 40,000 x 40,000 look-ups.
    std::unordered_map<std::string, int> nextSuffix;
    forEachBlock(m_mod->blocks, [&](Block& b) {
        if (b.kind != BlockKind::Heading || !b.anchor.empty()) return;
        const std::string base = slugify(plainText(b.inlines));
        std::string id = base;
        if (m_anchors.count(id)) {
            int& n = nextSuffix.try_emplace(base, 1).first->second;
            do id = base + "-" + std::to_string(n++);
            while (m_anchors.count(id));
        }
        m_anchors.insert(id);
        b.anchor = id;
    });
}

int blockWords(const Block& b, const Module& m) {
    int words = countWords(b.inlines);
    if (b.kind == BlockKind::CodeBlock || b.kind == BlockKind::HtmlBlock) words += util::countWords(b.literal);
    if (b.payload >= 0) {
        if (b.kind == BlockKind::Reflection && size_t(b.payload) < m.reflections.size()) {
            const Reflection& r = m.reflections[size_t(b.payload)];
            words += util::countWords(r.prompt) + util::countWords(r.quote) + util::countWords(r.attribution);
        } else if (b.kind == BlockKind::Quiz && size_t(b.payload) < m.quizzes.size()) {
            for (const Question& q : m.quizzes[size_t(b.payload)].questions) {
                words += util::countWords(q.prompt);
                for (const Choice& c : q.choices) words += util::countWords(c.text);
                for (const MatchPair& p : q.pairs) words += util::countWords(p.left) + util::countWords(p.right);
            }
        } else if (b.kind == BlockKind::Timeline && size_t(b.payload) < m.timelines.size()) {
            for (const TimelineEvent& e : m.timelines[size_t(b.payload)].events)
                words += util::countWords(e.date) + util::countWords(e.title) + util::countWords(e.text);
        }
    }
    for (const Block& c : b.children) words += blockWords(c, m);
    return words;
}

void setPayloadSections(const Block& b, Module& m, const std::string& sectionId) {
    if (b.payload >= 0) {
        if (b.kind == BlockKind::Quiz && size_t(b.payload) < m.quizzes.size()) m.quizzes[size_t(b.payload)].sectionId = sectionId;
        if (b.kind == BlockKind::Reflection && size_t(b.payload) < m.reflections.size())
            m.reflections[size_t(b.payload)].sectionId = sectionId;
    }
    for (const Block& c : b.children) setPayloadSections(c, m, sectionId);
}

void ModuleParser::buildSections() {
    std::vector<Block>& blocks = m_mod->blocks;
    const auto startsSection = [&](size_t i) {
        const Block& b = blocks[i];
        return b.kind == BlockKind::Heading && b.level <= 2 && !(i == 0 && b.level == 1);
    };
    size_t first = 0;
    while (first < blocks.size() && !startsSection(first)) ++first;
    const bool titleOnly = first == 1 && blocks[0].kind == BlockKind::Heading && blocks[0].level == 1;
    if (first > 0 && !titleOnly) {
        Section s;
        s.id = "overview";
        for (int n = 1; m_anchors.count(s.id); ++n) s.id = "overview-" + std::to_string(n);
        m_anchors.insert(s.id);
        s.title = "Overview";
        s.untitled = true;
        s.pos = blocks[0].pos;
        s.firstBlock = 0;
        s.endBlock = first;
        m_mod->sections.push_back(s);
    }
    for (size_t i = first; i < blocks.size(); ++i) {
        if (!startsSection(i)) continue;
        Section s;
        s.id = blocks[i].anchor;
        s.title = plainText(blocks[i].inlines);
        s.pos = blocks[i].pos;
        s.firstBlock = i;
        s.endBlock = i + 1;
        while (s.endBlock < blocks.size() && !startsSection(s.endBlock)) ++s.endBlock;
        m_mod->sections.push_back(s);
    }
    // Sections are contiguous and in order: one pass over the blocks.
    int total = 0;
    size_t si = 0;
    for (size_t i = 0; i < blocks.size(); ++i) {
        const int w = blockWords(blocks[i], *m_mod);
        total += w;
        while (si < m_mod->sections.size() && m_mod->sections[si].endBlock <= i) ++si;
        if (si < m_mod->sections.size() && i >= m_mod->sections[si].firstBlock) {
            Section& s = m_mod->sections[si];
            s.words += w;
            setPayloadSections(blocks[i], *m_mod, s.id);
        }
    }
    m_mod->words = total;
}

// Levenshtein distance of a and b if it is below `limit`, else `limit`: stops as soon as every
// entry of a row reaches the limit, so comparing with 20,000 anchors costs a few cells each.
size_t editDistanceBelow(std::string_view a, std::string_view b, size_t limit) {
    thread_local std::vector<size_t> prev, cur;  // reused: called thousands of times per module
    prev.assign(b.size() + 1, 0);
    cur.assign(b.size() + 1, 0);
    for (size_t j = 0; j <= b.size(); ++j) prev[j] = j;
    for (size_t i = 1; i <= a.size(); ++i) {
        cur[0] = i;
        size_t rowMin = cur[0];
        for (size_t j = 1; j <= b.size(); ++j) {
            cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
            rowMin = std::min(rowMin, cur[j]);
        }
        if (rowMin >= limit) return limit;
        std::swap(prev, cur);
    }
    return std::min(prev[b.size()], limit);
}

// "did you mean '#x'" for a near miss, else the anchors there are.
std::string ModuleParser::anchorHint(const std::string& wanted) const {
    std::string best;
    size_t bestDist = 4;
    // Comparing with every anchor is the costly part: a module gets a fixed number of
    // comparisons in all (20,000 broken links against 20,000 headings took 27 s before).
    const bool search = m_hintComparisons >= m_anchors.size();
    if (search) m_hintComparisons -= m_anchors.size();
    for (const std::string& a : m_anchors) {
        if (!search) break;
        // Edit distance is at least the length difference: most anchors are ruled out unread.
        const size_t lengthGap = a.size() > wanted.size() ? a.size() - wanted.size() : wanted.size() - a.size();
        if (lengthGap >= bestDist) continue;
        const size_t d = editDistanceBelow(a, wanted, bestDist);
        if (d < bestDist) bestDist = d, best = a;
    }
    if (!best.empty()) return "did you mean '#" + best + "'?";
    std::string list;
    size_t n = 0;
    for (const std::string& a : m_anchors) {
        if (n++ == 8) {
            list += ", ...";
            break;
        }
        list += (list.empty() ? "#" : ", #") + a;
    }
    return list.empty() ? std::string("this module has no headings") : "anchors here: " + list;
}

void ModuleParser::checkRevisits() {
    std::string ids;
    for (const Section& s : m_mod->sections) ids += (ids.empty() ? "" : ", ") + s.id;
    for (const Quiz& quiz : m_mod->quizzes)
        for (const Question& q : quiz.questions)
            if (!q.revisit.empty() && !m_mod->findSection(q.revisit))
                error(q.pos, "revisit '" + q.revisit + "' of question '" + q.id + "' names no section of this module; " +
                                 (ids.empty() ? std::string("it has no sections") : "its sections are: " + ids));
    for (const auto& [anchor, pos] : m_localRefs)
        if (!m_anchors.count(anchor) && !full())  // the hint compares with every anchor: only for shown messages
            error(pos, "link to '#" + anchor + "': no heading in this module has that anchor; " + anchorHint(anchor) +
                           "; or add '{#" + anchor + "}' to a heading");
}

//-----------------------------------------------------------------------------
// [SECTION] parseModuleText
//-----------------------------------------------------------------------------

ModuleLoad ModuleParser::run(std::string_view bytes) {
    if (!checkBytes(bytes)) return std::move(m_out);
    const std::string text = utf8::sanitize(bytes);
    FrontMatter fm;
    if (m_opt.frontMatter) {
        fm = splitFrontMatter(text);
        readFrontMatter(fm);
    } else {
        fm.markdown = text;
    }
    if (m_mod->meta.id.empty()) m_mod->meta.id = slugify(fs::path(m_file).stem().string());
    if (m_mod->meta.title.empty()) m_mod->meta.title = m_mod->meta.id;

    for (const DefusedParagraph& d : defuseQuadraticInlines(fm.markdown))
        error(d.pos, "this paragraph has " + std::to_string(d.imageOpeners) + " image openers '![' and " +
                         std::to_string(d.closers) + " ']', too many to parse in reasonable time; its images are "
                         "shown as links: split the paragraph or remove stray '!['");
    for (const DefusedTable& t : defuseTableExplosion(fm.markdown)) {
        const std::string why =
            t.columns > kMaxTableColumns ? std::to_string(t.columns) + " columns (over " + std::to_string(kMaxTableColumns) + ")"
            : t.widestRow > kMaxTableColumns
                ? "a row of up to " + std::to_string(t.widestRow) + " cells (over " + std::to_string(kMaxTableColumns) + ")"
                : std::to_string(t.columns) + " columns and its short rows would need " + std::to_string(t.paddedCells) +
                      " empty cells (over " + std::to_string(kMaxPaddedCells) + ")";
        error(t.pos, "this table has " + why + ", too many to lay out: it is shown as text; give each row its cells, "
                     "or split the table");
    }
    if (cancelled()) return std::move(m_out);
    cmark_node* doc = parseMarkdown(fm.markdown);
    if (cancelled()) {
        cmark_node_free(doc);
        return std::move(m_out);
    }
    if (!doc) {
        error({}, "out of memory while parsing the Markdown");
        return std::move(m_out);
    }
    ConvertHooks hooks;
    hooks.file = m_file;
    hooks.diags = &m_out.diagnostics;
    hooks.onFence = [this](const std::string& info, const std::string& literal, SourcePos pos, Block& out) {
        return onFence(info, literal, pos, out);
    };
    hooks.onLink = [this](Span& span) { onLink(span); };
    m_mod->blocks = convertDocument(doc, hooks);
    cmark_node_free(doc);
    if (cancelled()) return std::move(m_out);
    warnUnshownMarkdown(m_mod->blocks, [this](SourcePos pos, std::string message) { warning(pos, std::move(message)); });

    assignAnchors();
    buildSections();
    checkRevisits();
    m_out.anchors.assign(m_anchors.begin(), m_anchors.end());
    if (m_dropped > 0)
        m_out.diagnostics.error(m_file, {}, "too many problems: " + std::to_string(m_dropped) +
                                               " more not shown; fix the ones above and check again");
    return std::move(m_out);
}

} // namespace

ModuleLoad parseModuleText(std::string_view bytes, const std::string& fileName, const ModuleParseOptions& options) {
    try {
        return ModuleParser(fileName, options).run(bytes);
    } catch (const std::exception& e) {
        // Nothing above should throw but allocation failure; still never take the caller down.
        ModuleLoad out;
        out.module = std::make_shared<Module>();
        out.module->file = fileName;
        out.module->meta.id = options.expectedId;
        out.diagnostics.error(fileName, {}, std::string("cannot load this module: ") + e.what());
        return out;
    }
}

} // namespace lectern
