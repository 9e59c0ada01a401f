// Index
//   [SECTION] Snippets and match expressions
//   [SECTION] SQLite helpers
//   [SECTION] SearchIndex
//   [SECTION] BackgroundSearchIndex
#include "search/search_index.h"

#include "search/learner_text_search.h"
#include "search/section_text.h"
#include "util/utf8.h"

#include <sqlite3.h>

#include <algorithm>
#include <cassert>
#include <chrono>

namespace lectern::search {

//-----------------------------------------------------------------------------
// [SECTION] Snippets and match expressions
//-----------------------------------------------------------------------------

std::vector<SnippetPart> splitSnippet(std::string_view snippet) {
    std::vector<SnippetPart> parts;
    bool highlighted = false;
    size_t start = 0;
    for (size_t i = 0; i <= snippet.size(); ++i) {
        const bool end = i == snippet.size();
        if (!end && snippet[i] != kHighlightBegin && snippet[i] != kHighlightEnd) continue;
        if (i > start) parts.push_back({snippet.substr(start, i - start), highlighted});
        if (!end) highlighted = snippet[i] == kHighlightBegin;
        start = i + 1;
    }
    return parts;
}

namespace {

bool isSpaceByte(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

// A word worth searching holds a letter or a digit (any script): a phrase of only dashes,
// quotes or ellipses, which the tokenizer drops anyway, would match nothing and empty the
// whole result.
bool hasWordChar(std::string_view word) {
    for (size_t i = 0; i < word.size();)
        if (utf8::isLetterOrDigit(utf8::decode(word, i))) return true;
    return false;
}

// Learner text must not reach FTS5 with control characters (our highlight markers) in it.
std::string cleanText(std::string_view text) {
    std::string out(text);
    for (char& c : out)
        if (static_cast<unsigned char>(c) < 0x20 && c != '\n' && c != '\t') c = ' ';
    return out;
}

} // namespace

std::string matchExpression(std::string_view userText) {
    constexpr size_t kMaxWords = 16;
    constexpr size_t kMaxChars = 512;
    if (userText.size() > kMaxChars) userText = userText.substr(0, kMaxChars);
    std::vector<std::string_view> words;
    size_t i = 0;
    while (i < userText.size() && words.size() < kMaxWords) {
        while (i < userText.size() && isSpaceByte(userText[i])) ++i;
        const size_t start = i;
        while (i < userText.size() && !isSpaceByte(userText[i])) ++i;
        if (i > start && hasWordChar(userText.substr(start, i - start))) words.push_back(userText.substr(start, i - start));
    }
    if (words.empty()) return {};
    const bool stillTyping = !userText.empty() && !isSpaceByte(userText.back());
    std::string expr;
    for (size_t w = 0; w < words.size(); ++w) {
        if (!expr.empty()) expr += ' ';
        expr += '"';
        for (char c : words[w]) {
            if (c == '"') expr += '"';  // FTS5 escapes a quote inside a string by doubling it
            expr += (static_cast<unsigned char>(c) < 0x20) ? ' ' : c;
        }
        expr += '"';
        if (w + 1 == words.size() && stillTyping) expr += '*';
    }
    return expr;
}

//-----------------------------------------------------------------------------
// [SECTION] SQLite helpers
//-----------------------------------------------------------------------------

namespace {

// Every SQLite call goes through store/sqlite_db.h, the one wrapper of the SQLite C API.
bool exec(store::SqliteDb& db, const std::string& sql, std::string* error) {
    std::string message;
    if (db.exec(sql, message) == SQLITE_OK) return true;
    if (error) *error = "search index: " + message;
    return false;
}

// Columns: kind ('s' section, 'g' glossary), module id, module title, section id (unindexed),
// then the searched title and body. English courses add the Porter stemmer, so "states"
// finds "state" and "norms" finds "norm"; other languages keep plain words, as an English
// stemmer would cut their endings wrongly.
std::string createStatement(const Course& course) {
    const bool english = course.language.empty() || course.language.rfind("en", 0) == 0;
    return std::string("CREATE VIRTUAL TABLE doc USING fts5("
                       "kind UNINDEXED, module_id UNINDEXED, module_title UNINDEXED, section_id UNINDEXED, "
                       "title, body, tokenize = '") +
           (english ? "porter " : "") + "unicode61 remove_diacritics 2')";
}

// bm25 weights follow the column order: the title counts ten times the body.
// snippet() on the body (column 5): up to 16 tokens around the best match.
constexpr const char* kQuery =
    "SELECT kind, module_id, module_title, section_id, title, "
    "snippet(doc, 5, char(2), char(3), '…', 16), bm25(doc, 0, 0, 0, 0, 10.0, 1.0) AS rank "
    "FROM doc WHERE doc MATCH ?1 ORDER BY rank, rowid LIMIT ?2";

} // namespace

//-----------------------------------------------------------------------------
// [SECTION] SearchIndex
//-----------------------------------------------------------------------------

std::unique_ptr<SearchIndex> SearchIndex::build(const Course& course, std::string* error,
                                                const std::atomic<bool>* cancel) {
    std::unique_ptr<SearchIndex> index(new SearchIndex());
    store::SqliteDb& db = index->m_db;
    std::string message;
    if (db.open(":memory:", SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, message) != SQLITE_OK) {
        if (error) *error = "search index: cannot open an in-memory database: " + message;
        return nullptr;
    }
    if (!exec(db, createStatement(course), error) || !exec(db, "BEGIN", error)) return nullptr;
    store::SqliteStmt insert(db, "INSERT INTO doc VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    if (!insert.ok()) {
        if (error) *error = "search index: " + db.errorMessage();
        return nullptr;
    }
    auto add = [&](std::string_view kind, std::string_view moduleId, std::string_view moduleTitle,
                   std::string_view sectionId, std::string_view title, std::string_view body) {
        const std::string cleanTitle = cleanText(title), cleanBody = cleanText(body);
        insert.bind(1, kind).bind(2, moduleId).bind(3, moduleTitle).bind(4, sectionId);
        insert.bind(5, std::string_view(cleanTitle)).bind(6, std::string_view(cleanBody));
        const int rc = insert.step();
        insert.reset();
        if (rc != SQLITE_DONE) {
            if (error) *error = "search index: " + db.errorMessage();
            return false;
        }
        ++index->m_documents;
        return true;
    };
    for (const auto& module : course.modules) {
        if (cancel && cancel->load()) return nullptr;
        if (!module) continue;
        for (const Section& section : module->sections)
            if (!add("s", module->meta.id, module->meta.title, section.id, section.title, sectionText(*module, section)))
                return nullptr;
    }
    for (const GlossaryEntry& term : course.glossary)
        if (!add("g", "", "", term.id, term.term, term.definition)) return nullptr;
    if (!exec(db, "COMMIT", error)) return nullptr;
    return index;
}

SearchIndex::~SearchIndex() = default;

std::vector<SearchHit> SearchIndex::query(std::string_view userText, int limit, std::string* error) const {
    std::vector<SearchHit> hits;
    if (error) error->clear();
    const std::string expr = matchExpression(userText);
    if (expr.empty() || limit <= 0) return hits;
    std::lock_guard lock(m_mutex);
    store::SqliteStmt stmt(m_db, kQuery);
    if (!stmt.ok()) {
        if (error) *error = "search: " + m_db.errorMessage();
        return hits;
    }
    stmt.bind(1, std::string_view(expr)).bind(2, limit);
    int rc = SQLITE_ROW;
    while ((rc = stmt.step()) == SQLITE_ROW) {
        SearchHit hit;
        hit.kind = stmt.columnText(0) == "g" ? HitKind::Glossary : HitKind::Section;
        hit.moduleId = stmt.columnText(1);
        hit.moduleTitle = stmt.columnText(2);
        hit.sectionId = stmt.columnText(3);
        hit.title = stmt.columnText(4);
        hit.snippet = stmt.columnText(5);
        hit.rank = stmt.columnDouble(6);
        hits.push_back(std::move(hit));
    }
    if (rc != SQLITE_DONE) {
        if (error) *error = "search: " + m_db.errorMessage() + " (for " + expr + ")";
        hits.clear();
    }
    return hits;
}

//-----------------------------------------------------------------------------
// [SECTION] BackgroundSearchIndex
//-----------------------------------------------------------------------------

BackgroundSearchIndex::BackgroundSearchIndex(std::shared_ptr<const Course> course) : m_course(std::move(course)) {
    assert(m_course && "BackgroundSearchIndex needs a course");
    m_thread = std::thread([this] {
        const auto start = std::chrono::steady_clock::now();
        std::string error;
        m_index = SearchIndex::build(*m_course, &error, &m_cancel);
        if (!m_index && error.empty()) error = "search index: build cancelled";
        m_error = error;
        m_buildSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        m_ready.store(true, std::memory_order_release);
        serveQueries();
    });
}

BackgroundSearchIndex::~BackgroundSearchIndex() {
    m_cancel.store(true);
    {
        std::lock_guard lock(m_queryMutex);
        m_stop = true;
    }
    m_queryWake.notify_all();
    if (m_thread.joinable()) m_thread.join();
}

// The worker, once built: answers the newest request, one at a time, until destroyed.
void BackgroundSearchIndex::serveQueries() {
    std::unique_lock lock(m_queryMutex);
    for (;;) {
        m_queryWake.wait(lock, [this] { return m_stop || m_request; });
        if (m_stop) return;
        Request request = std::move(*m_request);
        m_request.reset();
        m_running = true;
        lock.unlock();
        std::vector<SearchHit> hits;
        if (request.learner) hits = searchLearnerText(*m_course, *request.learner, request.text, request.limit);
        if (m_index) {
            std::vector<SearchHit> course = m_index->query(request.text, request.limit);
            hits.insert(hits.end(), std::make_move_iterator(course.begin()), std::make_move_iterator(course.end()));
        }
        std::string text = std::move(request.text);
        lock.lock();
        m_running = false;
        m_latest = {std::move(text), std::move(hits), m_latest.serial + 1};
    }
}

void BackgroundSearchIndex::requestQuery(std::string userText, int limit, std::shared_ptr<const ProgressSnapshot> learner) {
    {
        std::lock_guard lock(m_queryMutex);
        m_request = Request{std::move(userText), limit, std::move(learner)};
    }
    m_queryWake.notify_all();
}

BackgroundSearchIndex::QueryResult BackgroundSearchIndex::latest() const {
    std::lock_guard lock(m_queryMutex);
    return m_latest;
}

bool BackgroundSearchIndex::queryPending() const {
    std::lock_guard lock(m_queryMutex);
    return m_request.has_value() || m_running;
}

std::string BackgroundSearchIndex::error() const { return ready() ? m_error : std::string(); }

void BackgroundSearchIndex::wait() {
    while (!ready()) std::this_thread::sleep_for(std::chrono::milliseconds(2));
}

std::vector<SearchHit> BackgroundSearchIndex::query(std::string_view userText, int limit) const {
    if (!ready() || !m_index) return {};
    return m_index->query(userText, limit);
}

} // namespace lectern::search
