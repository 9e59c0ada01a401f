#include "ui/shortcuts.h"

#include "i18n/tr.h"
#include "ui/keys.h"

#include <imgui.h>

namespace lectern::ui {

namespace {
using A = ShortcutAction;
using C = ShortcutContext;

KeyChord key(int k, bool repeat = false) { return KeyChord{k, false, false, ShiftIs::Any, repeat}; }
KeyChord ctrl(int k, bool repeat = false) { return KeyChord{k, true, false, ShiftIs::Any, repeat}; }
KeyChord alt(int k) { return KeyChord{k, false, true, ShiftIs::Any, true}; }
KeyChord shifted(int k, ShiftIs s, bool repeat) { return KeyChord{k, false, false, s, repeat}; }
KeyChord typed(char32_t c) { return KeyChord{0, false, false, ShiftIs::Any, true, c}; }
} // namespace

const std::vector<ShortcutEntry>& shortcutTable() {
    static const std::vector<ShortcutEntry> table = {
        {"F1", N_("Show or hide this list"), C::Anywhere, {{key(keys::F1), A::ToggleHelp}}},
        {"Esc", N_("Back to the course page (or close a dialog, or leave a quiz)"), C::App, {{key(keys::Escape), A::Back}}},
        {N_("Up / Down"), N_("Scroll the text"), C::ReaderText,
         {{key(keys::Up, true), A::LineUp}, {key(keys::Down, true), A::LineDown}}},
        {N_("Page Up / Page Down, Space"), N_("Scroll a screen at a time"), C::ReaderPage,
         {{key(keys::PageUp, true), A::PageUp}, {key(keys::PageDown, true), A::PageDown}}},
        {"", "", C::ReaderText,  // Space belongs to the row above; the contents list uses it itself
         {{shifted(keys::Space, ShiftIs::Down, true), A::PageUp}, {shifted(keys::Space, ShiftIs::Up, true), A::PageDown}}},
        {N_("Home / End"), N_("Go to the start / end of the module"), C::ReaderPage,
         {{key(keys::Home), A::Home}, {key(keys::End), A::End}}},
        {N_("[ and ]  or  Alt+Left / Alt+Right"), N_("Previous / next section"), C::ReaderPage,
         {{typed('['), A::PrevSection}, {typed(']'), A::NextSection},
          {alt(keys::Left), A::PrevSection}, {alt(keys::Right), A::NextSection}}},
        {"Tab / Shift+Tab", N_("Move between links, quizzes and reflections in the text"), C::ReaderText,
         {{shifted(keys::Tab, ShiftIs::Up, true), A::FocusNext}, {shifted(keys::Tab, ShiftIs::Down, true), A::FocusPrev}}},
        {"Enter", N_("Follow the focused link, enter the focused quiz or reflection, press a button"), C::ReaderText,
         {{key(keys::Enter), A::Activate}, {key(keys::KeypadEnter), A::Activate}}},
        {N_("Left / Right"), N_("Scroll the focused code block sideways (Tab reaches a code block wider than the page)"),
         C::ReaderText, {{key(keys::Left, true), A::ScrollLeft}, {key(keys::Right, true), A::ScrollRight}}},
        {"F6", N_("Move between the text and the table of contents"), C::Reader, {{key(keys::function(6)), A::SwitchPane}}},
        {"F9", N_("Show or hide the contents panel (it folds away by itself in a narrow window)"), C::Reader,
         {{key(keys::function(9)), A::ToggleContents}}},
        {"Ctrl+F", N_("Search the course"), C::App, {{ctrl(keys::letter('F')), A::Search}}},
        {"Ctrl+B", N_("Bookmark the current section (again to remove)"), C::Reader, {{ctrl(keys::letter('B')), A::Bookmark}}},
        {"Ctrl+G", N_("Glossary"), C::App, {{ctrl(keys::letter('G')), A::Glossary}}},
        {"Ctrl+M", N_("My bookmarks and notes"), C::App, {{ctrl(keys::letter('M')), A::MyNotes}}},
        {"Ctrl+= / Ctrl+-", N_("Larger / smaller text"), C::App,
         {{ctrl(keys::Equal, true), A::LargerText}, {ctrl(keys::KeypadAdd, true), A::LargerText},
          {ctrl(keys::Minus, true), A::SmallerText}, {ctrl(keys::KeypadSubtract, true), A::SmallerText}}},
        // Shift up: Ctrl+Shift+0 is Ctrl+= on a German keyboard.
        {"Ctrl+0", N_("Default text size"), C::App, {{KeyChord{keys::Num0, true, false, ShiftIs::Up, false}, A::DefaultText}}},
        {"Ctrl+T", N_("Next theme: light, dark, high contrast"), C::App, {{ctrl(keys::letter('T')), A::NextTheme}}},
        {"Tab / Shift+Tab", N_("On the course page and other lists: the next / previous button, the top bar's too"),
         C::Page,
         {{shifted(keys::Tab, ShiftIs::Up, true), A::TabNext}, {shifted(keys::Tab, ShiftIs::Down, true), A::TabPrev}}},
        {N_("Arrows, Space"), N_("On the course page and in quizzes: move and choose"), C::App, {}},
        {"Ctrl+S", N_("Retry saving now, after \"Could not save\" (saving is otherwise automatic)"), C::App,
         {{ctrl(keys::letter('S')), A::RetrySave}}},
        {"Ctrl+L", N_("Sign out: back to the list of learners (your work is saved)"), C::App,
         {{ctrl(keys::letter('L')), A::SignOut}}},
        {"F2", N_("On the start screen: facilitator mode (with the facilitator PIN)"), C::Anywhere, {}},
        {"F3", N_("In facilitator mode: the dashboard (the room's figures; F5 reads them again)"), C::Anywhere, {}},
        {"F4", N_("In facilitator mode: records for the learning record store (F5 sends them now)"), C::Anywhere, {}},
        {N_("Arrows, Enter, S, I, G, N"), N_("In the dashboard: choose a learner and a column, open the learner, sort by "
         "the column, the module's item analysis, next group, next session (Shift: previous); Esc: back"), C::Anywhere, {}},
        {"F8", N_("With --author: show or hide the problems panel (Up/Down choose, Enter opens the editor at the line)"),
         C::Anywhere, {{key(keys::function(8)), A::ToggleProblems}}},
        {"Ctrl+Q", N_("Quit (everything is already saved)"), C::Anywhere, {{ctrl(keys::letter('Q')), A::Quit}}},
    };
    return table;
}

bool chordPressed(const KeyChord& chord) {
    const ImGuiIO& io = ImGui::GetIO();
    if (io.KeyCtrl != chord.ctrl || io.KeyAlt != chord.alt) return false;
    if (chord.character) {
        for (ImWchar c : io.InputQueueCharacters)
            if (char32_t(c) == chord.character) return true;
        return false;
    }
    if (chord.shift == ShiftIs::Down && !io.KeyShift) return false;
    if (chord.shift == ShiftIs::Up && io.KeyShift) return false;
    return ImGui::IsKeyPressed(chord.key, chord.repeat);
}

} // namespace lectern::ui
