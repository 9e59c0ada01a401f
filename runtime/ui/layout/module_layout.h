// Lays out a module's blocks into lines, runs and shapes (layout_types.h) for a column width
// and font set. Pure CPU work over the document model: no drawing, so it runs once per
// (module, width, font size) and the reader then draws only what is on screen.
#pragma once
#include "ui/layout/layout_types.h"

#include "course/document.h"

#include <functional>

namespace lectern::ui::layout {

struct LayoutInput {
    const Module* module = nullptr;
    const FontSet* fonts = nullptr;
    float width = 600;
    // Size of a displayable image (already resolved path), or false to show its alt text.
    std::function<bool(const std::string& path, int& w, int& h)> imageSize;
    // Height to reserve for an interactive block (quiz, reflection) before it is first drawn.
    std::function<float(size_t blockIndex)> interactiveHeight;
};

ModuleLayout layoutModule(const LayoutInput& input);

// Lays out one top-level block (also used for a single block in tests and the glossary page).
BlockLayout layoutBlock(const LayoutInput& input, size_t blockIndex);

// Lays out plain text (a quiz prompt, a choice) wrapped to `width`, as prose is: the layout
// keeps its own copy of the text, so the caller's string may go away.
BlockLayout layoutWrappedText(std::string_view text, const FontSet& fonts, FontRole font, float width);

// Vertical gap between top-level blocks for a body font size.
float blockGap(float fontPx);

// How many times a module layout was computed since start (tests: no layout on idle frames).
long layoutRunCount();

} // namespace lectern::ui::layout
