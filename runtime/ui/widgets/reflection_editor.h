// ReflectionEditor: the learner's written answer to a reflection point. One instance per
// reflection; keep it alive while the module is open.
//
// What it promises:
//   - shows the prompt, the context quote and its attribution, a multi-line editor, a word
//     count and the minimum-length indicator (Reflection::minWords);
//   - saves while the learner types: a SaveReflection ~1.5 s after the last keystroke
//     (it asks for that frame with env.wakeIn), at once when the editor loses focus, and in
//     its destructor if an edit is still unsaved, so no keystroke is lost;
//   - keeps a draft (KeepTextDraft) at most 0.25 s behind the keyboard meanwhile, so a crash
//     loses at most that; the draft is not a revision;
//   - the initial text is the latest revision in the snapshot;
//   - lists earlier revisions with their times; the learner can view one or restore it
//     (restoring saves it as a new revision).
// Learner switch: env.submit carries the learner signed in when the edit was made, so an
// edit still pending when another learner has signed in is saved to the one who typed it.
#pragma once
#include "course/document.h"
#include "ui/ui_env.h"
#include "ui/widgets/text_editor.h"

#include <functional>
#include <memory>
#include <string>

namespace lectern::ui {

// Debounced saving of a text the learner edits (shared by ReflectionEditor and SectionNotes).
// The owner calls edited() on each change and poll() every frame; `save` runs once the text
// has been still for kDelaySeconds, on flush(), or on destruction if still dirty. Meanwhile
// `keepDraft` runs at most every kDraftSeconds with the text as typed (a crash loses at most
// that much; the store keeps the draft without making a revision of it).
class DebouncedText {
public:
    using Saver = std::function<void(const std::string&)>;
    static constexpr double kDelaySeconds = 1.5;
    static constexpr double kDraftSeconds = 0.25;

    DebouncedText() = default;
    ~DebouncedText();
    DebouncedText(const DebouncedText&) = delete;
    DebouncedText& operator=(const DebouncedText&) = delete;

    // `save` is kept (the latest one) so the destructor can still save a pending edit.
    void edited(double now, const std::string& text, Saver save, Saver keepDraft = {});
    // Saves when the delay has passed. Returns the seconds still to wait (< 0 when idle).
    double poll(double now);
    // The frame's whole routine for a text box: an edit starts the delay, leaving the box
    // saves at once, and the UI is woken when the delay ends.
    void follow(const TextEditorResult& box, const std::string& text, const UiEnv& env, Saver save,
                Saver keepDraft = {});
    void flush();
    bool dirty() const { return m_dirty; }
    // The text last handed to `save` (or given as already saved).
    const std::string& savedText() const { return m_saved; }
    void setSavedText(const std::string& text) { m_saved = text; }

private:
    bool m_dirty = false;
    bool m_draftPending = false;  // typed since the last draft
    double m_lastEdit = 0;
    double m_lastDraft = -1e9;
    std::string m_pending;
    std::string m_saved;
    Saver m_save;
    Saver m_keepDraft;
};

class ReflectionEditor {
public:
    ReflectionEditor();
    ~ReflectionEditor();
    ReflectionEditor(ReflectionEditor&&) noexcept;
    ReflectionEditor& operator=(ReflectionEditor&&) noexcept;

    void draw(const UiEnv& env, const Module& module, const Reflection& reflection);
    // Saves an edit still waiting for its delay now (e.g. when the reader stops drawing the
    // editor because it scrolled out of view). draw() and the destructor do it by themselves.
    void flush();
    bool hasUnsavedEdit() const;
    // The next draw puts the keyboard in the text box (Enter on the reflection in the reader).
    void focusText() { m_focusText = true; }

private:
    struct State;
    std::unique_ptr<State> m_state;
    bool m_focusText = false;
};

} // namespace lectern::ui
