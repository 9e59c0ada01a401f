#include "text/caret.h"

#include <algorithm>
#include <cmath>

namespace lectern::text {
namespace {

// The code point index of byte offset `byte` (the one that holds it).
uint32_t cpOfByte(const ParagraphLayout& layout, size_t byte) {
    const auto& b = layout.cpBytes;
    const auto it = std::upper_bound(b.begin(), b.end(), uint32_t(byte));
    return it == b.begin() ? 0 : uint32_t(it - b.begin() - 1);
}

// x of the caret before code point `cp` of the cluster (cp == cb.cpEnd: after it).
float edgeInCluster(const ClusterBox& cb, uint32_t cp) {
    const float t = float(cp - cb.cpBegin) / float(std::max<uint32_t>(1, cb.cpEnd - cb.cpBegin));
    return cb.rtl ? cb.x1 - t * (cb.x1 - cb.x0) : cb.x0 + t * (cb.x1 - cb.x0);
}

} // namespace

size_t lineOfByte(const ParagraphLayout& layout, size_t byte) {
    const auto it = std::upper_bound(layout.lines.begin(), layout.lines.end(), byte,
                                     [](size_t b, const Line& line) { return b < line.byteEnd; });
    if (it == layout.lines.end()) return layout.lines.empty() ? 0 : layout.lines.size() - 1;
    return size_t(it - layout.lines.begin());
}

size_t lineAtY(const ParagraphLayout& layout, float y) {
    const auto it = std::upper_bound(layout.lines.begin(), layout.lines.end(), y,
                                     [](float v, const Line& line) { return v < line.baseline + line.descent; });
    if (it == layout.lines.end()) return layout.lines.empty() ? 0 : layout.lines.size() - 1;
    return size_t(it - layout.lines.begin());
}

float caretX(const ParagraphLayout& layout, const Line& line, size_t byte) {
    if (line.clusters.empty()) return layout.rtl ? line.left + line.width : line.left;
    byte = std::clamp<size_t>(byte, line.byteBegin, line.byteEnd);
    if (byte >= line.clusters.back().byteEnd) {
        const ClusterBox& last = line.clusters.back();
        return last.rtl ? last.x0 : last.x1;
    }
    const auto it = std::upper_bound(line.clusters.begin(), line.clusters.end(), uint32_t(byte),
                                     [](uint32_t b, const ClusterBox& cb) { return b < cb.byteBegin; });
    const ClusterBox& cb = it == line.clusters.begin() ? line.clusters.front() : *(it - 1);
    return edgeInCluster(cb, std::max(cb.cpBegin, cpOfByte(layout, byte)));
}

size_t byteAtX(const ParagraphLayout& layout, const Line& line, float x) {
    size_t best = line.byteBegin;
    float bestDistance = INFINITY;
    for (const ClusterBox& cb : line.clusters) {
        for (uint32_t cp = cb.cpBegin; cp <= cb.cpEnd; ++cp) {
            const float d = std::fabs(edgeInCluster(cb, cp) - x);
            // The line's end is a place too; a hard break at the end is not (it would put the
            // caret on the next line).
            const size_t byte = layout.cpBytes[cp];
            if (byte > line.byteEnd) continue;
            if (d < bestDistance) {
                bestDistance = d;
                best = byte;
            }
        }
    }
    if (best == line.byteEnd && best > line.byteBegin && &line != &layout.lines.back()) {
        // A caret at a wrapped line's end belongs to the next line; keep it on this one, before
        // the trailing space or break.
        best = layout.cpBytes[cpOfByte(layout, best - 1)];
    }
    return best;
}

std::vector<std::pair<float, float>> selectionSpans(const ParagraphLayout& layout, const Line& line, size_t begin, size_t end) {
    std::vector<std::pair<float, float>> spans;
    for (const ClusterBox& cb : line.clusters) {
        if (cb.byteEnd <= begin || cb.byteBegin >= end) continue;
        const uint32_t from = std::max(cb.cpBegin, cpOfByte(layout, std::max<size_t>(begin, cb.byteBegin)));
        uint32_t to = cb.cpEnd;
        if (end < cb.byteEnd) to = std::max(from, cpOfByte(layout, end));
        float a = edgeInCluster(cb, from), b = edgeInCluster(cb, to);
        if (a > b) std::swap(a, b);
        if (b > a) spans.emplace_back(a, b);
    }
    std::sort(spans.begin(), spans.end());
    std::vector<std::pair<float, float>> merged;
    for (const auto& s : spans) {
        if (!merged.empty() && s.first <= merged.back().second + 0.01f)
            merged.back().second = std::max(merged.back().second, s.second);
        else
            merged.push_back(s);
    }
    return merged;
}

} // namespace lectern::text
