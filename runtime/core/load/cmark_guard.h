// Guards against input shapes on which Debian's cmark 0.30.2 takes quadratic time.
//
// The one found (fixed upstream in cmark 0.30.3, CVE-2023-22486): many image openers "!["
// in one paragraph together with many "]". Each "]" that closes a link walks back over every
// image opener still open, so 256 KiB of "![[]()" takes ~11 s and 1 MiB ~5 minutes. The
// cost of a paragraph is bounded by (its "![" count) x (its "]" count); paragraphs (here:
// runs of lines between blank lines, a superset of cmark's paragraphs) whose cost is too
// high get their "![" turned into " [" before cmark sees them: the images become plain links,
// the byte positions stay, and the author gets an error naming the line.
//
// The second (cmark-gfm's table extension, before its MAX_AUTOCOMPLETED_CELLS limit): every
// row of a table is padded to the header's number of columns, so a delimiter row of N
// columns followed by N one-character rows makes N x N cells from ~4N bytes (8 KiB -> 4
// million cells). A table whose rows would need more than kMaxPaddedCells empty cells gets its
// delimiter rows' '-' turned into ' ' (it is then text, as without the extension) and the
// author an error. Rows that carry their cells cost what their bytes cost: they are fine.
//
// The third (the same extension): a row's cells are split in time quadratic in their number
// (8,192 cells in one row: 0.4 s; 32,768: 5 s; a 1 MiB row: minutes). A table with more than
// kMaxTableColumns columns, or a row with more cells than that, is turned into text the same way.
#pragma once
#include "course/diagnostic.h"

#include <string>
#include <vector>

namespace lectern {

struct DefusedParagraph {
    SourcePos pos;           // its first line
    size_t imageOpeners = 0; // "![" in it
    size_t closers = 0;      // "]" in it
};

// Rewrites `markdown` in place where needed; returns what it changed (usually nothing).
std::vector<DefusedParagraph> defuseQuadraticInlines(std::string& markdown);

// Empty cells the padding of one table's short rows may add (cmark-gfm later capped it too).
inline constexpr size_t kMaxPaddedCells = 100000;

// Columns of a table, and cells of any of its rows (no reader can show 200 columns anyway).
inline constexpr size_t kMaxTableColumns = 200;

struct DefusedTable {
    SourcePos pos;          // its header row (the line above its delimiter row)
    size_t columns = 0;
    size_t paddedCells = 0; // empty cells its short rows would get (an upper bound)
    size_t widestRow = 0;   // cells of its widest row (an upper bound: every '|' counted)
};

// Rewrites `markdown` in place where needed; returns the tables it turned into text.
std::vector<DefusedTable> defuseTableExplosion(std::string& markdown);

} // namespace lectern
