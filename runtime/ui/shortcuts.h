// The keyboard shortcuts: ONE table (keys, context, action, help text) that drives both the
// dispatch in LecternUi and the F1 list (views/help_view.cpp). A shortcut added here is
// handled and documented at once; a row with no bindings is only listed (ImGui's own
// navigation does it, e.g. arrows on the course page).
#pragma once
#include <vector>

namespace lectern::ui {

// Where a binding is live. Dialogs (the F1 list, the link dialog) own Enter and Esc while
// open; LecternUi checks those first.
enum class ShortcutContext {
    Anywhere,    // also on the learner list
    App,         // any screen but the learner list, no dialog open
    Reader,      // the reader is on screen
    ReaderPage,  // the reader, and no text field, quiz or reflection has the keyboard
    ReaderText,  // ReaderPage, and the text (not the table of contents) has the keyboard
    Page,        // App, but not the reader (which has its own Tab), and no text field has the keyboard
};

enum class ShortcutAction {
    ToggleHelp, Quit, SignOut, RetrySave, Search, Glossary, LargerText, SmallerText, DefaultText, NextTheme,
    Back, Bookmark, SwitchPane, ToggleContents, PrevSection, NextSection, PageUp, PageDown, Home, End, LineUp, LineDown,
    FocusNext, FocusPrev, Activate, MyNotes, ScrollLeft, ScrollRight, TabNext, TabPrev,
    ToggleProblems,
};

enum class ShiftIs { Any, Up, Down };

struct KeyChord {
    int key = 0;
    bool ctrl = false;  // Ctrl and Alt must match exactly
    bool alt = false;
    ShiftIs shift = ShiftIs::Any;
    bool repeat = false;  // fires again while held (scrolling, text size)
    // When set, the chord is this character typed (without Ctrl or Alt), whatever key types it:
    // "[" is AltGr+8 on a German keyboard. `key` is then unused.
    char32_t character = 0;
};

struct ShortcutBinding {
    KeyChord chord;
    ShortcutAction action;
};

struct ShortcutEntry {
    const char* keys;  // as the F1 list shows them
    const char* help;
    ShortcutContext context;
    std::vector<ShortcutBinding> bindings;
};

const std::vector<ShortcutEntry>& shortcutTable();

// Whether the chord was pressed this frame (ImGui's key state and modifiers).
bool chordPressed(const KeyChord& chord);

} // namespace lectern::ui
