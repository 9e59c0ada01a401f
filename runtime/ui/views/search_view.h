// SearchView: full-text search over every module's sections, the glossary and the learner's
// own notes and reflections (from the snapshot in env.progress, searched on the index's worker;
// their results come first and say "Your note" / "Your reflection").
//
// What it promises: the index (core/search) is built on a worker thread from the moment the
// view is constructed; until it is ready the view shows "Indexing…" and asks for frames with
// env.wakeIn. Results update as the learner types (the last word matches as a prefix), each
// with its module, section title and a snippet whose matched words are drawn bold in the accent
// colour. Up/Down move through the results, Enter or a click opens one: OpenModule{module,
// section, query} for a section or the learner's text (the reader marks the words searched
// for), OpenGlossary{term} for a glossary term.
#pragma once
#include "course/document.h"
#include "ui/ui_env.h"

#include <memory>

namespace lectern::ui {

class SearchView {
public:
    // `query`: the text already typed (a course swapped under an open search keeps it).
    explicit SearchView(std::shared_ptr<const Course> course, std::string query = {});
    ~SearchView();
    SearchView(const SearchView&) = delete;
    SearchView& operator=(const SearchView&) = delete;

    void draw(const UiEnv& env);
    // Puts the keyboard focus in the search box on the next draw (e.g. on Ctrl+F).
    void focusInput();
    const std::string& query() const;

private:
    struct State;
    std::unique_ptr<State> m_state;
};

} // namespace lectern::ui
