// See cmark_guard.h for the why.
#include "load/cmark_guard.h"

#include <algorithm>
#include <optional>

namespace lectern {
namespace {

// ~6 ns per step of cmark's bracket walk on the reference machine: 1e6 steps per paragraph
// is ~6 ms, and 3e7 per file ~0.2 s.
constexpr double kMaxStepsPerParagraph = 1e6;
constexpr double kMaxStepsPerFile = 3e7;

struct Chunk {
    size_t begin = 0, end = 0;
    int line = 0;
    size_t images = 0, closers = 0;
    double cost() const { return double(images) * double(closers); }
};

bool blankLine(const std::string& s, size_t b, size_t e) {
    for (size_t i = b; i < e; ++i)
        if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r') return false;
    return true;
}

} // namespace

std::vector<DefusedParagraph> defuseQuadraticInlines(std::string& md) {
    std::vector<Chunk> chunks;
    Chunk cur;
    bool open = false;
    int line = 1;
    double total = 0;
    for (size_t pos = 0; pos <= md.size();) {
        size_t eol = md.find('\n', pos);
        if (eol == std::string::npos) eol = md.size();
        if (blankLine(md, pos, eol)) {
            if (open) {
                total += cur.cost();
                if (cur.images > 0 && cur.closers > 0) chunks.push_back(cur);
                open = false;
            }
        } else {
            if (!open) {
                cur = Chunk();
                cur.begin = pos;
                cur.line = line;
                open = true;
            }
            for (size_t i = pos; i < eol; ++i) {
                if (md[i] == ']') ++cur.closers;
                else if (md[i] == '!' && i + 1 < eol && md[i + 1] == '[') ++cur.images;
            }
            cur.end = eol;
        }
        if (eol == md.size()) break;
        pos = eol + 1;
        ++line;
    }
    if (open) {
        total += cur.cost();
        if (cur.images > 0 && cur.closers > 0) chunks.push_back(cur);
    }
    std::vector<DefusedParagraph> out;
    if (total <= kMaxStepsPerParagraph) return out;  // the common case: nothing to do
    // Costliest first, until every paragraph and the file are within budget.
    std::sort(chunks.begin(), chunks.end(), [](const Chunk& a, const Chunk& b) { return a.cost() > b.cost(); });
    for (const Chunk& c : chunks) {
        if (c.cost() <= kMaxStepsPerParagraph && total <= kMaxStepsPerFile) break;
        for (size_t i = c.begin; i + 1 < c.end; ++i)
            if (md[i] == '!' && md[i + 1] == '[') md[i] = ' ';
        total -= c.cost();
        out.push_back({{c.line, 1}, c.images, c.closers});
    }
    std::sort(out.begin(), out.end(), [](const DefusedParagraph& a, const DefusedParagraph& b) { return a.pos.line < b.pos.line; });
    return out;
}

namespace {

// Columns of a line that could be a table's delimiter row ("|:--|--:|", "--|--"), or 0.
// Leading block-quote markers and indentation are skipped (tables in quotes and lists).
size_t delimiterColumns(const std::string& s, size_t b, size_t e, size_t& rowStart) {
    while (b < e && (s[b] == ' ' || s[b] == '\t' || s[b] == '>')) ++b;
    rowStart = b;
    size_t pipes = 0, dashes = 0;
    bool leading = b < e && s[b] == '|', trailing = false;
    for (size_t i = b; i < e; ++i) {
        const char c = s[i];
        if (c == '|') ++pipes, trailing = true;
        else if (c == '-') ++dashes, trailing = false;
        else if (c == ':') trailing = false;
        else if (c != ' ' && c != '\t' && c != '\r') return 0;
    }
    if (dashes == 0 || pipes == 0) return 0;
    return pipes + 1 - (leading ? 1 : 0) - (trailing ? 1 : 0);
}

} // namespace

std::vector<DefusedTable> defuseTableExplosion(std::string& md) {
    std::vector<DefusedTable> out;
    struct Candidate {
        std::vector<std::pair<size_t, size_t>> delimiters;  // the bytes of its delimiter rows
        int line;
        size_t columns, padded, widest;
    };
    std::optional<Candidate> open;
    const auto close = [&] {
        if (open && (open->padded > kMaxPaddedCells || open->columns > kMaxTableColumns || open->widest > kMaxTableColumns)) {
            for (auto [b, e] : open->delimiters)
                for (size_t i = b; i < e; ++i)
                    if (md[i] == '-') md[i] = ' ';
            out.push_back({{open->line, 1}, open->columns, open->padded, open->widest});
        }
        open.reset();
    };
    int line = 1;
    for (size_t pos = 0; pos <= md.size();) {
        size_t eol = md.find('\n', pos);
        if (eol == std::string::npos) eol = md.size();
        if (blankLine(md, pos, eol)) {
            close();
        } else {
            size_t rowStart = pos;
            const size_t columns = delimiterColumns(md, pos, eol, rowStart);
            if (open) {
                // Up to a blank line every line may be a row of this table, or of a table started
                // after a heading interrupted it: pad each to the widest header (a safe bound).
                open->columns = std::max(open->columns, columns);
                if (columns > 0) open->delimiters.emplace_back(rowStart, eol);
                const size_t cells = size_t(std::count(md.begin() + long(pos), md.begin() + long(eol), '|')) + 1;
                if (cells < open->columns) open->padded += open->columns - cells;
                open->widest = std::max(open->widest, cells);
            } else if (columns > 0) {
                open = Candidate{{{rowStart, eol}}, std::max(1, line - 1), columns, 0, columns};  // the header is the line above
            }
        }
        if (eol == md.size()) break;
        pos = eol + 1;
        ++line;
    }
    close();
    return out;
}

} // namespace lectern
