// Guards against input shapes on which Debian's cmark 0.30.2 takes quadratic time.
//
// The one found (fixed upstream in cmark 0.30.3, CVE-2023-22486): many image openers "!["
// in one paragraph together with many "]". Each "]" that closes a link walks back over every
// image opener still open, so 256 KiB of "![[]()" takes ~11 s and 1 MiB ~5 minutes. The
// cost of a paragraph is bounded by (its "![" count) x (its "]" count); paragraphs (here:
// runs of lines between blank lines, a superset of cmark's paragraphs) whose cost is too
// high get their "![" turned into " [" before cmark sees them: the images become plain links,
// the byte positions stay, and the author gets an error naming the line.
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

} // namespace lectern
