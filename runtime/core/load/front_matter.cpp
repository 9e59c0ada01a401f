// Front matter splitting. See front_matter.h.
#include "load/front_matter.h"

namespace lectern {
namespace {

// The line starting at `pos` without its end of line ("\n" or "\r\n"); `next` gets the start of
// the following line.
std::string_view lineAt(std::string_view text, size_t pos, size_t* next) {
    size_t end = text.find('\n', pos);
    *next = end == std::string_view::npos ? text.size() : end + 1;
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(pos, end - pos);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    return line;
}

bool isMarker(std::string_view line, std::string_view marker) {
    while (!line.empty() && (line.back() == ' ' || line.back() == '\t')) line.remove_suffix(1);
    return line == marker;
}

} // namespace

FrontMatter splitFrontMatter(std::string_view text) {
    FrontMatter fm;
    size_t start = 0;
    if (text.substr(0, 3) == "\xEF\xBB\xBF") start = 3;
    size_t next = 0;
    if (!isMarker(lineAt(text, start, &next), "---")) {
        fm.markdown.assign(text);
        return fm;
    }
    fm.present = true;
    fm.firstYamlLine = 2;
    const size_t yamlStart = next;
    int line = 2;
    for (size_t pos = next; pos < text.size(); pos = next, ++line) {
        std::string_view l = lineAt(text, pos, &next);
        if (isMarker(l, "---") || isMarker(l, "...")) {
            fm.closed = true;
            fm.closingLine = line;
            fm.yaml.assign(text.substr(yamlStart, pos - yamlStart));
            // Blank out lines 1..closingLine, keeping one '\n' per line.
            fm.markdown.assign(size_t(line), '\n');
            fm.markdown.append(text.substr(next));
            return fm;
        }
    }
    fm.markdown.assign(text);
    return fm;
}

} // namespace lectern
