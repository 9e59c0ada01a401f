// AuthorOverlay: what `lectern --author` writes beside the reader's text, in a margin on the
// right of the column: each block's source line, each section's id, words and reading time,
// each quiz's and question's id with the answer key, each reflection's id, and the problems
// (errors and warnings) of the lines a block covers, beside that block.
#pragma once
#include "course/document.h"
#include "ui/ui_env.h"

#include <string>
#include <vector>

namespace lectern::ui {

class AuthorOverlay {
public:
    // The problems of the course on screen (the watcher's state); kept until the next call.
    void setDiagnostics(const Diagnostics& diagnostics) { m_diagnostics = diagnostics; }

    // What the overlay says about top-level block `blockIndex` of `module`, one line each.
    std::vector<std::string> notesFor(const Module& module, size_t blockIndex) const;
    // The problems among them, for colouring ("error: ..." / "warning: ...").
    static bool isProblem(const std::string& note);

    // Called by the reader each frame: beginFrame() once, then drawBlock() for each block on
    // screen, top to bottom, at the block's top in the reader's window coordinates; notes
    // never overlap (a long one pushes the next block's down).
    void beginFrame() { m_nextFreeY = -1e9f; }
    void drawBlock(const UiEnv& env, const Module& module, size_t blockIndex, float x, float y, float width);

private:
    Diagnostics m_diagnostics;
    float m_nextFreeY = -1e9f;
};

} // namespace lectern::ui
