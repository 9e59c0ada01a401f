// MyNotesView: "My bookmarks and notes": every section the learner bookmarked, every note
// and every reflection they wrote, in course order, each opening its section (mouse or
// keyboard: arrows move, Enter or Space opens, Esc goes back). Drawn from the progress
// snapshot the UI already holds: no query, nothing read from disk.
#pragma once
#include "ui/ui_env.h"

#include <string>
#include <vector>

namespace lectern::ui {

// One line of the page: what it is and where it leads.
struct MyNotesItem {
    enum class Kind { Bookmark, Note, Reflection } kind = Kind::Bookmark;
    std::string moduleId, sectionId;
    std::string heading;  // "Module › Section" (a reflection: its prompt, shortened)
    std::string text;     // the learner's note or reflection (empty for a bookmark)
};

// The items of a snapshot, bookmarks first, then notes, then reflections, each in course
// order; items whose module or section is no longer in the course are left out.
std::vector<MyNotesItem> collectMyNotes(const Course& course, const ProgressSnapshot& progress);

class MyNotesView {
public:
    void draw(const UiEnv& env);
    // The keyboard goes to the first item on the next draw (the page was opened).
    void focusFirst() { m_focusFirst = 2; }

private:
    int m_focusFirst = 0;
};

} // namespace lectern::ui
