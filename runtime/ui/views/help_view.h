// HelpView: the F1 dialog listing every keyboard shortcut.
#pragma once

namespace lectern::ui {

struct Shortcut {
    const char* keys;
    const char* action;
};

// Every shortcut the learner UI handles (the same table drives the help dialog).
const Shortcut* shortcuts(int& count);

// Draws the modal when open; returns false once the learner closed it.
bool drawHelp(bool open);

} // namespace lectern::ui
