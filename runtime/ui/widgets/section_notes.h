// SectionNotes: the bookmark toggle and the learner's private note for one section.
// One instance per section (or re-used: it reloads when the SectionRef changes).
//
// What it promises: the toggle sends SetBookmark at once; the note is saved as SaveNote
// ~1.5 s after the last keystroke, on focus loss, and on destruction if still unsaved.
// Initial state comes from the snapshot. As with ReflectionEditor, a note still pending when
// another learner signs in is saved to the learner who typed it.
#pragma once
#include "store/progress.h"
#include "ui/ui_env.h"

#include <memory>

namespace lectern::ui {

class SectionNotes {
public:
    SectionNotes();
    ~SectionNotes();
    SectionNotes(SectionNotes&&) noexcept;
    SectionNotes& operator=(SectionNotes&&) noexcept;

    void draw(const UiEnv& env, const SectionRef& section);
    // Saves a note edit still waiting for its delay now (draw() and the destructor also do).
    void flush();
    bool hasUnsavedEdit() const;

private:
    struct State;
    std::unique_ptr<State> m_state;
};

} // namespace lectern::ui
