// Front matter: the YAML block between two "---" lines at the top of a module file.
// cmark would read it as a thematic break and a setext heading, so it is cut out first and
// replaced by blank lines: cmark's line numbers then stay equal to the file's lines.
#pragma once
#include <string>
#include <string_view>

namespace lectern {

struct FrontMatter {
    bool present = false;   // the file starts with a "---" line
    bool closed = false;    // a closing "---" (or "...") line was found
    std::string yaml;       // the lines between the markers
    int firstYamlLine = 0;  // file line (1-based) of the first YAML line
    int closingLine = 0;    // file line of the closing marker
    std::string markdown;   // the file with the front matter lines blanked out
};

// Splits `text`. A UTF-8 byte order mark before the opening marker is accepted. When the
// closing marker is missing, nothing is cut (the author gets an error for it).
FrontMatter splitFrontMatter(std::string_view text);

} // namespace lectern
