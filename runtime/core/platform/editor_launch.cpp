#include "platform/editor_launch.h"

#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <sstream>
#include <thread>

extern char** environ;

namespace lectern::platform {
namespace {

// The program's name: the first word of the variable, without its folder.
std::string programName(const std::string& command) {
    std::istringstream in(command);
    std::string first;
    in >> first;
    return std::filesystem::path(first).filename().string();
}

bool isTerminalEditor(const std::string& command) {
    const std::string name = programName(command);
    if (name == "emacs") return command.find("-nw") != std::string::npos;
    static const char* const terminal[] = {"vi", "vim", "nvim", "nano", "pico", "micro", "hx", "helix", "ne", "joe", "mg", "ed"};
    for (const char* t : terminal)
        if (name == t) return true;
    return false;
}

bool onPath(const std::string& program) {
    const char* path = std::getenv("PATH");
    if (!path) return false;
    std::istringstream dirs(path);
    std::string dir;
    while (std::getline(dirs, dir, ':'))
        if (!dir.empty() && access((dir + "/" + program).c_str(), X_OK) == 0) return true;
    return false;
}

} // namespace

EditorCommand editorCommand(const std::string& visual, const std::string& editor, const std::string& file, int line,
                            int col, bool hasTerminal) {
    EditorCommand c;
    c.editor = !visual.empty() ? visual : editor;
    if (c.editor.find_first_not_of(" \t") == std::string::npos) {
        c.error = "No editor is set: set $VISUAL or $EDITOR (e.g. export VISUAL=\"code -w\" or EDITOR=vim) and start "
                  "Lectern again to open a problem at its line.";
        c.editor.clear();
        return c;
    }
    const std::string name = programName(c.editor);
    std::vector<std::string> args;
    line = line > 0 ? line : 1;
    if (name == "code" || name == "codium" || name == "code-oss") {
        args = {"--goto", file + ":" + std::to_string(line) + (col > 0 ? ":" + std::to_string(col) : std::string())};
    } else {
        args = {"+" + std::to_string(line), file};
    }
    // Run by the shell, as git runs $EDITOR: "$@" keeps the file name one word whatever it holds.
    std::vector<std::string> shell = {"/bin/sh", "-c", c.editor + " \"$@\"", name};
    shell.insert(shell.end(), args.begin(), args.end());
    if (isTerminalEditor(c.editor) && hasTerminal) c.argv = {"x-terminal-emulator", "-e"};
    c.argv.insert(c.argv.end(), shell.begin(), shell.end());
    return c;
}

EditorCommand editorCommandFromEnvironment(const std::string& file, int line, int col) {
    const char* visual = std::getenv("VISUAL");
    const char* editor = std::getenv("EDITOR");
    return editorCommand(visual ? visual : "", editor ? editor : "", file, line, col, onPath("x-terminal-emulator"));
}

void launchEditor(EditorCommand command, std::function<void(const std::string& error)> onExit) {
    std::thread([command = std::move(command), onExit = std::move(onExit)] {
        std::string error = command.error;
        if (error.empty()) {
            std::vector<char*> argv;
            for (const std::string& a : command.argv) argv.push_back(const_cast<char*>(a.c_str()));
            argv.push_back(nullptr);
            pid_t pid = 0;
            if (const int rc = posix_spawnp(&pid, argv[0], nullptr, nullptr, argv.data(), environ); rc != 0) {
                error = "Could not start " + command.argv[0] + ": " + std::strerror(rc);
            } else {
                int status = 0;
                if (waitpid(pid, &status, 0) == pid && !(WIFEXITED(status) && WEXITSTATUS(status) == 0))
                    error = "The editor (" + command.editor + ") did not open the file: it exited with code " +
                            std::to_string(WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status)) +
                            (WIFEXITED(status) && WEXITSTATUS(status) == 127 ? " (not found?)" : "");
            }
        }
        if (onExit) onExit(error);
    }).detach();
}

} // namespace lectern::platform
