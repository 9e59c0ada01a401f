// HelpView: the F1 dialog listing every keyboard shortcut, from the one table that also
// drives the dispatch (ui/shortcuts.h).
#pragma once

namespace lectern::ui {

// Draws the modal when open; returns false once the learner closed it.
bool drawHelp(bool open);

} // namespace lectern::ui
