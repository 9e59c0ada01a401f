// Font files mapped read-only into memory (mmap), once per process, shared by every size and
// every rebuild of the atlas. ImGui reads glyph outlines straight from the mapping, so only the
// pages of the glyphs actually drawn are ever read from disk; nothing is copied into the heap.
#pragma once
#include <cstddef>
#include <string>

namespace lectern::ui {

struct MappedFontFile {
    const void* data = nullptr;
    size_t size = 0;
};

// The file mapped (on first use), or null when it is missing, empty or cannot be mapped.
// Mappings stay until the process ends: the atlas may rebuild from them at any time.
const MappedFontFile* mapFontFile(const std::string& path);

} // namespace lectern::ui
