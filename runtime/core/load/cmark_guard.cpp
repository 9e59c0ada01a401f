// See cmark_guard.h for the why.
#include "load/cmark_guard.h"

#include <algorithm>

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

} // namespace lectern
