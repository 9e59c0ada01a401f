// Opening a source file at a line in the author's editor ($VISUAL, else $EDITOR), as the
// problems panel of `lectern --author` does. The convention is `EDITOR +LINE FILE`, which vi,
// vim, nvim, nano, emacs, micro, gedit, kate and mousepad understand; VS Code (`code`,
// `codium`) gets `--goto FILE:LINE:COL`. The variable is run by /bin/sh, as git runs it, so
// "code -w" or a path with options works. Terminal editors (vi, vim, nvim, nano, emacs -nw,
// micro, hx) open in x-terminal-emulator when there is one: the app has no terminal of its own.
#pragma once
#include <functional>
#include <string>
#include <vector>

namespace lectern::platform {

struct EditorCommand {
    std::vector<std::string> argv;  // empty: no editor set (see error)
    std::string editor;             // the variable's value, for messages
    std::string error;              // "Set $VISUAL or $EDITOR ..."
};

// `visual`, `editor`: the variables' values (empty: unset). `hasTerminal`: x-terminal-emulator exists.
EditorCommand editorCommand(const std::string& visual, const std::string& editor, const std::string& file, int line,
                            int col, bool hasTerminal);
// The same, from this process's environment and PATH.
EditorCommand editorCommandFromEnvironment(const std::string& file, int line, int col);

// Starts the command on a thread of its own (nothing here blocks the caller: the spawn and the
// wait for the editor both happen there); `onExit` runs there with "" when the editor started
// and exited 0, else why not.
void launchEditor(EditorCommand command, std::function<void(const std::string& error)> onExit);

} // namespace lectern::platform
