// Reading a text file with a size limit, so a 50 MB or endless file is refused, not loaded.
#pragma once
#include <cstddef>
#include <filesystem>
#include <string>

namespace lectern {

// The largest module, glossary or manifest file Lectern reads.
inline constexpr size_t kMaxSourceFileBytes = 8u * 1024u * 1024u;

// Why a file could not be read: code for callers that react (a missing file may be created,
// a folder may be a module folder), message for the author who reads it.
enum class FileReadError {
    None,
    NotFound,    // nothing at that path
    IsFolder,    // a folder where a file was expected
    NotAFile,    // a device, socket or other special file
    TooLarge,    // over the size limit (message says by how much and what to do)
    Unreadable,  // exists but cannot be opened or measured (permissions, I/O error)
};

struct FileRead {
    FileReadError error = FileReadError::None;
    std::string message;  // what went wrong, phrased for an author: "file not found"...
    std::string bytes;    // the whole file when ok()
    size_t size = 0;      // the file's size when known
    bool ok() const { return error == FileReadError::None; }
};

// Reads `path` when it is a regular file of at most `maxBytes` bytes.
FileRead readFileBounded(const std::filesystem::path& path, size_t maxBytes = kMaxSourceFileBytes);

// "8 MiB", "12.5 MiB", "300 KiB", "12 bytes": sizes in messages.
std::string formatByteSize(size_t bytes);

} // namespace lectern
