// Full-text search over a course: every module's sections and the glossary, in an in-memory
// SQLite FTS5 table (unicode61 tokenizer, remove_diacritics 2, so "geneve" finds "Genève";
// for a course in English also the Porter stemmer, so "states" finds "state").
//
// What it promises:
//   - results ranked by bm25 with the title weighted above the text, each with its module,
//     section, title and a snippet of the text whose matched words are wrapped in
//     kHighlightBegin / kHighlightEnd (control characters that never occur in indexed text);
//   - the learner's text is never read as FTS syntax: each word is quoted, so "AND", quotes,
//     "*", "(" or "-" cannot cause an error; the last word matches as a prefix while the
//     learner is still typing it;
//   - BackgroundSearchIndex builds the index on its own thread and says when it is ready,
//     so the UI never waits for it.
//
// Index
//   [SECTION] Hits and snippets
//   [SECTION] SearchIndex
//   [SECTION] BackgroundSearchIndex
#pragma once
#include "course/document.h"
#include "store/progress.h"
#include "store/sqlite_db.h"

#include <atomic>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <condition_variable>
#include <optional>
#include <thread>
#include <vector>


namespace lectern::search {

//-----------------------------------------------------------------------------
// [SECTION] Hits and snippets
//-----------------------------------------------------------------------------

inline constexpr char kHighlightBegin = '\x02';
inline constexpr char kHighlightEnd = '\x03';

// LearnerNote / LearnerReflection: the learner's own text (search/learner_text_search.h).
enum class HitKind { Section, Glossary, LearnerNote, LearnerReflection };

struct SearchHit {
    HitKind kind = HitKind::Section;
    std::string moduleId;     // Section: the module; Glossary: empty
    std::string moduleTitle;
    std::string sectionId;    // Section: the section id; Glossary: the term id
    std::string title;        // section title or glossary term
    std::string snippet;      // text around the match, matches between the highlight markers
    double rank = 0;          // bm25: lower is better
};

struct SnippetPart {
    std::string_view text;
    bool highlighted = false;
};
// Splits a snippet at its highlight markers (the parts view into `snippet`).
std::vector<SnippetPart> splitSnippet(std::string_view snippet);

// The FTS5 MATCH expression for what the learner typed: every word quoted, the last one a
// prefix unless the text ends in a space. Empty when there is nothing to search for.
// At most 16 words are used.
std::string matchExpression(std::string_view userText);

//-----------------------------------------------------------------------------
// [SECTION] SearchIndex
//-----------------------------------------------------------------------------

class SearchIndex {
public:
    // Builds the whole index now. Returns nullptr with `error` set when SQLite fails (e.g. a
    // build without FTS5); `cancel`, when set to true by another thread, stops early.
    static std::unique_ptr<SearchIndex> build(const Course& course, std::string* error = nullptr,
                                              const std::atomic<bool>* cancel = nullptr);
    ~SearchIndex();
    SearchIndex(const SearchIndex&) = delete;
    SearchIndex& operator=(const SearchIndex&) = delete;

    // Thread-safe. Returns the best `limit` hits, best first; none for blank input. An SQLite
    // error (none is expected: every word is quoted) gives no hits and is put in `error`.
    std::vector<SearchHit> query(std::string_view userText, int limit = 50, std::string* error = nullptr) const;

    size_t documentCount() const { return m_documents; }

private:
    SearchIndex() = default;
    mutable store::SqliteDb m_db;  // statements need a non-const connection; m_mutex guards it
    size_t m_documents = 0;
    mutable std::mutex m_mutex;
};

//-----------------------------------------------------------------------------
// [SECTION] BackgroundSearchIndex
//-----------------------------------------------------------------------------

// Owns a SearchIndex built on a worker thread started by the constructor. The destructor
// cancels a build still running and joins the thread.
class BackgroundSearchIndex {
public:
    explicit BackgroundSearchIndex(std::shared_ptr<const Course> course);
    ~BackgroundSearchIndex();
    BackgroundSearchIndex(const BackgroundSearchIndex&) = delete;
    BackgroundSearchIndex& operator=(const BackgroundSearchIndex&) = delete;

    bool ready() const { return m_ready.load(std::memory_order_acquire); }
    // Set when the build failed (ready() is then true and every query returns nothing).
    std::string error() const;
    // Blocks until the build has finished (for tests and the CLI).
    void wait();
    // Empty until ready. Runs SQLite on the calling thread: for tests and the CLI, never a frame.
    std::vector<SearchHit> query(std::string_view userText, int limit = 50) const;
    double buildSeconds() const { return m_buildSeconds; }

    // For the UI thread, which never touches SQLite: the query runs on the index's worker (after
    // the build); a newer request replaces one not yet started. `latest()` gives the hits of the
    // newest finished request; its `serial` grows with each one. With `learner`, the learner's
    // own notes and reflections are searched too (on the worker) and their hits come first.
    struct QueryResult {
        std::string text;
        std::vector<SearchHit> hits;
        uint64_t serial = 0;
    };
    void requestQuery(std::string userText, int limit = 50, std::shared_ptr<const ProgressSnapshot> learner = nullptr);
    QueryResult latest() const;
    // True while a request has not been answered yet.
    bool queryPending() const;

private:
    void serveQueries();

    std::shared_ptr<const Course> m_course;
    std::unique_ptr<SearchIndex> m_index;
    std::string m_error;
    double m_buildSeconds = 0;
    std::atomic<bool> m_ready{false};
    std::atomic<bool> m_cancel{false};

    mutable std::mutex m_queryMutex;
    std::condition_variable m_queryWake;
    struct Request {
        std::string text;
        int limit = 50;
        std::shared_ptr<const ProgressSnapshot> learner;
    };
    std::optional<Request> m_request;  // not yet started
    bool m_running = false;
    bool m_stop = false;
    QueryResult m_latest;
    std::thread m_thread;
};

} // namespace lectern::search
