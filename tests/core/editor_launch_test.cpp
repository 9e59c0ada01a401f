// How the problems panel starts the author's editor (platform/editor_launch.h).
#include "platform/editor_launch.h"

#include <catch2/catch.hpp>

using lectern::platform::editorCommand;

TEST_CASE("editor command: +LINE FILE for vi-like editors, --goto for VS Code, a terminal for terminal editors", "[editor]") {
    auto vim = editorCommand("", "vim", "modules/a b/module.md", 12, 3, true);
    REQUIRE(vim.error.empty());
    CHECK(vim.argv == std::vector<std::string>{"x-terminal-emulator", "-e", "/bin/sh", "-c", "vim \"$@\"", "vim", "+12",
                                               "modules/a b/module.md"});
    auto noTerminal = editorCommand("", "nano", "m.md", 4, 0, false);
    CHECK(noTerminal.argv == std::vector<std::string>{"/bin/sh", "-c", "nano \"$@\"", "nano", "+4", "m.md"});
    auto code = editorCommand("code -w", "vim", "m.md", 7, 2, true);  // $VISUAL wins
    CHECK(code.argv == std::vector<std::string>{"/bin/sh", "-c", "code -w \"$@\"", "code", "--goto", "m.md:7:2"});
    auto gui = editorCommand("/usr/bin/gedit", "", "m.md", 0, 0, true);  // a whole-file problem: line 1
    CHECK(gui.argv == std::vector<std::string>{"/bin/sh", "-c", "/usr/bin/gedit \"$@\"", "gedit", "+1", "m.md"});
    auto emacsNw = editorCommand("", "emacs -nw", "m.md", 2, 0, true);
    CHECK(emacsNw.argv.front() == "x-terminal-emulator");
}

TEST_CASE("editor command: no $VISUAL or $EDITOR says how to set one", "[editor]") {
    auto none = editorCommand("", "  ", "m.md", 1, 1, true);
    CHECK(none.argv.empty());
    CHECK(none.error.find("set $VISUAL or $EDITOR") != std::string::npos);
}
