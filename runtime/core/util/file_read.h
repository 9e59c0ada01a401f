// Reading a text file with a size limit, so a 50 MB or endless file is refused, not loaded.
#pragma once
#include <cstddef>
#include <filesystem>
#include <string>

namespace lectern {

// The largest module, glossary or manifest file Lectern reads.
inline constexpr size_t kMaxSourceFileBytes = 8u * 1024u * 1024u;

struct FileRead {
    bool ok = false;
    std::string bytes;  // the whole file when ok
    std::string error;  // what went wrong, phrased for an author: "file not found"...
    size_t size = 0;    // the file's size when known
};

// Reads `path` when it is a regular file of at most `maxBytes` bytes.
FileRead readFileBounded(const std::filesystem::path& path, size_t maxBytes = kMaxSourceFileBytes);

// "8 MiB", "12.5 MiB", "300 KiB", "12 bytes": sizes in messages.
std::string formatByteSize(size_t bytes);

} // namespace lectern
